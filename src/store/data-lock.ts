import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { DIR_MODE } from './files.js';

export interface LockOptions {
  /** A lock not refreshed for this long belongs to a process that died, and is taken over. */
  staleMs?: number;
  /** How long to wait for a lock held by someone else before refusing to start. */
  waitMs?: number;
  /** Called when another process took the lock from under us (it found ours stale). */
  onLost?: (err: Error) => void;
}

export class DataDirLockedError extends Error {
  constructor(dataDir: string, waitedMs: number) {
    super(
      `Another Uthiek Bot process is using the data directory ${dataDir} (it holds ${path.join(dataDir, 'lock')}). ` +
        `Two processes on one data directory would hand out the same case numbers and lose writes, so this one does not start. ` +
        `Stop the other process first. (A lock left by a process that died is taken over after ${Math.round(waitedMs / 1000)} seconds.)`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * One writer per data directory: a lock directory (`<dataDir>/lock`, proper-lockfile) whose time
 * the holder refreshes; when the holder dies it goes stale and the next process takes it over.
 * Resolves to the release function.
 */
export async function lockDataDir(dataDir: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const stale = options.staleMs ?? 10_000;
  const update = Math.max(1000, Math.floor(stale / 4));
  // long enough for the lock of a holder that just died to go stale
  const wait = options.waitMs ?? stale + 2 * update;
  const interval = 500;
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'lock'),
      realpath: false,
      stale,
      update,
      retries: { retries: Math.ceil(wait / interval), factor: 1, minTimeout: interval, maxTimeout: interval },
      onCompromised: (err) => options.onLost?.(err),
    });
    fs.chmodSync(path.join(dataDir, 'lock'), DIR_MODE);
    return release;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir, stale);
    throw err;
  }
}
