import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { checkDataDir, recoverDataDir } from '../../src/store/store-check.js';
import { currentDir, dataDir, segments } from './helpers.js';

const clock = new ManualClock('2026-11-23T09:00:00Z');
const person = (id: string) => ({ id, locale: 'nl' as const, updatedAt: clock.now().toISOString() });

async function storeWith(dir: string, count: number) {
  const s = await JournalStore.open({ dataDir: dir, clock });
  for (let i = 0; i < count; i++) {
    await s.transact((tx) => {
      tx.put('people', person(`u${i}`));
      tx.record({ type: 'tick', actor: `u${i}` });
    });
  }
  await s.abandon();
}

function storeCheck(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/store-check.ts', dir, ...args], { encoding: 'utf8' });
}

describe('store:check', () => {
  it('says intact data is intact (exit 0), and names each problem of damaged data (exit 1)', async () => {
    const dir = dataDir();
    await storeWith(dir, 5);
    const ok = storeCheck(dir);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('The data is intact.');
    const segment = segments(dir).at(-1)!;
    const lines = fs.readFileSync(segment, 'utf8').split('\n');
    lines[2] = lines[2]!.replace('"u2"', '"u9"');
    fs.writeFileSync(segment, lines.join('\n'));
    const bad = storeCheck(dir);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/PROBLEM: journal\/00000001\.jsonl line 3 fails its checksum/);
    expect(bad.stdout).toContain('--recover');
  }, 30_000);

  it('--recover keeps the journal up to the first damaged line and moves the damaged generation aside', async () => {
    const dir = dataDir();
    await storeWith(dir, 10);
    const segment = segments(dir).at(-1)!;
    const lines = fs.readFileSync(segment, 'utf8').split('\n');
    lines[6] = `0000000000000000 ${lines[6]!.slice(17)}`;
    fs.writeFileSync(segment, lines.join('\n'));
    await expect(JournalStore.open({ dataDir: dir, clock })).rejects.toThrow(/line 7 fails its checksum/);
    const report = await recoverDataDir(dir, clock.now());
    expect(report.join('\n')).toMatch(
      /kept 6 journal line\(s\), 6 audit event\(s\)[\s\S]*LOST: 4 journal line\(s\) from the first damage or gap on: commits after 6, audit events after 6/,
    );
    expect((await checkDataDir(dir)).problems).toEqual([]);
    const s = await JournalStore.open({ dataDir: dir, clock });
    expect(
      s
        .all('people')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5']);
    await s.transact((tx) => tx.record({ type: 'after', actor: 'x' }));
    expect(s.events().at(-1)!.seq).toBe(7);
    await s.close();
    expect(fs.readdirSync(dir).some((f) => f.startsWith('damaged-gen-00000001-'))).toBe(true);
    expect(path.basename(currentDir(dir))).toBe('gen-00000002');
  });

  it('--recover without a snapshot keeps the audit events and says that documents are lost', async () => {
    const dir = dataDir();
    const s = await JournalStore.open({ dataDir: dir, clock });
    for (let i = 0; i < 3; i++)
      await s.transact((tx) => (tx.put('people', person(`u${i}`)), tx.record({ type: 'tick', actor: 'x' })));
    await s.close(); // the snapshot now holds the people; the journal only their events
    fs.rmSync(path.join(currentDir(dir), 'uthiek.json'));
    const report = (await recoverDataDir(dir, clock.now())).join('\n');
    expect(report).toContain('NO valid snapshot');
    const t = await JournalStore.open({ dataDir: dir, clock });
    expect(t.events()).toHaveLength(3);
    expect(t.all('people')).toHaveLength(0);
    await t.close();
  });
});
