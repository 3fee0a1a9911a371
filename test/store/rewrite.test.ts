import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { CaseRecord } from '../../src/domain/case/case.js';
import { Cases } from '../../src/store/repositories/cases.js';
import { realDisk, type DiskIo } from '../../src/store/files.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { draftCase } from '../support/case-record.js';
import { currentDir, dataDir, everythingUnder } from './helpers.js';

const clock = new ManualClock('2026-11-23T09:00:00Z');
const person = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  locale: 'nl' as const,
  updatedAt: clock.now().toISOString(),
  ...extra,
});
const dropPeople = (prefix: string) => ({
  doc: (collection: string, doc: { id: string }) => (collection === 'people' && doc.id.startsWith(prefix) ? null : doc),
});

const newCase = (id: string, by: string): CaseRecord =>
  draftCase({ id, createdAt: clock.now().toISOString(), createdBy: by });

/** Disk writes that fail (as on a full disk, half written) for files whose path matches. */
function failingDisk(): DiskIo & { failOn: RegExp | undefined } {
  return {
    failOn: undefined,
    async writeNew(file, data) {
      if (this.failOn?.test(file)) {
        await realDisk.writeNew(file, data.slice(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }
      return realDisk.writeNew(file, data);
    },
  };
}

describe('history rewrites (erasure, retention) never lose or un-acknowledge a write', () => {
  it('writes acknowledged after a rewrite survive a crash and a clean stop; no case number is handed out twice', async () => {
    const dir = dataDir();
    const a = await JournalStore.open({ dataDir: dir, clock });
    const cases = new Cases(a, clock, 'Europe/Amsterdam');
    for (let i = 0; i < 3; i++)
      await cases.create(
        (id) => newCase(id, `u${i}`),
        () => [{ type: 'case.created', actor: `u${i}` }],
      );
    await a.transact((tx) => tx.put('people', person('erase-me')));
    await a.rewriteHistory(dropPeople('erase-'));
    for (let i = 3; i < 6; i++)
      await cases.create(
        (id) => newCase(id, `u${i}`),
        () => [{ type: 'case.created', actor: `u${i}` }],
      );
    await a.abandon(); // SIGKILL

    const b = await JournalStore.open({ dataDir: dir, clock });
    expect(
      b
        .all('cases')
        .map((c) => c.id)
        .sort(),
    ).toEqual(['UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004', 'UTH-2026-005', 'UTH-2026-006']);
    expect(b.events({ type: 'case.created' })).toHaveLength(6);
    const created = await new Cases(b, clock, 'Europe/Amsterdam').create(
      (id) => newCase(id, 'u7'),
      () => [],
    );
    expect(created.id).toBe('UTH-2026-007');
    await b.rewriteHistory(dropPeople('nobody-'));
    await b.transact((tx) => tx.record({ type: 'after.second.rewrite', actor: 'x' }));
    await b.close();

    const c = await JournalStore.open({ dataDir: dir, clock });
    expect(c.all('cases')).toHaveLength(7);
    expect(c.events({ type: 'after.second.rewrite' })).toHaveLength(1);
    expect(c.events().map((e) => e.seq)).toEqual(Array.from({ length: c.events().length }, (_, i) => i + 1));
    await c.close();
  });

  it('transactions that arrive during a rewrite wait for it and are kept; the rewrite does not see them', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    for (let i = 0; i < 50; i++) await s.transact((tx) => tx.put('people', person(`old-${i}`)));
    const rewrite = s.rewriteHistory({ ...dropPeople('old-'), record: [{ type: 'person.erased', actor: 'm1' }] });
    const during = Array.from({ length: 20 }, (_, i) =>
      s.transact((tx) => {
        tx.put('people', person(`old-new-${i}`));
        tx.record({ type: 'during', actor: 'x' });
      }),
    );
    await Promise.all([rewrite, ...during]);
    expect(
      s
        .all('people')
        .map((p) => p.id)
        .sort(),
    ).toEqual(Array.from({ length: 20 }, (_, i) => `old-new-${i}`).sort());
    // the rewrite's own event comes before the ones that waited
    expect(s.events().map((e) => e.type)).toEqual(['person.erased', ...Array.from({ length: 20 }, () => 'during')]);
    await s.abandon();
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.all('people')).toHaveLength(20);
    expect(t.events()).toHaveLength(21);
    await t.close();
  });

  it('leaves nothing of the rewritten values anywhere in the data directory, and no old generation', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock, minSnapshotBytes: 200 });
    await s.transact((tx) => tx.put('people', person('erase-1', { teamsUserId: '29:Zeldzame-Naam' })));
    for (let i = 0; i < 20; i++) await s.transact((tx) => tx.put('people', person(`keep-${i}`)));
    await s.snapshot();
    expect(everythingUnder(dir)).toContain('Zeldzame-Naam');
    await s.rewriteHistory(dropPeople('erase-'));
    expect(everythingUnder(dir)).not.toContain('Zeldzame-Naam');
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('gen-'))).toEqual([path.basename(currentDir(dir))]);
    await s.close();
    expect(everythingUnder(dir)).not.toContain('Zeldzame-Naam');
  });

  for (const [step, failOn] of [
    ['writing the new journal', /gen-00000002\/journal\/00000001\.jsonl$/],
    ['writing the new snapshot', /gen-00000002\/uthiek\.json\.tmp$/],
    ['switching CURRENT', /CURRENT\.tmp$/],
  ] as const) {
    it(`a rewrite that fails while ${step} changes nothing, in memory or on disk`, async () => {
      const dir = dataDir();
      const io = failingDisk();
      const s = await JournalStore.open({ dataDir: dir, clock, io });
      for (let i = 0; i < 5; i++) await s.transact((tx) => tx.put('people', person(`erase-${i}`)));
      io.failOn = failOn;
      await expect(s.rewriteHistory(dropPeople('erase-'))).rejects.toThrow(/ENOSPC/);
      io.failOn = undefined;
      expect(s.all('people')).toHaveLength(5);
      await s.transact((tx) => tx.put('people', person('after')));
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('gen-') || f.endsWith('.tmp'))).toEqual(['gen-00000001']);
      await s.abandon();
      const t = await JournalStore.open({ dataDir: dir, clock });
      expect(t.all('people')).toHaveLength(6);
      await t.rewriteHistory(dropPeople('erase-'));
      expect(t.all('people').map((p) => p.id)).toEqual(['after']);
      await t.close();
    });
  }

  it('a crash after the switch keeps the new generation; the old one is removed at the next start', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    await s.transact((tx) => tx.put('people', person('erase-1', { teamsUserId: '29:Zeldzame-Naam' })));
    await s.abandon();
    fs.cpSync(path.join(dir, 'gen-00000001'), path.join(dir, 'old-copy'), { recursive: true });
    const t = await JournalStore.open({ dataDir: dir, clock });
    await t.rewriteHistory(dropPeople('erase-'));
    await t.abandon();
    // as if the crash came before the old generation was removed
    fs.renameSync(path.join(dir, 'old-copy'), path.join(dir, 'gen-00000001'));
    const u = await JournalStore.open({ dataDir: dir, clock });
    expect(u.get('people', 'erase-1')).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'gen-00000001'))).toBe(false);
    await u.close();
    expect(everythingUnder(dir)).not.toContain('Zeldzame-Naam');
  });

  it('a crash while the new generation is written (before the switch) keeps the old one whole', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    await s.transact((tx) => tx.put('people', person('u1')));
    await s.abandon();
    // a half-written next generation, as a crash in the middle of a rewrite leaves it
    fs.mkdirSync(path.join(dir, 'gen-00000002', 'journal'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'gen-00000002', 'journal', '00000001.jsonl'), 'half a li');
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.get('people', 'u1')).toBeDefined();
    expect(fs.existsSync(path.join(dir, 'gen-00000002'))).toBe(false);
    await t.close();
  });
});
