import { label, type ReportLocale } from './labels.js';
import { reportRows } from './rows.js';
import type { Report } from './types.js';

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The report as RFC 4180 CSV (comma-separated, CRLF line ends, a header row), labels in the
 * locale's language. Numbers keep a decimal point in both languages; an empty value means no data.
 * Ids within a cell are separated by semicolons.
 */
export function reportToCsv(report: Report, locale: ReportLocale): string {
  const header = (['header.code', 'header.label', 'header.value', 'header.caseIds', 'header.ids'] as const).map((k) => label(locale, k));
  const lines = [header, ...reportRows(report, locale).map((r) => [r.code, r.label, r.value === null ? '' : String(r.value), r.caseIds.join(';'), r.ids.join(';')])];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** The report as JSON with object keys in sorted order at every level, so equal reports give equal text. */
export function reportToJson(report: Report): string {
  return JSON.stringify(sortKeys(report), null, 2);
}
