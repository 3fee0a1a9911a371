import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { realDisk, type DiskIo } from '../../src/store/files.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { LinkSigner } from '../../src/app/links.js';
import { currentDir, dataDir, everythingUnder, filesUnder } from './helpers.js';

const clock = new ManualClock('2026-11-23T09:00:00Z');
const person = (id: string) => ({ id, locale: 'nl' as const, updatedAt: clock.now().toISOString() });

/** Every directory and file under `dir` with its permission bits. */
function modes(dir: string): { dirs: string[]; files: string[] } {
  const entries = ['.', ...fs.readdirSync(dir, { recursive: true }).map(String)].map((f) => ({
    f,
    st: fs.statSync(path.join(dir, f)),
  }));
  const mode = (st: fs.Stats) => (st.mode & 0o777).toString(8);
  return {
    dirs: [...new Set(entries.filter((e) => e.st.isDirectory()).map((e) => mode(e.st)))],
    files: [...new Set(entries.filter((e) => e.st.isFile()).map((e) => mode(e.st)))],
  };
}

describe('one writer per data directory', () => {
  it('a second store on the same data directory refuses to open, with a clear message, until the first closes', async () => {
    const dir = dataDir();
    const first = await JournalStore.open({ dataDir: dir, clock });
    await expect(JournalStore.open({ dataDir: dir, clock, lock: { waitMs: 600 } })).rejects.toThrow(
      /Another Uthiek Bot process is using the data directory .*Stop the other process first/,
    );
    await first.close();
    const second = await JournalStore.open({ dataDir: dir, clock, lock: { waitMs: 600 } });
    await second.close();
  });

  it('the lock of a process that was SIGKILLed is taken over; while it lived it was refused', async () => {
    const dir = dataDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures', 'hold-lock.ts'), dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => out.includes('ready') && resolve());
      child.once('exit', () => reject(new Error(`child exited: ${out}`)));
    });
    await expect(JournalStore.open({ dataDir: dir, clock, lock: { staleMs: 2000, waitMs: 2500 } })).rejects.toThrow(
      /Another Uthiek Bot process/,
    );
    child.kill('SIGKILL');
    await exited;
    const s = await JournalStore.open({ dataDir: dir, clock, lock: { staleMs: 2000, waitMs: 6000 } });
    expect(s.events({ type: 'held' })).toHaveLength(1);
    await s.close();
  }, 20_000);
});

describe('permissions and secrets', () => {
  it('keeps the data directory 0700 and every file 0600: snapshot, journal, CURRENT, secrets, lock', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    await LinkSigner.open(s, clock);
    s.secret('pseudonyms');
    await s.transact((tx) => tx.put('people', person('u1')));
    expect(fs.existsSync(path.join(dir, 'lock'))).toBe(true);
    expect(modes(dir)).toEqual({ dirs: ['700'], files: ['600'] });
    await s.close();
    expect(filesUnder(dir).sort()).toEqual([
      'CURRENT',
      'gen-00000001/journal/00000001.jsonl',
      'gen-00000001/journal/00000002.jsonl',
      'gen-00000001/uthiek.json',
      'secrets.json',
    ]);
    expect(modes(dir)).toEqual({ dirs: ['700'], files: ['600'] });
  });

  it('tightens a data directory that older versions left readable for everyone', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    await s.transact((tx) => tx.put('people', person('u1')));
    await s.close();
    for (const f of ['.', ...fs.readdirSync(dir, { recursive: true }).map(String)]) {
      const full = path.join(dir, f);
      fs.chmodSync(full, fs.statSync(full).isDirectory() ? 0o755 : 0o644);
    }
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(modes(dir)).toEqual({ dirs: ['700'], files: ['600'] });
    await t.close();
  });

  it('moves the link-signing key out of the store into the secrets file; links signed before still work', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    const oldKey = 'ab'.repeat(32);
    await s.transact((tx) =>
      tx.put('settings', {
        id: 'secret:links',
        secret: oldKey,
        updatedAt: clock.now().toISOString(),
        updatedBy: 'system',
      }),
    );
    await LinkSigner.open(s, clock);
    expect(s.get('settings', 'secret:links')).toBeUndefined();
    await s.close();
    expect(everythingUnder(dir).split(oldKey).length - 1).toBe(1); // only in secrets.json
    expect(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8')).toContain(oldKey);
    const signedBefore = createHmac('sha256', Buffer.from(oldKey, 'hex'))
      .update('/files/x.ics')
      .digest('base64url')
      .slice(0, 32);
    const t = await JournalStore.open({ dataDir: dir, clock });
    const signer = await LinkSigner.open(t, clock);
    expect(signer.verify('/files/x.ics', signedBefore)).toBe(true);
    expect(signer.verify('/files/y.ics', signedBefore)).toBe(false);
    await t.close();
  });
});

