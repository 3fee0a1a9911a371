import { describe, expect, it } from 'vitest';
import { importedCase, parseHistoryCsv } from '../../../src/domain/history/import.js';

const HEADER = 'id,project,unit,assessed_on,impact,panel,report_url';

describe('past assessments from a CSV file', () => {
  it('reads valid rows (comma or semicolon, columns in any order, extra columns ignored)', () => {
    const text = `${HEADER}\r\n2020-01,Slimme meters,Wonen,2020-03-04,hoog,ja,https://x/r1.pdf\r\n2021-07,"Chatbot, afval",Afval,2021-06-01,laag,nee,\r\n`;
    expect(parseHistoryCsv(text, '2026-01-01')).toEqual({
      errors: [],
      rows: [
        {
          line: 2,
          id: '2020-01',
          project: 'Slimme meters',
          unit: 'Wonen',
          assessedOn: '2020-03-04',
          impact: 'high',
          panel: true,
          reportUrl: 'https://x/r1.pdf',
        },
        {
          line: 3,
          id: '2021-07',
          project: 'Chatbot, afval',
          unit: 'Afval',
          assessedOn: '2021-06-01',
          impact: 'low',
          panel: false,
        },
      ],
    });
    const semi =
      'panel;impact;assessed_on;unit;project;id;report_url;opmerking\nnee;midden;2022-02-02;Zorg;Wmo-app;X1;;iets';
    expect(parseHistoryCsv(semi, '2026-01-01').rows[0]).toMatchObject({ id: 'X1', impact: 'medium', unit: 'Zorg' });
  });

  it('refuses the whole file when any row is wrong, with line numbers', () => {
    const text = [
      HEADER,
      'a,P,U,2021-02-30,hoog,ja,',
      'b,P,U,2021-02-01,heel hoog,misschien,http://x',
      'c,P,U,2021-02-01,laag,nee,',
      'c,P,,2031-02-01,laag,nee,',
    ].join('\n');
    const parsed = parseHistoryCsv(text, '2026-01-01');
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { line: 2, message: 'assessed_on: a date YYYY-MM-DD' },
      { line: 3, message: 'impact: laag, midden or hoog; panel: ja or nee; report_url: empty or an https link' },
      { line: 5, message: 'id c also on line 4; unit: required, at most 200 characters; assessed_on: in the future' },
    ]);
    expect(parseHistoryCsv('id,project\n1,x', '2026-01-01').errors).toEqual([
      { line: 1, message: 'missing columns: unit, assessed_on, impact, panel, report_url' },
    ]);
    expect(parseHistoryCsv(HEADER, '2026-01-01').errors).toEqual([{ line: 2, message: 'no rows' }]);
  });

  it('a row becomes a closed case assessed on that date, with an event naming the file and line', () => {
    const row = parseHistoryCsv(`${HEADER}\n7,P,U,2021-05-05,hoog,ja,`, '2026-01-01').rows[0]!;
    const { c, event } = importedCase(row, 'audit-2023.csv', new Date('2026-11-23T09:00:00Z'));
    expect(c).toMatchObject({
      id: 'HIST-7',
      state: 'closed',
      origin: { kind: 'import', source: 'audit-2023.csv', line: 2 },
      triage: { impact: 'high' },
      assessment: { heldAt: '2021-05-05' },
    });
    expect(event).toEqual({
      type: 'case.imported',
      actor: 'system',
      to: 'closed',
      data: { heldAt: '2021-05-05', impact: 'high', panel: true, source: 'audit-2023.csv', line: 2 },
    });
  });
});
