import { countingRules, visibleRows, type ReportRequest } from '../../app/report.js';
import type { Locale } from '../../domain/locale.js';
import type { CsvRow, Report } from '../../domain/report/index.js';
import { formatDay, formatLocal } from '../../domain/time.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { renderCard, type CardJson } from './render.js';

type Ctx = { t: Translate; locale: Locale; timeZone: string };

const SECTIONS: { key: MessageKey; prefixes: string[] }[] = [
  { key: 'report.section.assessments', prefixes: ['assessments.'] },
  { key: 'report.section.funnel', prefixes: ['funnel.'] },
  { key: 'report.section.leadTimes', prefixes: ['leadTimes.'] },
  { key: 'report.section.advice', prefixes: ['advice.'] },
  { key: 'report.section.followThrough', prefixes: ['followThrough.'] },
  { key: 'report.section.quality', prefixes: ['highImpact.', 'dpia.', 'planning.'] },
  { key: 'report.section.register', prefixes: ['algorithmRegister.'] },
];

/** The figures of a report by section, each drillable to its cases, with the dashboard and the exports. */
export function reportCard(
  report: Report,
  request: ReportRequest,
  turn: Ctx,
  links: { dashboard: string; csv: string; json: string },
): CardJson {
  const rows = visibleRows(report, turn.locale);
  const held = report.assessments.held.value;
  const target = report.assessments.target;
  return renderCard('report', {
    t: {
      title: turn.t('report.title', { year: report.year }),
      progress: turn.t('report.progress', { held, target, pct: target ? Math.round((held / target) * 100) : 0 }),
      onTarget: held >= target,
      // a date asked for is shown as that day, not as the moment it ends (the next day at 00:00)
      asOf: request.asOfDate
        ? turn.t('report.asOfEndOf', { date: formatDay(request.asOfDate, turn.locale) })
        : turn.t('report.asOf', { date: formatLocal(report.asOf, turn.timeZone, turn.locale) }),
      drill: turn.t('report.drill'),
      sections: SECTIONS.map((s) => ({
        name: turn.t(s.key),
        rows: rows
          .filter((r) => s.prefixes.some((p) => r.code.startsWith(p)))
          .map((r: CsvRow) => ({
            code: r.code,
            label: r.label,
            value: r.value === null ? '–' : r.value.toLocaleString(turn.locale === 'nl' ? 'nl-NL' : 'en-GB'),
            drillable: r.caseIds.length > 0,
          })),
      })),
      rulesTitle: turn.t('report.rules.title'),
      rules: countingRules(turn.t).map((text) => ({ text })),
      dashboard: turn.t('report.dashboard'),
      csv: turn.t('report.csv'),
      json: turn.t('report.json'),
    },
    raw: {
      year: String(request.year),
      asOfDate: request.asOfDate ?? '',
      ...links,
    },
  });
}