describe('a full disk', () => {
  it('a clean stop whose final snapshot cannot be written: no unhandled rejection, no temp file, nothing lost', async () => {
    const dir = dataDir();
    let full = false;
    const io: DiskIo = {
      async writeNew(file, data) {
        if (!full) return realDisk.writeNew(file, data);
        await realDisk.writeNew(file, data.slice(0, 10));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const logs: string[] = [];
      const logger = (await import('../../src/log.js')).createLogger('error', {
        write: (l: string) => void logs.push(l),
      });
      const s = await JournalStore.open({ dataDir: dir, clock, io, logger, minSnapshotBytes: 100 });
      full = true;
      for (let i = 0; i < 30; i++) await s.transact((tx) => tx.put('people', person(`u${i}`))); // background snapshots fail too
      await s.close();
      await new Promise((r) => setImmediate(r));
      expect(rejections).toEqual([]);
      expect(logs.join()).toContain('the final snapshot could not be written');
      expect(filesUnder(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.all('people')).toHaveLength(30);
    await t.close();
  });
});

describe('data directories from before generations', () => {
  const legacySnapshot = {
    schemaVersion: 1,
    seq: 2,
    eventSeq: 1,
    collections: { people: { u1: { id: 'u1', rev: 1, updatedAt: '2026-01-01T00:00:00.000Z' } }, settings: {} },
  };
  const legacyLines = [
    {
      seq: 1,
      v: 1,
      at: '2026-01-01T00:00:00.000Z',
      events: [{ type: 'a', actor: 'u1', seq: 1, at: '2026-01-01T00:00:00.000Z' }],
    },
    {
      seq: 3,
      v: 1,
      at: '2026-01-02T00:00:00.000Z',
      puts: [['people', { id: 'u2', rev: 1, updatedAt: '2026-01-02T00:00:00.000Z' }]],
      events: [{ type: 'b', actor: 'u2', seq: 2, at: '2026-01-02T00:00:00.000Z' }],
    },
  ];

  function writeLegacy(dir: string, withSnapshot = true) {
    if (withSnapshot) fs.writeFileSync(path.join(dir, 'uthiek.json'), JSON.stringify(legacySnapshot));
    fs.mkdirSync(path.join(dir, 'journal'));
    fs.writeFileSync(
      path.join(dir, 'journal', '00000001.jsonl'),
      legacyLines.map((l) => JSON.stringify(l)).join('\n') + '\n',
    );
  }

  it('are migrated on first open into a generation with checksums; the old files are removed', async () => {
    const dir = dataDir();
    writeLegacy(dir);
    const s = await JournalStore.open({ dataDir: dir, clock });
    expect(
      s
        .all('people')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['u1', 'u2']);
    expect(s.events().map((e) => e.type)).toEqual(['a', 'b']);
    await s.transact((tx) => tx.put('people', person('u3')));
    await s.close();
    expect(fs.existsSync(path.join(dir, 'uthiek.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'journal'))).toBe(false);
    expect(fs.readFileSync(path.join(currentDir(dir), 'journal', '00000001.jsonl'), 'utf8')).toMatch(
      /^[0-9a-f]{16} \{/,
    );
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.all('people')).toHaveLength(3);
    expect(t.events()).toHaveLength(2);
    await t.close();
  });

  it('with a journal but no snapshot are refused, not started empty', async () => {
    const dir = dataDir();
    writeLegacy(dir, false);
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(
      /uthiek\.json is missing, but the journal holds data/,
    );
  });
});
