/**
 * Imports past assessments (from before the bot) from a CSV file into the data directory, so that
 * "rapport 2021" counts them. Stop the bot first: one process per data directory.
 *
 *   npm run import:history -- FILE.csv [DATA_DIR]      (DATA_DIR default: $DATA_DIR or ./data)
 *
 * Columns (header row, comma or semicolon): id,project,unit,assessed_on,impact,panel,report_url
 * with dates YYYY-MM-DD, impact laag|midden|hoog, panel ja|nee. Any invalid row refuses the
 * whole file (with line numbers); importing the same file again changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importHistory } from '../src/app/import-history.js';
import { systemClock, type Clock } from '../src/domain/clock.js';
import { parseHistoryCsv } from '../src/domain/history/import.js';
import { localDate } from '../src/domain/time.js';
import { JournalStore } from '../src/store/journal-store.js';
import { Cases } from '../src/store/repositories/cases.js';

export async function runImport(file: string, dataDir: string, clock: Clock = systemClock): Promise<number> {
  if (!fs.existsSync(file)) {
    console.error(`${file}: no such file`);
    return 2;
  }
  const parsed = parseHistoryCsv(fs.readFileSync(file, 'utf8'), localDate(clock.now(), 'Europe/Amsterdam'));
  if (parsed.errors.length) {
    console.error(`${path.basename(file)}: nothing imported; fix these lines and try again:`);
    for (const e of parsed.errors) console.error(`  line ${e.line}: ${e.message}`);
    return 1;
  }
  const store = await JournalStore.open({ dataDir, clock });
  try {
    const result = await importHistory(
      new Cases(store, clock, 'Europe/Amsterdam'),
      clock,
      parsed.rows,
      path.basename(file),
    );
    console.log(
      `${path.basename(file)}: ${result.imported.length} past assessments imported, ` +
        `${result.unchanged.length} already there (unchanged).`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [file, dir] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npm run import:history -- FILE.csv [DATA_DIR]');
    process.exit(2);
  }
  process.exitCode = await runImport(file, dir ?? process.env.DATA_DIR ?? './data');
}
