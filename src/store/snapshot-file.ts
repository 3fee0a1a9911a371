import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Adapter } from 'lowdb';
import { realDisk, replaceFile, updateInChunks, type DiskIo } from './files.js';
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
const sha256 = (text: string) => updateInChunks(createHash('sha256'), text).digest('hex');

/** How long serialising a snapshot may hold the event loop before it lets other work run. */
const SLICE_MS = 4;

/**
 * lowdb adapter for the snapshot file: `{"checksum": sha256 of body, "body": snapshot}`, written
 * atomically and flushed (temp file, fsync, rename, directory fsync), the temp file removed if
 * the write fails. A file written before checksums existed is read when `legacy` is set.
 * The body is serialised and hashed a few documents at a time, in slices of a few
 * milliseconds, so that turns are not held up by a snapshot of ten years of cases; the
 * documents are frozen, so the snapshot is the state as of its `seq` however long that takes.
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
    const { parts, hash, size } = await serialise(data);
    this.size = size;
    await replaceFile(this.file, [`${PREFIX}${hash}${MIDDLE}`, ...parts, '}'], this.io);
  }
}

/** JSON.stringify(data) as parts, with its SHA-256, yielding to the event loop between slices. */
async function serialise(data: Snapshot): Promise<{ parts: string[]; hash: string; size: number }> {
  const parts: string[] = [];
  const hash = createHash('sha256');
  let size = 0;
  let started = performance.now();
  const add = async (text: string) => {
    parts.push(text);
    hash.update(text);
    size += text.length;
    if (performance.now() - started >= SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = performance.now();
    }
  };
  let comma = '';
  await add('{');
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'collections') {
      const json = JSON.stringify(value);
      if (json !== undefined) await add(`${comma}${JSON.stringify(key)}:${json}`);
    } else {
      await add(`${comma}"collections":{`);
      let c = '';
      for (const [name, byId] of Object.entries(value as Snapshot['collections'])) {
        await add(`${c}${JSON.stringify(name)}:{`);
        let d = '';
        for (const [id, doc] of Object.entries(byId)) {
          const json = JSON.stringify(doc);
          if (json === undefined) continue;
          await add(`${d}${JSON.stringify(id)}:${json}`);
          d = ',';
        }
        await add('}');
        c = ',';
      }
      await add('}');
    }
    comma = ',';
  }
  await add('}');
  return { parts, hash: hash.digest('hex'), size };
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
