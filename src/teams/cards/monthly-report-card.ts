import { DateTime } from 'luxon';
import { visibleRows, type ReportRequest } from '../../app/report.js';
import type { Locale } from '../../domain/locale.js';
import type { Report } from '../../domain/report/index.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { renderCard, type CardJson } from './render.js';

type Ctx = { t: Translate; locale: Locale };

/** The figures over a month; the assessments against the target and lead times are in the full report. */
const SECTIONS: { key: MessageKey; prefixes: string[] }[] = [
  { key: 'report.section.funnel', prefixes: ['funnel.'] },
  { key: 'report.section.advice', prefixes: ['advice.'] },
  { key: 'report.section.followThrough', prefixes: ['followThrough.'] },
  { key: 'report.section.quality', prefixes: ['highImpact.', 'dpia.', 'planning.'] },
];

/** "november 2026" in the reader's language. */
export const monthName = (month: string, locale: Locale): string =>
  DateTime.fromISO(`${month}-01`, { zone: 'UTC' })
    .setLocale(locale === 'nl' ? 'nl' : 'en-GB')
    .toFormat('LLLL yyyy');

/**
 * The monthly report for a channel: the month's figures as lists of facts, and a button that opens
 * the full report of the year as it stood at the month's end (for Team Uthiek and the report
 * viewers: the button checks who presses it), with the cases behind every figure.
 */
export function monthlyReportCard(report: Report, month: string, full: ReportRequest, ctx: Ctx): CardJson {
  const { t, locale } = ctx;
  const name = monthName(month, locale);
  const rows = visibleRows(report, locale);
  const number = (n: number | null) => (n === null ? '–' : n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB'));
  return renderCard('monthly-report', {
    t: {
      title: t('monthly.title', { month: name }),
      progress: t('monthly.progress', {
        year: report.assessments.year,
        month: name,
        held: report.assessments.held.value,
        target: report.assessments.target,
      }),
      intro: t('monthly.intro', { month: name, year: report.assessments.year }),
      sections: SECTIONS.map((s) => ({
        name: t(s.key),
        rows: rows
          .filter((r) => s.prefixes.some((p) => r.code.startsWith(p)))
          .map((r) => ({ label: r.label, value: number(r.value) })),
      })),
      open: t('monthly.open'),
    },
    raw: { year: String(full.year), asOfDate: full.asOfDate ?? '' },
  });
}
