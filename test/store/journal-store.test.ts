import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { ConflictError } from '../../src/store/store.js';
import { SCHEMA_VERSION, type Migration } from '../../src/store/migrations.js';
import { currentDir, dataDir, segments } from './helpers.js';

const clock = new ManualClock('2026-11-23T09:00:00Z');
const person = (id: string, locale: 'nl' | 'en' = 'nl') => ({ id, locale, updatedAt: clock.now().toISOString() });

describe('JournalStore', () => {
  it('keeps documents and events across a restart', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock });
    await a.transact((tx) => {
      tx.put('people', person('u1'));
      tx.record({ type: 'test.happened', actor: 'u1', caseId: 'c1' });
    });
    await a.close();

    const b = await JournalStore.open({ dataDir: dir, clock });
    expect(b.get('people', 'u1')).toMatchObject({ id: 'u1', locale: 'nl', rev: 1 });
    expect(b.events({ caseId: 'c1' })).toEqual([
      expect.objectContaining({ seq: 1, type: 'test.happened', actor: 'u1', at: '2026-11-23T09:00:00.000Z' }),
    ]);
    await b.close();
  });

  it('recovers every acknowledged commit without a clean close (journal replay)', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock });
    for (let i = 0; i < 50; i++) await a.transact((tx) => tx.put('people', person(`u${i}`)));
    await a.abandon(); // no close(): as if the process was killed
    const b = await JournalStore.open({ dataDir: dir, clock });
    expect(b.all('people')).toHaveLength(50);
    await b.close();
  });

  it('drops an unfinished last journal line and keeps the rest', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock });
    await a.transact((tx) => tx.put('people', person('u1')));
    await a.abandon();
    const segment = segments(dir).at(-1)!;
    fs.appendFileSync(
      segment,
      '0123456789abcdef {"seq":2,"v":1,"at":"2026-11-23T09:00:00.000Z","puts":[["people",{"id":"u2"',
    );
    const b = await JournalStore.open({ dataDir: dir, clock });
    expect(b.get('people', 'u1')).toBeDefined();
    expect(b.get('people', 'u2')).toBeUndefined();
    await b.transact((tx) => tx.put('people', person('u3')));
    await b.close();
    const c = await JournalStore.open({ dataDir: dir, clock });
    expect(
      c
        .all('people')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['u1', 'u3']);
    await c.close();
  });

  it('refuses to open a journal damaged in the middle', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock });
    await a.transact((tx) => tx.put('people', person('u1')));
    await a.transact((tx) => tx.put('people', person('u2')));
    await a.abandon();
    const segment = segments(dir).at(-1)!;
    const lines = fs.readFileSync(segment, 'utf8').split('\n');
    lines[0] = '{broken';
    fs.writeFileSync(segment, lines.join('\n'));
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(
      /damaged or incomplete[\s\S]*line 1 has no checksum[\s\S]*npm run store:check/,
    );
  });

  it('refuses a hand-edited journal line that is still valid JSON: its checksum no longer matches', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock });
    await a.transact((tx) => {
      tx.put('people', person('u1'));
      tx.record({ type: 'case.decline', actor: 'u1', caseId: 'c1', to: 'declined' });
    });
    await a.transact((tx) => tx.put('people', person('u2')));
    await a.abandon();
    const segment = segments(dir).at(-1)!;
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('"to":"declined"', '"to":"declined!"'));
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(/line 1 fails its checksum/);
  });

  it('refuses to start without its snapshot instead of starting with less', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock, minSnapshotBytes: 500 });
    for (let i = 0; i < 20; i++) await a.transact((tx) => tx.put('people', person(`u${i}`)));
    await a.close();
    fs.rmSync(path.join(currentDir(dir), 'uthiek.json'));
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(
      /snapshot .*uthiek\.json is missing[\s\S]*--recover/,
    );
  });

  it('refuses to start when a journal segment is missing, or a snapshot was edited', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock, segmentBytes: 300 });
    for (let i = 0; i < 20; i++) await a.transact((tx) => tx.record({ type: 'test.tick', actor: 'system' }));
    await a.abandon();
    expect(segments(dir).length).toBeGreaterThan(3);
    fs.rmSync(segments(dir)[1]!);
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(/segment 00000002\.jsonl is missing/);

    const dir2 = dataDir();
    const b = await JournalStore.open({ dataDir: dir2, clock });
    await b.transact((tx) => tx.put('people', person('u1', 'nl')));
    await b.close();
    const snap = path.join(currentDir(dir2), 'uthiek.json');
    fs.writeFileSync(snap, fs.readFileSync(snap, 'utf8').replace('"locale":"nl"', '"locale":"en"'));
    await expect(JournalStore.open({ dataDir: dir2, clock })).rejects.toThrow(/snapshot .* fails its checksum/);
  });

  it('writes all or nothing: a failing transaction leaves no trace', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    await expect(
      s.transact((tx) => {
        tx.put('people', person('u1'));
        tx.record({ type: 'x', actor: 'u1' });
        throw new Error('validation failed');
      }),
    ).rejects.toThrow('validation failed');
    expect(s.get('people', 'u1')).toBeUndefined();
    expect(s.events()).toEqual([]);
    await s.close();
  });

  it('refuses a write based on an out-of-date revision (no lost update)', async () => {
    const s = await JournalStore.open({ dataDir: dataDir(), clock });
    const first = await s.transact((tx) => tx.put('people', person('u1'), { expectRev: 0 }));
    await s.transact((tx) => tx.put('people', { ...first, locale: 'en' }, { expectRev: 1 }));
    await expect(
      s.transact((tx) => tx.put('people', { ...first, locale: 'nl' }, { expectRev: 1 })),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(s.get('people', 'u1')).toMatchObject({ locale: 'en', rev: 2 });
    await expect(s.transact((tx) => tx.put('people', person('u1'), { expectRev: 0 }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await s.close();
  });

  it('hands out frozen documents so nobody edits state outside a transaction', async () => {
    const s = await JournalStore.open({ dataDir: dataDir(), clock });
    await s.transact((tx) => tx.put('people', person('u1')));
    const p = s.get('people', 'u1')!;
    expect(() => {
      (p as { locale: string }).locale = 'en';
    }).toThrow();
    await s.close();
  });

  it('snapshots and compacts the journal but keeps every audit event', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock, minSnapshotBytes: 2_000 });
    for (let i = 0; i < 200; i++) {
      await s.transact((tx) => {
        tx.put('people', person(`u${i % 10}`, i % 2 ? 'en' : 'nl'));
        tx.record({ type: 'test.tick', actor: 'system', caseId: `c${i % 3}` });
      });
    }
    await s.snapshot();
    await s.close();
    const journalText = segments(dir)
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('');
    expect(journalText).not.toContain('"puts"');
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.events()).toHaveLength(200);
    expect(t.events().map((e) => e.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(t.get('people', 'u9')).toMatchObject({ locale: 'en', rev: 20 });
    await t.close();
  });

  it('runs snapshots asked for at the same time one after the other, also beside transactions and close', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock, minSnapshotBytes: 500 });
    const write = (i: number) =>
      s.transact((tx) => {
        tx.put('people', person(`u${i % 7}`));
        tx.record({ type: 'test.tick', actor: 'system', caseId: `c${i % 3}` });
      });
    for (let i = 0; i < 20; i++) await write(i);
    // three asked for at once, with writes that start snapshots of their own in between
    await Promise.all([s.snapshot(), write(20), s.snapshot(), write(21), s.snapshot(), write(22)]);
    await Promise.all([s.snapshot(), s.close(), s.snapshot()]);
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.events().map((e) => e.seq)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(t.all('people')).toHaveLength(7);
    await t.close();
  });

  it('upgrades data written by an older schema version through the migration steps', async () => {
    const dir = dataDir();
    const old = await JournalStore.open({ dataDir: dir, clock });
    await old.transact((tx) => {
      tx.put('people', { id: 'u1', updatedAt: clock.now().toISOString() });
      tx.record({ type: 'person.seen', actor: 'u1' });
    });
    await old.close();
    const next = SCHEMA_VERSION + 1;
    const toNext: Migration = {
      to: next,
      doc: (collection, doc) => (collection === 'people' ? { ...doc, locale: 'nl' } : doc),
      event: (e) => (e.type === 'person.seen' ? { ...e, type: 'person.noticed' } : e),
    };
    const upgraded = await JournalStore.open({ dataDir: dir, clock, migrations: [toNext] });
    expect(upgraded.get('people', 'u1')).toMatchObject({ locale: 'nl' });
    expect(upgraded.events()[0]!.type).toBe('person.noticed');
    await upgraded.close();
    expect(fs.readFileSync(path.join(currentDir(dir), 'uthiek.json'), 'utf8')).toContain(`"schemaVersion":${next}`);
    // the code that only knows the current version must not silently misread newer data
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(/newer version/);
  });

  it('filters events by type and time window', async () => {
    const s = await JournalStore.open({ dataDir: dataDir(), clock });
    await s.transact((tx) => {
      tx.record({ type: 'a', actor: 'x', at: '2025-01-01T00:00:00.000Z' });
      tx.record({ type: 'b', actor: 'x', at: '2026-01-01T00:00:00.000Z' });
      tx.record({ type: 'a', actor: 'x', at: '2027-01-01T00:00:00.000Z' });
    });
    expect(s.events({ type: 'a' })).toHaveLength(2);
    expect(
      s.events({ since: '2026-01-01T00:00:00.000Z', until: '2027-01-01T00:00:00.000Z' }).map((e) => e.type),
    ).toEqual(['b']);
    await s.close();
  });
});
