import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { realDisk, replaceFile, type DiskIo } from './files.js';
import type { Stored } from './store.js';

/** The documents as of journal position `seq`. */
export interface Snapshot {
  schemaVersion: number;
  seq: number;
  eventSeq: number;
  collections: Record<string, Record<string, Stored>>;
}

export class SnapshotDamagedError extends Error {}

const PREFIX = '{"checksum":"';
const MIDDLE = '","body":';
const HASH_LENGTH = 64;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * lowdb adapter for the snapshot file: `{"checksum": sha256 of body, "body": snapshot}`, written
 * atomically and flushed (temp file, fsync, rename, directory fsync), the temp file removed if
 * the write fails. A file written before checksums existed is read when `legacy` is set.
 */
export class SnapshotFile implements Adapter<Snapshot> {
  /** Size of the last snapshot read or written, in characters. */
  size = 0;

  constructor(
    readonly file: string,
    private readonly io: DiskIo = realDisk,
    private readonly legacy = false,
  ) {}

  async read(): Promise<Snapshot | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    this.size = text.length;
    return parseSnapshot(text, this.file, this.legacy);
  }

  async write(data: Snapshot): Promise<void> {
    const body = JSON.stringify(data);
    this.size = body.length;
    await replaceFile(this.file, `${PREFIX}${sha256(body)}${MIDDLE}${body}}`, this.io);
  }
}

export function parseSnapshot(text: string, file: string, legacy = false): Snapshot {
  let body = text;
  if (text.startsWith(PREFIX)) {
    const hash = text.slice(PREFIX.length, PREFIX.length + HASH_LENGTH);
    body = text.slice(PREFIX.length + HASH_LENGTH + MIDDLE.length, -1);
    if (
      text.slice(PREFIX.length + HASH_LENGTH, PREFIX.length + HASH_LENGTH + MIDDLE.length) !== MIDDLE ||
      !text.endsWith('}') ||
      sha256(body) !== hash
    ) {
      throw new SnapshotDamagedError(`the snapshot ${file} fails its checksum (changed or damaged)`);
    }
  } else if (!legacy) {
    throw new SnapshotDamagedError(`the snapshot ${file} has no checksum`);
  }
  let data: Snapshot;
  try {
    data = JSON.parse(body) as Snapshot;
  } catch {
    throw new SnapshotDamagedError(`the snapshot ${file} is not valid JSON`);
  }
  if (typeof data?.seq !== 'number' || typeof data.eventSeq !== 'number' || typeof data.collections !== 'object') {
    throw new SnapshotDamagedError(`the snapshot ${file} is not a snapshot`);
  }
  return data;
}
