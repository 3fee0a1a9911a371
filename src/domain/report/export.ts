import type { Report } from './types.js';

/** A row as exported: its code, its name in the reader's language, its value and the ids behind it. */
export interface CsvRow {
  code: string;
  label: string;
  value: number | null;
  caseIds: readonly string[];
  ids: readonly string[];
}

/** How a spreadsheet in the reader's language reads CSV: Dutch Excel wants semicolons and decimal commas. */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
  /** Between the ids within one cell. */
  idSeparator: string;
}

export const CSV_DIALECTS = {
  nl: { separator: ';', decimal: ',', idSeparator: ' ' },
  en: { separator: ',', decimal: '.', idSeparator: ';' },
} as const satisfies Record<string, CsvDialect>;

/** A number as `csvNumber` writes it, in either dialect ("-6,48", "14.65", "1e-7"): never a formula. */
const NUMBER = /^-?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;

/**
 * Text a spreadsheet would run as a formula (a cell starting with = + - @, a tab or a carriage
 * return; quoting does not stop Excel) gets a leading apostrophe, so it is shown as the text it
 * is. Numbers, negative ones included, are left as they are so they still add up.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/**
 * One RFC 4180 field: quoted when it holds the separator, a quote or a line break; quotes doubled.
 * Text that would start a formula is neutralised first (`neutraliseFormula`).
 */
export function csvField(value: string, separator: ',' | ';' = ','): string {
  const safe = neutraliseFormula(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as the dialect writes it: 14.65 → "14,65" in Dutch. */
export const csvNumber = (n: number, dialect: CsvDialect): string => String(n).replace('.', dialect.decimal);

/** Lines of fields as RFC 4180 CSV in the dialect (CRLF line ends). */
export function toCsv(lines: readonly (readonly string[])[], dialect: CsvDialect): string {
  return (
    lines.map((fields) => fields.map((f) => csvField(f, dialect.separator)).join(dialect.separator)).join('\r\n') +
    '\r\n'
  );
}

/**
 * Report rows as CSV (the header row first) in the reader's dialect; an empty value means no data.
 */
export function rowsToCsv(header: readonly string[], rows: readonly CsvRow[], dialect: CsvDialect): string {
  return toCsv(
    [
      header,
      ...rows.map((r) => [
        r.code,
        r.label,
        r.value === null ? '' : csvNumber(r.value, dialect),
        r.caseIds.join(dialect.idSeparator),
        r.ids.join(dialect.idSeparator),
      ]),
    ],
    dialect,
  );
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** JSON with object keys in sorted order at every level, so equal values give equal text. */
export const sortedJson = (value: unknown): string => JSON.stringify(sortKeys(value), null, 2);

/** The report as JSON with object keys in sorted order at every level, so equal reports give equal text. */
export const reportToJson = (report: Report): string => sortedJson(report);
