import type { Report } from './types.js';

/** A row as exported: its code, its name in the reader's language, its value and the ids behind it. */
export interface CsvRow {
  code: string;
  label: string;
  value: number | null;
  caseIds: readonly string[];
  ids: readonly string[];
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Report rows as RFC 4180 CSV (comma-separated, CRLF line ends, the header row first). Numbers
 * keep a decimal point in both languages; an empty value means no data. Ids within a cell are
 * separated by semicolons.
 */
export function rowsToCsv(header: readonly string[], rows: readonly CsvRow[]): string {
  const lines = [
    header,
    ...rows.map((r) => [
      r.code,
      r.label,
      r.value === null ? '' : String(r.value),
      r.caseIds.join(';'),
      r.ids.join(';'),
    ]),
  ];
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
