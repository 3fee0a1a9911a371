import {
  accountRows,
  annualAccount,
  caseTraits,
  CSV_DIALECTS,
  csvNumber,
  NOT_RECORDED,
  sortedJson,
  toCsv,
  type AccountFigure,
  type AccountRow,
  type AnnualAccount,
  type Breakdown,
} from '../domain/report/index.js';
import type { Locale } from '../domain/locale.js';
import { localDate } from '../domain/time.js';
import { isMessageKey, translator, type Translate } from '../i18n/index.js';
import type { AppDeps } from './deps.js';
import { parseReportArgs, reportFor, type ReportRequest } from './report.js';

/**
 * The yearly account to the council (jaarverantwoording): the report of the year, broken down by
 * organisational unit, value and theme (src/domain/report/account.ts), named in the reader's language.
 */
export async function accountFor(
  deps: Pick<AppDeps, 'reports' | 'clock' | 'config' | 'cases'>,
  request: ReportRequest,
): Promise<AnnualAccount> {
  const report = await reportFor(deps, request);
  return annualAccount(report, (id) => {
    const c = deps.cases.get(id);
    return c && caseTraits(c);
  });
}

/** "2025", "2025 op 2026-01-31", or nothing: the account of last year (the one the council asks for). */
export function parseAccountArgs(args: string, now: Date, tz: string): ReportRequest | undefined {
  const words = args.replace(/\b(op|on|per)\b/gi, ' ').trim();
  const lastYear = Number(localDate(now, tz).slice(0, 4)) - 1;
  return parseReportArgs(words || String(lastYear), now, tz);
}

/** The name of a group: the unit as written, a value's name in the value model, a technology's label. */
export function groupName(
  deps: Pick<AppDeps, 'valueModel'>,
  t: Translate,
  locale: Locale,
  breakdown: Breakdown | 'total',
  key: string,
): string {
  if (breakdown === 'total') return t('account.breakdown.total');
  if (key === NOT_RECORDED) return t('account.notRecorded');
  if (breakdown === 'valueAtStake' || breakdown === 'valueServed')
    return deps.valueModel.values.find((v) => v.id === key)?.name[locale] ?? key;
  if (breakdown === 'theme') {
    const label = `intake.choice.tech.${key}`;
    return isMessageKey(label) ? t(label) : key;
  }
  return key;
}

export const figureName = (t: Translate, f: AccountFigure): string => t(`account.figure.${f}`);

const breakdownName = (t: Translate, b: AccountRow['breakdown']): string => t(`account.breakdown.${b}`);

/** Every number of the account with its cases, one line each, in `locale` (Dutch: semicolons). */
export function accountCsv(deps: Pick<AppDeps, 'valueModel'>, account: AnnualAccount, locale: Locale): string {
  const t = translator(locale);
  const dialect = CSV_DIALECTS[locale];
  const header = [
    t('account.csv.breakdown'),
    t('account.csv.group'),
    t('account.csv.figure'),
    t('account.csv.value'),
    t('account.csv.caseIds'),
  ];
  const lines = accountRows(account).map((r) => [
    breakdownName(t, r.breakdown),
    groupName(deps, t, locale, r.breakdown, r.key),
    figureName(t, r.figure),
    csvNumber(r.value, dialect),
    r.caseIds.join(dialect.idSeparator),
  ]);
  return toCsv([header, ...lines], dialect);
}

/** The account as JSON (sorted keys): codes and case ids, for whoever processes it further. */
export const accountJson = (account: AnnualAccount): string => sortedJson(account);
