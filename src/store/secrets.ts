import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FILE_MODE, TEMP_SUFFIX } from './files.js';

/**
 * Secrets the bot generates for itself (the key that signs download links, the key of erasure
 * pseudonyms), in `<dataDir>/secrets.json`, mode 0600, never in the snapshot or journal.
 */
export class Secrets {
  private cache: Record<string, string> | undefined;

  constructor(readonly file: string) {}

  /** The secret called `name`; created from `seed` (or 32 random bytes) when there is none yet. */
  get(name: string, seed?: Buffer): Buffer {
    const all = this.read();
    if (!all[name]) {
      all[name] = (seed ?? randomBytes(32)).toString('hex');
      this.write(all);
    }
    return Buffer.from(all[name]!, 'hex');
  }

  private read(): Record<string, string> {
    if (!this.cache) {
      if (!fs.existsSync(this.file)) this.cache = {};
      else {
        try {
          this.cache = JSON.parse(fs.readFileSync(this.file, 'utf8')) as Record<string, string>;
        } catch {
          throw new Error(
            `${this.file} is damaged; restore it from a backup (without it, links already sent stop working ` +
              'and people erased from now on get other pseudonyms). To start afresh anyway, delete it.',
          );
        }
      }
    }
    return this.cache;
  }

  private write(all: Record<string, string>): void {
    const tmp = `${this.file}${TEMP_SUFFIX}`;
    fs.rmSync(tmp, { force: true });
    const fd = fs.openSync(tmp, 'wx', FILE_MODE);
    try {
      fs.writeFileSync(fd, JSON.stringify(all));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, this.file);
    const dir = fs.openSync(path.dirname(this.file), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  }
}
