/**
 * Checks a data directory without starting the bot, and recovers what is intact when it is damaged.
 *
 *   npm run store:check [-- DATA_DIR] [--recover]
 *
 * DATA_DIR defaults to $DATA_DIR, then ./data. Exit code 0 when the data is intact, 1 when it is
 * damaged (or could not be recovered), 2 for a usage mistake. --recover needs the bot stopped.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lockDataDir } from '../src/store/data-lock.js';
import { checkDataDir, recoverDataDir } from '../src/store/store-check.js';

const print = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { recover: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\nUse: npm run store:check [-- DATA_DIR] [--recover]\n`);
    return 2;
  }
  const root = path.resolve(parsed.positionals[0] ?? process.env.DATA_DIR ?? './data');
  const report = await checkDataDir(root);
  for (const line of report.lines) print(line);
  for (const w of report.warnings) print(`note: ${w}`);
  for (const p of report.problems) print(`PROBLEM: ${p}`);
  if (!parsed.values.recover) {
    if (!report.problems.length) {
      print('The data is intact.');
      return 0;
    }
    print();
    print('The bot does not start on this data. Either restore the data directory from a backup, or keep what is');
    print(
      `intact (the snapshot and the journal up to the first damage) with:  npm run store:check -- ${root} --recover`,
    );
    return 1;
  }
  if (!report.problems.length) {
    print('The data is intact; nothing to recover.');
    return 0;
  }
  const release = await lockDataDir(root, { waitMs: 1000 });
  try {
    print();
    for (const line of await recoverDataDir(root, new Date())) print(line);
  } finally {
    await release();
  }
  const after = await checkDataDir(root);
  print(
    after.problems.length
      ? `STILL DAMAGED: ${after.problems.join('; ')}`
      : 'The data is intact now; the bot can start.',
  );
  return after.problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`store:check failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
