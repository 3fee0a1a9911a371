export type { CaseDays, Figure, LeadTime, Report, ReportOptions } from './types.js';
export { computeReport, DEFAULT_TARGET, DEFAULT_TZ } from './compute.js';
export { reportRows, type ReportRow } from './rows.js';
export { csvField, reportToCsv, reportToJson } from './export.js';
export type { ReportLocale } from './labels.js';
