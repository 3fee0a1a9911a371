export type { CaseDays, Figure, LeadTime, Report, ReportOptions } from './types.js';
export { computeReport, DEFAULT_TARGET, DEFAULT_TZ } from './compute.js';
export { reportRows, STATS, type FigureLabel, type ReportRow, type Stat } from './rows.js';
export {
  CSV_DIALECTS,
  csvField,
  csvNumber,
  reportToJson,
  rowsToCsv,
  toCsv,
  type CsvDialect,
  type CsvRow,
} from './export.js';
export { ReportProjection, finish, type ReportSteps } from './projection.js';
