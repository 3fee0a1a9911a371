export type { CaseDays, Figure, LeadTime, Report, ReportOptions } from './types.js';
export { computeReport, DEFAULT_TARGET, DEFAULT_TZ } from './compute.js';
export { reportRows, STATS, type FigureLabel, type ReportRow, type Stat } from './rows.js';
export {
  CSV_DIALECTS,
  csvField,
  csvNumber,
  reportToJson,
  sortedJson,
  rowsToCsv,
  toCsv,
  type CsvDialect,
  type CsvRow,
} from './export.js';
export { ReportProjection, finish, type ReportSteps } from './projection.js';
export {
  ACCOUNT_FIGURES,
  BREAKDOWNS,
  NOT_RECORDED,
  accountRows,
  annualAccount,
  caseTraits,
  type AccountFigure,
  type AccountGroup,
  type AccountRow,
  type AnnualAccount,
  type Breakdown,
  type CaseTraits,
} from './account.js';
