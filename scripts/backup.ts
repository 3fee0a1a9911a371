/**
 * Copies the data directory while the bot runs, into a new or empty directory, and checks the
 * copy with the store's own checks (see src/store/backup.ts for how the copy stays consistent).
 *
 *   npm run backup -- BACKUP_DIR [--data DATA_DIR]        (DATA_DIR defaults to $DATA_DIR, then ./data)
 *   node dist/scripts/backup.js BACKUP_DIR                (in production, without tsx)
 *
 * The backup holds personal data and the bot's secrets (secrets.json): keep it as protected as
 * the data directory. Exit code 0 when the copy is complete and intact, 1 otherwise, 2 for a usage mistake.
 */
import path from 'node:path';
import { dataDirArgs } from './data-dir-args.js';
import { BackupError, backupDataDir } from '../src/store/backup.js';

const USAGE = 'Use: npm run backup -- BACKUP_DIR [--data DATA_DIR]';

async function main(): Promise<number> {
  const args = dataDirArgs(USAGE);
  if (typeof args === 'number') return args;
  const { dir: target, root } = args;
  try {
    const result = await backupDataDir(root, path.resolve(target));
    process.stdout.write(
      `Backed up ${root} into ${path.resolve(target)}: ${result.files.length} files, ` +
        `transactions up to ${result.seq}, ${result.events} audit events; the copy passes the store's checks.\n` +
        "It holds personal data and the bot's secrets: keep it as protected as the data directory.\n",
    );
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    process.stderr.write(`Backup failed: ${err.message}\n`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`Backup failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
