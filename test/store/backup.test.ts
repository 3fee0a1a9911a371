import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { backupDataDir, restoreDataDir } from '../../src/store/backup.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { checkDataDir } from '../../src/store/store-check.js';
import { currentDir, dataDir, segments } from './helpers.js';

const clock = new ManualClock('2026-11-23T09:00:00Z');
const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  locale: 'nl' as const,
  updatedAt: clock.now().toISOString(),
  ...extra,
});

/** Snapshots (and so compaction) every few kilobytes, new segments often: the copy races them. */
const busy = (dir: string) => JournalStore.open({ dataDir: dir, clock, minSnapshotBytes: 4096, segmentBytes: 8192 });

describe('backup while the store is written to', () => {
  it('every write acknowledged before a backup started is in the copy, which opens and passes the checks', async () => {
    const dir = dataDir();
    const store = await busy(dir);
    store.secret('pseudonyms');
    const acknowledged: string[] = [];
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) {
        const id = `p-${++n}`;
        await store.transact((tx) => {
          tx.put('people', person(id, { note: 'x'.repeat(200) }));
          tx.record({ type: 'person.written', actor: id });
        });
        acknowledged.push(id);
        await new Promise((r) => setImmediate(r)); // let the backup's reads run between writes
        // now and then a history rewrite: a new generation replaces the current one
        if (n % 150 === 0)
          await store.rewriteHistory({ doc: (c, d) => (c === 'people' && d.id === `p-${n - 1}` ? null : d) });
      }
    })();

    const copies: { target: string; before: string[]; attempts: number }[] = [];
    for (let i = 0; i < 6; i++) {
      while (acknowledged.length < (i + 1) * 60) await new Promise((r) => setImmediate(r));
      const target = path.join(dataDir(), 'copy');
      const before = [...acknowledged];
      const result = await backupDataDir(dir, target);
      copies.push({ target, before, attempts: result.attempts });
    }
    writing = false;
    await writer;
    const erased = new Set(Array.from({ length: Math.floor(n / 150) }, (_, k) => `p-${(k + 1) * 150 - 1}`));
    await store.close();

    for (const copy of copies) {
      expect((await checkDataDir(copy.target)).problems).toEqual([]);
      const restored = await JournalStore.open({ dataDir: copy.target, clock });
      const missing = copy.before.filter((id) => !restored.get('people', id) && !erased.has(id));
      expect(missing, copy.target).toEqual([]);
      expect(restored.events({ type: 'person.written' }).length).toBeGreaterThanOrEqual(copy.before.length);
      expect(restored.secret('pseudonyms')).toEqual(store.secret('pseudonyms'));
      await restored.close();
    }
  }, 60_000);

  it('reads again when a snapshot (which compacts the journal) or a history rewrite happens during the copy', async () => {
    for (const change of ['snapshot', 'rewrite'] as const) {
      const dir = dataDir();
      const store = await busy(dir);
      const write = (id: string) =>
        store.transact((tx) => {
          tx.put('people', person(id));
          tx.record({ type: 'person.written', actor: id });
        });
      for (let i = 1; i <= 20; i++) await write(`before-${i}`);
      await store.snapshot();
      for (let i = 1; i <= 20; i++) await write(`after-snapshot-${i}`);
      let reads = 0;
      const target = path.join(dataDir(), 'copy');
      const result = await backupDataDir(dir, target, {
        // the first time, between the snapshot and the journal: more writes, then the change
        afterSnapshot: async () => {
          if (reads++ > 0) return;
          for (let i = 1; i <= 5; i++) await write(`during-${i}`);
          if (change === 'snapshot') await store.snapshot();
          else await store.rewriteHistory({});
        },
      });
      expect(result.attempts, change).toBe(2);
      const copy = await JournalStore.open({ dataDir: target, clock });
      for (const id of [
        ...Array.from({ length: 20 }, (_, i) => `before-${i + 1}`),
        ...Array.from({ length: 20 }, (_, i) => `after-snapshot-${i + 1}`),
      ]) {
        expect(copy.get('people', id), `${change}: ${id}`).toBeDefined();
      }
      await copy.close();
      await store.close();
    }
  });

  it('writes the copy 0700/0600 and refuses a directory that is not empty or lies inside the data directory', async () => {
    const dir = dataDir();
    const store = await busy(dir);
    await store.transact((tx) => tx.put('people', person('a')));
    const target = path.join(dataDir(), 'copy');
    await backupDataDir(dir, target);
    for (const f of fs.readdirSync(target, { recursive: true }).map(String)) {
      const st = fs.statSync(path.join(target, f));
      expect((st.mode & 0o777).toString(8), f).toBe(st.isDirectory() ? '700' : '600');
    }
    await expect(backupDataDir(dir, target)).rejects.toThrow(/is not empty/);
    await expect(backupDataDir(dir, path.join(dir, 'backup'))).rejects.toThrow(/outside the data directory/);
    await expect(backupDataDir(dataDir(), path.join(dataDir(), 'x'))).rejects.toThrow(/holds no data/);
    await store.close();
  });

  it('leaves out a line being written (never acknowledged)', async () => {
    const dir = dataDir();
    const store = await busy(dir);
    await store.transact((tx) => tx.put('people', person('a')));
    const last = segments(dir).at(-1)!;
    fs.appendFileSync(last, '0123456789abcdef {"seq":99'); // a write cut off mid-line
    const target = path.join(dataDir(), 'copy');
    await backupDataDir(dir, target);
    const copied = fs.readFileSync(path.join(currentDir(target), 'journal', path.basename(last)), 'utf8');
    expect(copied.endsWith('\n')).toBe(true);
    expect(copied).not.toContain('"seq":99');
    await store.abandon();
  });
});

describe('restore', () => {
  it('refuses a backup that does not pass the checks, and changes nothing', async () => {
    const source = dataDir();
    const store = await busy(source);
    await store.transact((tx) => tx.put('people', person('a')));
    await store.close();
    const target = path.join(dataDir(), 'copy');
    await backupDataDir(source, target);
    const file = path.join(currentDir(target), 'uthiek.json');
    expect(fs.readFileSync(file, 'utf8')).toContain('"a"');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"a"', '"b"'));
    const live = dataDir();
    await expect(restoreDataDir(target, live, new Date())).rejects.toThrow(/does not pass the store's checks/);
    expect(fs.readdirSync(live)).toEqual([]);
  });

  it('puts the backup in place and moves what was there aside, deleting nothing', async () => {
    const source = dataDir();
    const a = await busy(source);
    await a.transact((tx) => tx.put('people', person('from-backup')));
    await a.close();
    const backup = path.join(dataDir(), 'copy');
    await backupDataDir(source, backup);

    const live = dataDir();
    const b = await busy(live);
    await b.transact((tx) => tx.put('people', person('newer')));
    await b.close();
    const result = await restoreDataDir(backup, live, new Date('2026-11-24T10:00:00Z'));
    expect(result.movedAside).toBe(path.join(live, 'before-restore-2026-11-24T10-00-00-000Z'));
    expect(fs.readdirSync(result.movedAside!)).toEqual(expect.arrayContaining(['CURRENT', 'gen-00000001']));

    const restored = await JournalStore.open({ dataDir: live, clock });
    expect(restored.get('people', 'from-backup')).toBeDefined();
    expect(restored.get('people', 'newer')).toBeUndefined();
    await restored.close();
    expect(fs.existsSync(result.movedAside!)).toBe(true);
  });
});
