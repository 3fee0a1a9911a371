import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/domain/report/compute.js';
import { labelledRows, reportCsv } from '../../../src/app/report.js';
import { CSV_DIALECTS, csvField, neutraliseFormula, reportToJson, toCsv } from '../../../src/domain/report/export.js';
import { AS_OF, CASES, EVENTS } from './dataset.js';

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === separator) endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else field += ch;
  }
  if (field || row.length) endRow();
  return rows;
}

const report = computeReport(EVENTS, CASES, { asOf: AS_OF });

describe('reportToCsv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain;ids')).toBe('plain;ids');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(parseCsv(`${csvField('x, "y"')},z\r\n`)).toEqual([['x, "y"', 'z']]);
  });

  it('neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${start}SUM(A1:A9)`)).toBe(`'${start}SUM(A1:A9)`);
    // quoting does not stop Excel: the apostrophe goes inside the quotes
    expect(csvField('=HYPERLINK("https://evil.example";"Algo")', ';')).toBe(
      `"'=HYPERLINK(""https://evil.example"";""Algo"")"`,
    );
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@cmd', ';')).toBe("'@cmd");
    // numbers as csvNumber writes them, negative ones included, stay numbers
    for (const n of ['-6,48', '-6.48', '-3', '14,65', '0', '1e-7', '-1e+21']) expect(neutraliseFormula(n)).toBe(n);
    // text that merely contains such a character is left as it is
    expect(neutraliseFormula('Meer groen = minder hitte')).toBe('Meer groen = minder hitte');
    expect(neutraliseFormula('UTH-2026-001')).toBe('UTH-2026-001');
    expect(neutraliseFormula('')).toBe('');
    // every export goes through the same writer
    expect(toCsv([['=1+1', '-6,48', 'x']], CSV_DIALECTS.nl)).toBe("'=1+1;-6,48;x\r\n");
  });

  it('in Dutch (semicolons, decimal commas, as Dutch Excel opens it): a header, then one row per figure', () => {
    const text = reportCsv(report, 'nl');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('code;onderdeel;waarde;zaken;overige ids');
    const [header, ...rows] = parseCsv(text, ';');
    expect(header).toEqual(['code', 'onderdeel', 'waarde', 'zaken', 'overige ids']);
    // 1 + 2 years + total, 7 funnel, 3 lead times × 6 statistics, 6 advice, 9 follow-through, 2 panel, 5 DPIA,
    // 3 planning, 3 register.
    expect(rows).toHaveLength(4 + 7 + 18 + 6 + 9 + 2 + 5 + 3 + 3);
    // no two rows read the same: the year against the target and the same year in the series differ
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
    expect(rows.find((r) => r[0] === 'assessments.year.2026')?.[1]).toBe('Toetsen gehouden per jaar: 2026');
    expect(rows[0]).toEqual([
      'assessments.held.2026',
      'Toetsen gehouden in 2026 (doel 50)',
      '6',
      'UTH-2025-003 UTH-2025-006 UTH-2026-001 UTH-2026-002 UTH-2026-003 UTH-2026-004',
      '',
    ]);
    const byCode = new Map(rows.map((r) => [r[0], r]));
    expect(byCode.get('funnel.signals')).toEqual([
      'funnel.signals',
      'Signalen in de periode',
      '5',
      '',
      'sig-2 sig-3 sig-4 sig-5 sig-6',
    ]);
    expect(byCode.get('leadTimes.intakeToAssessment.p75')?.slice(1, 3)).toEqual([
      'Doorlooptijd aanmelding → toets, 75e percentiel (dagen)',
      '51,56',
    ]);
    expect(byCode.get('advice.escalated')?.slice(2)).toEqual(['1', 'UTH-2025-002', 'UTH-2025-002/a1']);
    expect(byCode.get('algorithmRegister.registerToUpdate')?.slice(1, 4)).toEqual([
      'Algoritmeregister bij te werken',
      '3',
      'UTH-2025-002 UTH-2025-004 UTH-2026-002',
    ]);
    // A comma is no separator here: labels with one are not quoted; decimals are never read as two cells.
    expect(text).toContain(';Doorlooptijd signaal → aanmelding, mediaan (dagen);');
    expect(text).not.toMatch(/\d\.\d/);
    // Every row carries the report's value and ids.
    const expected = labelledRows(report, 'nl').map((r) => [
      r.code,
      r.label,
      r.value === null ? '' : String(r.value).replace('.', ','),
      r.caseIds.join(' '),
      r.ids.join(' '),
    ]);
    expect(rows).toEqual(expected);
  });

  it('in English, with empty cells where there is no data', () => {
    const empty = computeReport([], [], { asOf: AS_OF });
    const [header, ...rows] = parseCsv(reportCsv(empty, 'en'));
    expect(header).toEqual(['code', 'figure', 'value', 'cases', 'other ids']);
    expect(rows[0]).toEqual(['assessments.held.2026', 'Assessments held in 2026 (target 50)', '0', '', '']);
    expect(rows.find((r) => r[0] === 'leadTimes.submitToAccept.median')).toEqual([
      'leadTimes.submitToAccept.median',
      'Lead time submit → accept, median (days)',
      '',
      '',
      '',
    ]);
  });
});

describe('reportToJson', () => {
  it('sorts keys at every level and round-trips', () => {
    const json = reportToJson(report);
    expect(JSON.parse(json)).toEqual(report);
    const topKeys = Object.keys(JSON.parse(json) as object);
    expect(topKeys).toEqual([...topKeys].sort());
    expect(json.indexOf('"caseIds"')).toBeLessThan(json.indexOf('"value"'));
  });

  it('gives the same text for the same report built in another key order', () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(report)).reverse()) as typeof report;
    reordered.funnel = Object.fromEntries(Object.entries(reordered.funnel).reverse()) as typeof report.funnel;
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(report));
    expect(reportToJson(reordered)).toBe(reportToJson(report));
  });
});
