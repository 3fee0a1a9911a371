import { label, type LabelKey, type ReportLocale } from './labels.js';
import type { Figure, LeadTime, Report } from './types.js';

/** One line of an exported report. */
export interface ReportRow {
  code: string;
  label: string;
  value: number | null;
  caseIds: string[];
  ids: string[];
}

const STATS = ['n', 'median', 'p25', 'p75', 'min', 'max'] as const;

/** The report flattened, in a fixed order: one row per figure, one per statistic of a lead time. */
export function reportRows(report: Report, locale: ReportLocale): ReportRow[] {
  const rows: ReportRow[] = [];
  const add = (code: string, key: LabelKey, f: Figure, params: Record<string, string | number> = {}) =>
    rows.push({ code, label: label(locale, key, params), value: f.value, caseIds: f.caseIds, ids: f.ids ?? [] });
  const section = <K extends string>(name: string, figures: Record<K, Figure>, order: readonly K[]) =>
    order.forEach((k) => add(`${name}.${k}`, `${name}.${k}` as LabelKey, figures[k]));
  const lead = (name: keyof Report['leadTimes'], lt: LeadTime) =>
    STATS.forEach((s) =>
      rows.push({
        code: `leadTimes.${name}.${s}`,
        label: label(locale, `leadTimes.${name}`, { stat: label(locale, `stat.${s}`) }),
        value: lt[s],
        caseIds: lt.caseIds,
        ids: [],
      }),
    );

  const a = report.assessments;
  add(`assessments.held.${a.year}`, 'assessments.held', a.held, { year: a.year, target: a.target });
  a.perYear.forEach((y) => add(`assessments.year.${y.year}`, 'assessments.year', y.held, { year: y.year }));
  add('assessments.total', 'assessments.total', a.total);
  section('funnel', report.funnel, ['signals', 'notAProject', 'intakes', 'submitted', 'accepted', 'assessed']);
  lead('signalToIntake', report.leadTimes.signalToIntake);
  lead('intakeToAssessment', report.leadTimes.intakeToAssessment);
  lead('submitToAccept', report.leadTimes.submitToAccept);
  section('advice', report.advice, ['items', 'settled', 'overdue', 'notFollowed', 'escalated']);
  section('highImpact', report.highImpact, ['withPanel', 'withoutPanel']);
  section('dpia', report.dpia, ['doneBefore', 'notNeeded', 'notDone']);
  section('algorithmRegister', report.algorithmRegister, ['algorithmCases', 'registerToUpdate', 'notChecked']);
  return rows;
}
