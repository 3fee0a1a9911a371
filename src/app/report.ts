import { DateTime } from 'luxon';
import { CSV_DIALECTS, reportRows, rowsToCsv, type CsvRow, type Report } from '../domain/report/index.js';
import { monthPeriod, yearOfMonth } from '../domain/report/month.js';
import { isCalendarDate, localDate } from '../domain/time.js';
import type { Locale } from '../domain/locale.js';
import { translator, type MessageKey, type Translate } from '../i18n/index.js';
import { figureLabel } from '../i18n/labels.js';
import type { AppDeps } from './deps.js';

export interface ReportRequest {
  year: number;
  /** YYYY-MM-DD: the report as it stood at the end of that day; default now. */
  asOfDate?: string;
}

/** The end of a calendar day in the people's time zone, as an instant. */
function endOfDay(date: string, tz: string): string {
  return DateTime.fromISO(date, { zone: tz }).plus({ days: 1 }).startOf('day').toUTC().toISO()!;
}

/**
 * Every figure from the audit log (and the advice due dates on the cases), as of a moment: from the
 * report read model the store keeps current (a past date is folded in slices, between turns).
 */
export function reportFor(
  deps: Pick<AppDeps, 'reports' | 'clock' | 'config'>,
  request: ReportRequest,
): Promise<Report> {
  // "now" includes what happened in this very millisecond
  const asOf = request.asOfDate
    ? endOfDay(request.asOfDate, deps.config.timeZone)
    : new Date(deps.clock.now().getTime() + 1).toISOString();
  return deps.reports.report({
    year: request.year,
    asOf,
    target: deps.config.reportTarget,
    tz: deps.config.timeZone,
  });
}

/**
 * The report of a calendar month (`YYYY-MM`): the figures over that month (the year's for the
 * assessments against the target), as the records stood at its end.
 */
export function monthReportFor(deps: Pick<AppDeps, 'reports' | 'config'>, month: string): Promise<Report> {
  const period = monthPeriod(month);
  return deps.reports.report({
    year: yearOfMonth(month),
    period,
    asOf: period.to,
    target: deps.config.reportTarget,
    tz: deps.config.timeZone,
  });
}

/** The full report of the month's year as it stood at the end of the month (`rapport YEAR op <last day>`). */
export function monthEndRequest(month: string): ReportRequest {
  const { to } = monthPeriod(month);
  const lastDay = DateTime.fromISO(to, { zone: 'UTC' }).minus({ days: 1 }).toISODate()!;
  return { year: yearOfMonth(month), asOfDate: lastDay };
}

/** The query string that asks the dashboard and the exports for the same report. */
export function reportQuery(request: ReportRequest): string {
  return `year=${request.year}${request.asOfDate ? `&asOfDate=${request.asOfDate}` : ''}`;
}

/** Reads "2026", "2026 op 2026-06-30", "2026 on 2026-06-30", or nothing (this year, now). */
export function parseReportArgs(args: string, now: Date, tz: string): ReportRequest | undefined {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const year = words[0] ? Number(words[0]) : Number(localDate(now, tz).slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return undefined;
  const date = words.find((w) => /^\d{4}-\d{2}-\d{2}$/.test(w));
  if (words.length > 1 && !date) return undefined;
  if (date && !isCalendarDate(date)) return undefined;
  return { year, ...(date ? { asOfDate: date } : {}) };
}

/** Every row of the report, each named in `locale`. */
export function labelledRows(report: Report, locale: Locale): CsvRow[] {
  const t = translator(locale);
  return reportRows(report).map((r) => ({ ...r, label: figureLabel(t, r.label) }));
}

/** The rows people see: every figure, and for lead times only the median. */
export function visibleRows(report: Report, locale: Locale): CsvRow[] {
  return labelledRows(report, locale).filter((r) => !r.code.startsWith('leadTimes.') || r.code.endsWith('.median'));
}

/** The report as CSV for spreadsheets, with a header row, in `locale` (Dutch: semicolons and decimal commas). */
export function reportCsv(report: Report, locale: Locale): string {
  const t = translator(locale);
  const header = [
    t('figure.header.code'),
    t('figure.header.label'),
    t('figure.header.value'),
    t('figure.header.caseIds'),
    t('figure.header.ids'),
  ];
  return rowsToCsv(header, labelledRows(report, locale), CSV_DIALECTS[locale]);
}

const RULES: MessageKey[] = [
  'report.rule.1',
  'report.rule.2',
  'report.rule.3',
  'report.rule.4',
  'report.rule.5',
  'report.rule.dpia',
  'report.rule.planning',
  'report.rule.6',
];

/** What the report counts and what it leaves out, in whole sentences: on the card and the dashboard. */
export const countingRules = (t: Translate): string[] => RULES.map((key) => t(key));
