import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from '../support/temp-dir.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A fresh data directory, removed after the test. */
export function dataDir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

/** The generation directory CURRENT names. */
export function currentDir(dir: string): string {
  return path.join(dir, fs.readFileSync(path.join(dir, 'CURRENT'), 'utf8').trim());
}

/** The current generation's journal segments, in order, as full paths. */
export function segments(dir: string): string[] {
  const journal = path.join(currentDir(dir), 'journal');
  return fs
    .readdirSync(journal)
    .sort()
    .map((f) => path.join(journal, f));
}

/** Every file under `dir` (relative paths). */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

/** Every byte under `dir`, as text. */
export function everythingUnder(dir: string): string {
  return filesUnder(dir)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
