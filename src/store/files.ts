import type { Hash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/** Nobody but the bot's own user may read the data: directories 0700, files 0600. */
export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

/** The suffix of a file being written; one left behind by a crash is removed on open. */
export const TEMP_SUFFIX = '.tmp';

/** A file's content: text, bytes, or text in parts (written one after the other). */
export type FileData = string | Buffer | readonly string[];

/**
 * How the store puts whole files on disk. Replaceable so that tests can simulate a full disk;
 * `writeNew` must create the file (0600), write all of `data` and flush it to disk.
 */
export interface DiskIo {
  writeNew(file: string, data: FileData): Promise<void>;
}

export const realDisk: DiskIo = {
  async writeNew(file, data) {
    const handle = await fsp.open(file, 'wx', FILE_MODE);
    try {
      if (typeof data === 'string' || Buffer.isBuffer(data)) await handle.writeFile(data);
      else {
        let batch: string[] = [];
        let size = 0;
        for (const part of data) {
          batch.push(part);
          size += part.length;
          // a little at a time: encoding a large text at once would hold up turns (and see CHUNK_BYTES)
          if (size >= CHUNK_BYTES) {
            await writeAll(handle, batch.join(''));
            batch = [];
            size = 0;
          }
        }
        if (batch.length) await writeAll(handle, batch.join(''));
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

async function writeAll(handle: fsp.FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length;) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
}

/** Flushes a directory's entries (a rename or a new file in it) to disk. */
export async function syncDir(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    // some file systems cannot fsync a directory; the rename itself is still atomic there
    if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `file` with `data` atomically and durably: a temp file, flushed, renamed over the old
 * one, and the directory flushed. On any failure the temp file is removed and the old file stays.
 */
export async function replaceFile(file: string, data: FileData, io: DiskIo = realDisk): Promise<void> {
  const tmp = `${file}${TEMP_SUFFIX}`;
  await fsp.rm(tmp, { force: true });
  try {
    await io.writeNew(tmp, data);
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await syncDir(path.dirname(file));
}

export async function makeDir(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true, mode: DIR_MODE });
  await fsp.chmod(dir, DIR_MODE);
}

/** Sets 0700 on `dir` and every directory below it, 0600 on every file (data dirs made by older versions). */
export function tighten(dir: string): void {
  fs.chmodSync(dir, DIR_MODE);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) tighten(full);
    else if (entry.isFile()) fs.chmodSync(full, FILE_MODE);
  }
}

export const exists = (file: string): boolean => fs.existsSync(file);

/**
 * Bytes read, hashed or written at a time: large texts are handled in pieces, so that no single
 * step holds up turns, and memory outside the JavaScript heap stays small.
 */
export const CHUNK_BYTES = 64 * 1024;

/** Feeds a long text to a hash a chunk at a time (see CHUNK_BYTES). */
export function updateInChunks(hash: Hash, text: string): Hash {
  for (let i = 0; i < text.length; i += CHUNK_BYTES) hash.update(text.slice(i, i + CHUNK_BYTES));
  return hash;
}
