import type { Figure, LeadTime, Report } from './types.js';

export const STATS = ['n', 'median', 'p25', 'p75', 'min', 'max'] as const;
export type Stat = (typeof STATS)[number];

type Section<S extends string, K extends string> = `${S}.${K}`;

/** What a row is called: a name code and its parameters (the names are in src/i18n, figure.<name>). */
export type FigureLabel =
  | { name: 'assessments.held'; params: { year: number; target: number } }
  | { name: 'assessments.year'; params: { year: number } }
  | { name: 'assessments.total'; params: Record<string, never> }
  | { name: `leadTimes.${keyof Report['leadTimes']}`; params: { stat: Stat } }
  | { name: Section<'funnel', keyof Report['funnel']>; params: Record<string, never> }
  | { name: Section<'advice', keyof Report['advice']>; params: Record<string, never> }
  | {
      name: Section<'followThrough', Exclude<keyof Report['followThrough'], 'reviewsEscalated'>>;
      params: Record<string, never>;
    }
  | { name: 'followThrough.reviewsEscalated'; params: { level: string } }
  | { name: Section<'highImpact', keyof Report['highImpact']>; params: Record<string, never> }
  | { name: Section<'dpia', keyof Report['dpia']>; params: Record<string, never> }
  | { name: Section<'planning', keyof Report['planning']>; params: Record<string, never> }
  | { name: Section<'algorithmRegister', keyof Report['algorithmRegister']>; params: Record<string, never> };

/** One line of an exported report. */
export interface ReportRow {
  code: string;
  label: FigureLabel;
  value: number | null;
  caseIds: string[];
  ids: string[];
}

/** The report flattened, in a fixed order: one row per figure, one per statistic of a lead time. */
export function reportRows(report: Report): ReportRow[] {
  const rows: ReportRow[] = [];
  const add = (code: string, label: FigureLabel, f: Figure) =>
    rows.push({ code, label, value: f.value, caseIds: f.caseIds, ids: f.ids ?? [] });
  const plain = (name: Extract<FigureLabel, { params: Record<string, never> }>['name'], f: Figure) =>
    add(name, { name, params: {} } as FigureLabel, f);
  const lead = (name: keyof Report['leadTimes'], lt: LeadTime) =>
    STATS.forEach((stat) =>
      rows.push({
        code: `leadTimes.${name}.${stat}`,
        label: { name: `leadTimes.${name}`, params: { stat } },
        value: lt[stat],
        caseIds: lt.caseIds,
        ids: [],
      }),
    );

  const a = report.assessments;
  add(`assessments.held.${a.year}`, { name: 'assessments.held', params: { year: a.year, target: a.target } }, a.held);
  a.perYear.forEach((y) =>
    add(`assessments.year.${y.year}`, { name: 'assessments.year', params: { year: y.year } }, y.held),
  );
  add('assessments.total', { name: 'assessments.total', params: {} }, a.total);
  (['signals', 'notAProject', 'intakes', 'intakesFromSignal', 'submitted', 'accepted', 'assessed'] as const).forEach(
    (k) => plain(`funnel.${k}`, report.funnel[k]),
  );
  lead('signalToIntake', report.leadTimes.signalToIntake);
  lead('intakeToAssessment', report.leadTimes.intakeToAssessment);
  lead('submitToAccept', report.leadTimes.submitToAccept);
  (['items', 'settled', 'openAtClose', 'overdue', 'notFollowed', 'escalated'] as const).forEach((k) =>
    plain(`advice.${k}`, report.advice[k]),
  );
  const ft = report.followThrough;
  (['decisionsPending', 'escalatedToHandler', 'escalatedToReport', 'snoozedPastDue'] as const).forEach((k) =>
    plain(`followThrough.${k}`, ft[k]),
  );
  (['reviewsOpened', 'reviewsAccepted', 'reviewsOpen'] as const).forEach((k) => plain(`followThrough.${k}`, ft[k]));
  ft.reviewsEscalated.forEach((r, i) =>
    add(
      `followThrough.reviewsEscalated.${i + 1}`,
      { name: 'followThrough.reviewsEscalated', params: { level: r.level } },
      r.escalated,
    ),
  );
  (['withdrawn', 'cancelled'] as const).forEach((k) => plain(`followThrough.${k}`, ft[k]));
  (['withPanel', 'withoutPanel'] as const).forEach((k) => plain(`highImpact.${k}`, report.highImpact[k]));
  (['doneBefore', 'doneAfter', 'dateUnknown', 'notNeeded', 'notDone'] as const).forEach((k) =>
    plain(`dpia.${k}`, report.dpia[k]),
  );
  (['impactLowered', 'urgent', 'panelOverride'] as const).forEach((k) => plain(`planning.${k}`, report.planning[k]));
  (['algorithmCases', 'registerToUpdate', 'notChecked'] as const).forEach((k) =>
    plain(`algorithmRegister.${k}`, report.algorithmRegister[k]),
  );
  return rows;
}
