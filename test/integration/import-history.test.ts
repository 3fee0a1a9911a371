import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { runImport } from '../../scripts/import-history.js';
import { users } from '../support/activities.js';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { cardOf, cardText } from '../support/cards.js';
import { say } from '../support/flows.js';
import { tempDir } from '../support/temp-dir.js';

let h: TestBot | undefined;
const temps: { cleanup: () => void }[] = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  temps.splice(0).forEach((t) => t.cleanup());
  vi.restoreAllMocks();
});

/** The audit's count (5.5): 54 assessments since the start, 7 in 2020, 24 in 2021, 23 in 2022. */
function auditFile(dir: string): string {
  const lines = ['id,project,unit,assessed_on,impact,panel,report_url'];
  const years: [number, number][] = [
    [2020, 7],
    [2021, 24],
    [2022, 23],
  ];
  for (const [year, n] of years)
    for (let i = 1; i <= n; i++) {
      const month = String((i % 12) + 1).padStart(2, '0');
      lines.push(
        `${year}-${i},Project ${year}-${i},Onderdeel ${i % 4},${year}-${month}-10,${i % 3 ? 'midden' : 'hoog'},${i % 2 ? 'ja' : 'nee'},`,
      );
    }
  const file = path.join(dir, 'toetsen-2020-2022.csv');
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

describe('npm run import:history', () => {
  it('imports the audited history so that "rapport 2021" counts it; twice changes nothing; a bad file nothing at all', async () => {
    const data = tempDir('uthiek-import-');
    const files = tempDir('uthiek-files-');
    temps.push(data, files);
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});

    const bad = path.join(files.dir, 'fout.csv');
    fs.writeFileSync(
      bad,
      'id,project,unit,assessed_on,impact,panel,report_url\n1,A,B,2021-01-01,hoog,ja,\n2,A,B,2021-13-01,hoog,ja,\n',
    );
    expect(await runImport(bad, data.dir, clock)).toBe(1);
    expect(err.mock.calls.flat().join('\n')).toContain('line 3: assessed_on: a date YYYY-MM-DD');

    const file = auditFile(files.dir);
    expect(await runImport(file, data.dir, clock)).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('54 past assessments imported, 0 already there');
    expect(await runImport(file, data.dir, clock)).toBe(0);
    expect(log.mock.calls.flat().join('\n')).toContain('0 past assessments imported, 54 already there (unchanged)');

    h = await startTestBot({ dataDir: data.dir, clock });
    expect(h.bot.deps.store.events({ type: 'case.imported' })).toHaveLength(54);
    expect(h.bot.deps.store.events({ type: 'case.imported' })[0]!.data).toMatchObject({
      source: 'toetsen-2020-2022.csv',
      line: 2,
    });
    const card = cardText(cardOf((await say(h, users.member, 'rapport 2021'))[0]));
    expect(card).toMatch(/Toetsen gehouden in 2021 \(doel 50\)\s*24/);
    expect(card).toMatch(/Toetsen gehouden per jaar: 2020\s*7/);
    expect(card).toMatch(/Toetsen gehouden per jaar: 2022\s*23/);
    expect(card).toMatch(/Zaken ooit getoetst \(elke zaak één keer\)\s*54/);
  });
});
