import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { DIR_MODE, makeDir, realDisk, syncDir } from './files.js';
import {
  CURRENT_FILE,
  generationDir,
  generationName,
  hasLegacyLayout,
  JOURNAL_DIR,
  listGenerations,
  readCurrent,
  readGeneration,
  SECRETS_FILE,
  SEGMENT_RE,
  SNAPSHOT_FILE,
  switchCurrent,
} from './generations.js';
import { checkDataDir } from './store-check.js';

/**
 * Backups of a data directory, and restoring one (npm run backup / npm run restore).
 *
 * A backup is taken while the bot runs, without its lock: it reads the generation CURRENT names
 * (the snapshot, then every journal segment up to its last complete line) and then checks that
 * nothing moved underneath: the same generation is current and the snapshot it read is still
 * the snapshot in place. A snapshot written meanwhile (it compacts older segments) or a history
 * rewrite (a new generation) makes it read again. What it read is a consistent cut: the snapshot
 * plus the journal up to some transaction, which includes every transaction acknowledged before
 * the backup started (the bot acknowledges only after the line is written). The copy is a data
 * directory of its own, checked with the store's own checks before the backup counts as done.
 */

export interface BackupResult {
  generation: number;
  /** The last transaction in the copy. */
  seq: number;
  events: number;
  /** How many reads it took to get a cut that nothing changed underneath. */
  attempts: number;
  files: string[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

interface Cut {
  generation: number;
  snapshot: Buffer;
  segments: { name: string; data: Buffer }[];
  secrets: Buffer | undefined;
}

/** Reads the current generation once; undefined when something changed underneath (try again). */
async function readCut(root: string, afterSnapshot?: () => Promise<void>): Promise<Cut | undefined> {
  const generation = readCurrent(root);
  if (generation === undefined) {
    throw new BackupError(
      hasLegacyLayout(root)
        ? `${root} has the layout of an older version: start the bot once (it migrates the data), then back up`
        : `${root} holds no data (no ${CURRENT_FILE} file)`,
    );
  }
  const dir = generationDir(root, generation);
  const snapshotPath = path.join(dir, SNAPSHOT_FILE);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(snapshotPath, 'r');
    const before = await handle.stat();
    const snapshot = await handle.readFile();
    await afterSnapshot?.();
    const journal = path.join(dir, JOURNAL_DIR);
    const names = fs
      .readdirSync(journal)
      .filter((f) => SEGMENT_RE.test(f))
      .sort();
    const segments: Cut['segments'] = [];
    for (const name of names) {
      const data = await fsp.readFile(path.join(journal, name));
      // a line being written right now is not part of the cut
      segments.push({ name, data: data.subarray(0, data.lastIndexOf(0x0a) + 1) });
    }
    const secretsFile = path.join(root, SECRETS_FILE);
    const secrets = fs.existsSync(secretsFile) ? await fsp.readFile(secretsFile) : undefined;
    const after = await fsp.stat(snapshotPath).catch(() => undefined);
    const unchanged = readCurrent(root) === generation && after?.ino === before.ino && after.mtimeMs === before.mtimeMs;
    return unchanged ? { generation, snapshot, segments, secrets } : undefined;
  } catch (err) {
    // a rewrite removed the generation while it was read
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  } finally {
    await handle?.close();
  }
}

async function writeCut(target: string, cut: Cut): Promise<string[]> {
  const dir = generationDir(target, cut.generation);
  const journal = path.join(dir, JOURNAL_DIR);
  await makeDir(dir);
  await makeDir(journal);
  const files: string[] = [];
  const write = async (file: string, data: Buffer) => {
    await realDisk.writeNew(file, data);
    files.push(path.relative(target, file));
  };
  await write(path.join(dir, SNAPSHOT_FILE), cut.snapshot);
  for (const s of cut.segments) await write(path.join(journal, s.name), s.data);
  if (cut.secrets) await write(path.join(target, SECRETS_FILE), cut.secrets);
  await syncDir(journal);
  await syncDir(dir);
  await switchCurrent(target, cut.generation);
  files.push(CURRENT_FILE);
  return files;
}

function assertEmptyTarget(target: string): void {
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new BackupError(
      `${target} is not empty: a backup goes into a new or empty directory, so that it never mixes with another`,
    );
  }
}

