/**
 * Puts a backup made by `npm run backup` in place as the data directory, with the bot stopped.
 *
 *   npm run restore -- BACKUP_DIR [--data DATA_DIR]       (DATA_DIR defaults to $DATA_DIR, then ./data)
 *   node dist/scripts/restore.js BACKUP_DIR               (in production, without tsx)
 *
 * Refuses while a bot holds the data directory, and refuses a backup that does not pass the
 * store's checks. The data that was there is moved into DATA_DIR/before-restore-<time>/, not
 * deleted. Exit code 0 when restored and intact, 1 when refused or failed, 2 for a usage mistake.
 */
import path from 'node:path';
import { dataDirArgs } from './data-dir-args.js';
import { BackupError, restoreDataDir } from '../src/store/backup.js';
import { DataDirLockedError, lockDataDir } from '../src/store/data-lock.js';
import { makeDir } from '../src/store/files.js';
import { checkDataDir } from '../src/store/store-check.js';

const USAGE = 'Use: npm run restore -- BACKUP_DIR [--data DATA_DIR]';

async function main(): Promise<number> {
  const args = dataDirArgs(USAGE);
  if (typeof args === 'number') return args;
  const { dir: backup, root } = args;
  await makeDir(root);
  let release: () => Promise<void>;
  try {
    release = await lockDataDir(root, { waitMs: 2000 });
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    process.stderr.write(
      `Not restored: a bot is running on ${root} (it holds ${path.join(root, 'lock')}). Stop it first.\n`,
    );
    return 1;
  }
  try {
    const result = await restoreDataDir(path.resolve(backup), root, new Date());
    const after = await checkDataDir(root);
    if (after.problems.length) {
      process.stderr.write(
        `Restored, but the data directory does not pass the store's checks:\n  - ${after.problems.join('\n  - ')}\n`,
      );
      return 1;
    }
    process.stdout.write(
      `Restored ${path.resolve(backup)} into ${root}; it passes the store's checks and the bot can start.\n`,
    );
    if (result.movedAside) {
      process.stdout.write(
        `The data that was there is in ${result.movedAside}: delete it once satisfied (it holds personal data).\n`,
      );
    }
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    process.stderr.write(`Not restored: ${err.message}\n`);
    return 1;
  } finally {
    await release();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`Restore failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
