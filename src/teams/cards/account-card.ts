import { figureName, groupName } from '../../app/account.js';
import type { ReportRequest } from '../../app/report.js';
import type { Locale } from '../../domain/locale.js';
import { ACCOUNT_FIGURES, BREAKDOWNS, type AnnualAccount, type Breakdown } from '../../domain/report/index.js';
import { formatDay, formatLocal } from '../../domain/time.js';
import type { ValueModel } from '../../domain/values.js';
import { plural, type Translate } from '../../i18n/index.js';
import { renderCard, type CardJson } from './render.js';

type Ctx = { t: Translate; locale: Locale; timeZone: string; valueModel: ValueModel };

/** Groups in one table at most; the rest are in the exports (a Teams card holds 28 KB). */
const MAX_GROUPS = 15;

/** An empty key (the cases that do not record it) travels in a card's data as this. */
export const NOT_RECORDED_KEY = '-';

const number = (n: number, locale: Locale) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');

/**
 * The yearly account: the totals as a list of facts, then one breakdown as a table with headers
 * (read row by row by a screen reader), each group with a button to its cases; buttons switch to
 * the other breakdowns; every number is in the CSV and JSON exports with its cases.
 */
export function accountCard(
  account: AnnualAccount,
  breakdown: Breakdown,
  request: ReportRequest,
  ctx: Ctx,
  links: { csv: string; json: string },
): CardJson {
  const { t, locale } = ctx;
  const groups = account.breakdowns[breakdown];
  const shown = groups.slice(0, MAX_GROUPS);
  return renderCard('annual-account', {
    t: {
      title: t('account.title', { year: account.year }),
      intro: request.asOfDate
        ? t('account.introEndOf', { year: account.year, date: formatDay(request.asOfDate, locale) })
        : t('account.intro', { year: account.year, date: formatLocal(account.asOf, ctx.timeZone, locale) }),
      totalsTitle: t('account.totals', { year: account.year }),
      totals: ACCOUNT_FIGURES.map((f) => ({ name: figureName(t, f), value: number(account.totals[f].value, locale) })),
      breakdownTitle: t(`account.breakdown.${breakdown}`),
      empty: t('account.empty'),
      header: {
        group: t(`account.group.${breakdown}`),
        held: t('account.column.held'),
        highImpact: t('account.column.highImpact'),
        withPanel: t('account.column.withPanel'),
        dpiaDoneBefore: t('account.column.dpiaDoneBefore'),
        cases: t('account.column.cases'),
      },
      groups: shown.map((g) => ({
        userText: groupName(ctx, t, locale, breakdown, g.key),
        key: g.key || NOT_RECORDED_KEY,
        ...Object.fromEntries(ACCOUNT_FIGURES.map((f) => [f, number(g.figures[f].value, locale)])),
      })),
      more:
        groups.length > shown.length
          ? plural(t, 'account.more', groups.length - shown.length, { count: groups.length - shown.length })
          : '',
      drill: t('report.drill'),
      others: BREAKDOWNS.filter((b) => b !== breakdown).map((b) => ({
        breakdown: b,
        title: t(`account.breakdown.${b}`),
      })),
      rulesTitle: t('account.rules.title'),
      rules: (
        ['account.rule.same', 'account.rule.breakdowns', 'account.rule.theme', 'account.rule.history'] as const
      ).map((key) => ({ text: t(key, { year: account.year }) })),
      csv: t('report.csv'),
      json: t('report.json'),
    },
    raw: { breakdown, year: String(request.year), asOfDate: request.asOfDate ?? '', ...links },
  });
}
