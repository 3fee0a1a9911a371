import { afterEach, describe, expect, it } from 'vitest';
import { nextLook, planJob, policyOf, sweepJobs } from '../../src/app/followup.js';
import { loadConfig } from '../../src/config/env.js';
import type { CaseRecord } from '../../src/domain/case/case.js';
import { ManualClock } from '../../src/domain/clock.js';
import { chasedOf } from '../../src/domain/followup/index.js';
import { JobScheduler } from '../../src/jobs/scheduler.js';
import { createLogger } from '../../src/log.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { createRepositories } from '../../src/store/repositories/index.js';
import type { JobSpec } from '../../src/store/repositories/jobs.js';
import { caseRecord } from '../../bench/support/store-fixtures.js';
import { tempDir } from '../support/temp-dir.js';

const CASES = 600;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Many generated cases in every state; some assessed ones wait for a decision, some items are snoozed or settled. */
function generated(n: number): CaseRecord {
  const c = caseRecord(n, CASES);
  if (c.state === 'assessed' && n % 3 !== 0)
    return { ...c, decisionChase: { dueDate: '2026-11-20', unansweredNudges: n % 4 } };
  if (n % 7 === 0) return { ...c, advice: c.advice.map((i) => ({ ...i, snoozedUntil: '2027-02-01' })) };
  return c;
}

async function setup(dir?: string) {
  const t = dir ? undefined : tempDir();
  if (t) cleanups.push(t.cleanup);
  const dataDir = dir ?? t!.dir;
  const clock = new ManualClock('2026-12-07T09:00:00Z');
  const store = await JournalStore.open({ dataDir, clock });
  const repos = createRepositories(store, clock, 'Europe/Amsterdam');
  const jobs = new JobScheduler(store, clock, createLogger('silent'), { intervalMs: 3_600_000 });
  const deps = { config: loadConfig({ DATA_DIR: dataDir }), cases: repos.cases, jobs };
  return { dataDir, clock, store, deps };
}

type Deps = Awaited<ReturnType<typeof setup>>['deps'];

/** The sweep as it was before issue 17's work: one synchronous pass over every case. */
function oldSweep(deps: Deps, now: Date): JobSpec[] {
  const pending = new Set(deps.jobs.open('followup.plan').map((j) => String(j.payload.caseId)));
  const jobs: JobSpec[] = [];
  for (const c of deps.cases.all((x) => chasedOf(x).length > 0 && !pending.has(x.id))) {
    const at = nextLook(c, now, policyOf(deps));
    if (at) jobs.push(planJob(c, at));
  }
  const tomorrow = new Date(now.getTime() + 86_400_000);
  jobs.push({ id: `followup.sweep:${tomorrow.toISOString().slice(0, 10)}`, kind: 'followup.sweep', dueAt: tomorrow });
  return jobs;
}

const summary = (jobs: JobSpec[]) => jobs.map((j) => `${j.id} ${j.dueAt.toISOString()}`).sort();

async function withCases(deps: Deps, store: JournalStore) {
  for (let i = 0; i < CASES; i += 100)
    await store.transact((tx) => {
      for (let n = i; n < i + 100; n++) tx.put('cases', generated(n));
    });
  // some cases still have their plan: the sweep leaves them alone
  const planned = deps.cases.chasedIds().filter((_, i) => i % 5 === 0);
  await deps.jobs.enqueue(...planned.map((id) => planJob(deps.cases.get(id)!, new Date('2026-12-08T08:00:00Z'))));
}

describe('the follow-up sweep (issue 17: only the cases that chase something, in slices)', () => {
  it('queues the same plans as one pass over every case, on many generated cases, also after a restart', async () => {
    const { dataDir, clock, store, deps } = await setup();
    await withCases(deps, store);
    const all = deps.cases.all();
    expect(deps.cases.chasedIds().sort()).toEqual(
      all
        .filter((c) => chasedOf(c).length > 0)
        .map((c) => c.id)
        .sort(),
    );
    const expected = summary(oldSweep(deps, clock.now()));
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.some((j) => j.startsWith('followup.plan:') && j.includes('2027-02-0'))).toBe(true);
    expect(summary(await sweepJobs(deps, clock.now()))).toEqual(expected);
    await store.close();

    // the index is built again from what the store reads at start
    const again = await setup(dataDir);
    expect(summary(await sweepJobs(again.deps, again.clock.now()))).toEqual(expected);
    await again.store.close();
  });

  it('gives what one pass over every case gives at its end when cases and plans change between its slices', async () => {
    const { clock, store, deps } = await setup();
    await withCases(deps, store);
    const order = deps.cases.chasedIds();
    const unplanned = order.filter((_, i) => i % 5 !== 0);
    const half = Math.floor(order.length / 2);
    const seen = (id: string) => order.indexOf(id) < half;
    const visited = unplanned.filter(seen);
    const ahead = unplanned.filter((id) => !seen(id));
    let pauses = 0;
    const change = async () => {
      const close = (id: string) =>
        deps.cases.update(id, undefined, (c) => ({ next: { ...c, state: 'closed' as const }, events: [] }));
      const answer = (id: string) =>
        deps.cases.update(id, undefined, (c) => ({
          next: c.decisionChase
            ? { ...c, decisionChase: { ...c.decisionChase, snoozedUntil: '2027-03-01' } }
            : { ...c, advice: c.advice.map((i) => ({ ...i, snoozedUntil: '2027-03-01' })) },
          events: [],
        }));
      await close(visited[0]!); // looked at, then closed
      await answer(visited[1]!); // looked at, then answered: its next look moves
      await deps.jobs.enqueue(planJob(deps.cases.get(visited[2]!)!, new Date('2026-12-09T08:00:00Z'))); // planned by its own change
      await close(ahead[0]!); // closed before its turn
      await answer(ahead[1]!);
      await deps.jobs.enqueue(planJob(deps.cases.get(ahead[2]!)!, new Date('2026-12-09T08:00:00Z')));
      // a case that starts chasing meanwhile is planned by the change itself, in the same transaction
      const fresh = deps.cases.all(
        (c) => c.state === 'closed' && chasedOf({ ...c, state: 'follow-up' }).length > 0,
      )[0]!;
      await deps.cases.update(fresh.id, undefined, (c) => {
        const next = { ...c, state: 'follow-up' as const };
        return { next, events: [], jobs: [planJob(next, nextLook(next, clock.now(), policyOf(deps))!)] };
      });
    };
    const pause = async () => {
      if (++pauses === half) await change();
    };
    const swept = await sweepJobs(deps, clock.now(), { sliceMs: 0, pause });
    expect(pauses).toBe(order.length);
    const expected = summary(oldSweep(deps, clock.now()));
    expect(summary(swept)).toEqual(expected);
    const ids = swept.map((j) => String(j.payload?.caseId));
    for (const id of [visited[0], visited[2], ahead[0], ahead[2]]) expect(ids).not.toContain(id);
    expect(ids).toContain(visited[1]);
    expect(swept.find((j) => j.payload?.caseId === visited[1])!.dueAt.toISOString()).toMatch(/^2027-03-01/);
    await store.close();
  });
});