export interface BackupOptions {
  /** Reads before giving up when the data keeps changing underneath (default 20). */
  attempts?: number;
  /** Called between reading the snapshot and reading the journal (tests make the bot write there). */
  afterSnapshot?: () => Promise<void>;
}

/** Copies the data directory `root` into `target` (new or empty) while the bot may be running. */
export async function backupDataDir(root: string, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  if (
    path.resolve(target).startsWith(`${path.resolve(root)}${path.sep}`) ||
    path.resolve(target) === path.resolve(root)
  ) {
    throw new BackupError('the backup directory must be outside the data directory');
  }
  assertEmptyTarget(target);
  const attempts = options.attempts ?? 20;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const cut = await readCut(root, options.afterSnapshot);
    if (!cut) continue;
    await makeDir(target);
    const files = await writeCut(target, cut);
    const report = await checkDataDir(target);
    if (report.problems.length) {
      throw new BackupError(
        `the copy in ${target} does not pass the store's checks:\n  - ${report.problems.join('\n  - ')}`,
      );
    }
    const content = await readGeneration(generationDir(target, cut.generation));
    const seq = Math.max(content.snapshot?.seq ?? 0, ...content.commits.map((c) => c.commit.seq));
    const events = content.commits.reduce((n, c) => n + (c.commit.events?.length ?? 0), 0);
    return { generation: cut.generation, seq, events, attempts: attempt, files };
  }
  throw new BackupError(
    `the data changed underneath ${attempts} reads in a row (snapshots or history rewrites); try again`,
  );
}

export interface RestoreResult {
  generation: number;
  /** Where the data that was in the data directory went (nothing is deleted). */
  movedAside?: string;
}

/**
 * Puts a backup in place as the data directory `root`. The caller holds the data directory's
 * lock (so no bot runs on it). The backup is checked first; whatever data `root` held is moved
 * into `root/before-restore-<time>/`, never deleted; CURRENT is written last, so an interrupted
 * restore leaves a directory the bot refuses to start on rather than a mix.
 */
export async function restoreDataDir(backup: string, root: string, now: Date): Promise<RestoreResult> {
  if (!fs.existsSync(backup)) throw new BackupError(`${backup} does not exist, so it is not a backup`);
  const check = await checkDataDir(backup);
  if (check.layout !== 'generation') {
    throw new BackupError(`${backup} is not a backup: it has no ${CURRENT_FILE} naming a generation`);
  }
  if (check.problems.length) {
    throw new BackupError(
      `the backup in ${backup} does not pass the store's checks, so it is not restored:\n  - ${check.problems.join('\n  - ')}`,
    );
  }
  const generation = readCurrent(backup)!;
  const existing = [
    ...listGenerations(root).map(generationName),
    ...[CURRENT_FILE, SECRETS_FILE, SNAPSHOT_FILE, JOURNAL_DIR].filter((f) => fs.existsSync(path.join(root, f))),
  ];
  let movedAside: string | undefined;
  if (existing.length) {
    movedAside = path.join(root, `before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
    await fsp.mkdir(movedAside, { mode: DIR_MODE });
    for (const name of existing) await fsp.rename(path.join(root, name), path.join(movedAside, name));
    await syncDir(root);
  }
  await fsp.cp(generationDir(backup, generation), generationDir(root, generation), {
    recursive: true,
    errorOnExist: true,
    force: false,
  });
  const secrets = path.join(backup, SECRETS_FILE);
  if (fs.existsSync(secrets)) await fsp.copyFile(secrets, path.join(root, SECRETS_FILE));
  await syncDir(root);
  await switchCurrent(root, generation);
  return { generation, ...(movedAside ? { movedAside } : {}) };
}
