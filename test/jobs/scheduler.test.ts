import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { createLogger } from '../../src/log.js';
import { JobScheduler } from '../../src/jobs/scheduler.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { enqueueIn } from '../../src/store/repositories/jobs.js';
import { tempDir } from '../support/temp-dir.js';

const logger = createLogger('silent');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function setup(dir?: string) {
  const t = dir ? undefined : tempDir();
  if (t) cleanups.push(t.cleanup);
  const clock = new ManualClock('2027-01-11T09:00:00Z');
  const store = await JournalStore.open({ dataDir: dir ?? t!.dir, clock });
  return {
    dir: dir ?? t!.dir,
    clock,
    store,
    jobs: new JobScheduler(store, clock, logger, { intervalMs: 3_600_000, concurrency: 4 }),
  };
}

describe('the persisted job scheduler', () => {
  it('runs a job once when it is due, not before; enqueueing the same id twice makes one job', async () => {
    const { clock, store, jobs } = await setup();
    const ran: string[] = [];
    jobs.register('k', async (job) => (ran.push(job.id), { status: 'done' }));
    await jobs.enqueue({ id: 'a', kind: 'k', dueAt: new Date('2027-01-12T09:00:00Z') });
    await jobs.enqueue({ id: 'a', kind: 'k', dueAt: new Date('2027-01-11T09:00:00Z') });
    expect(await jobs.tick()).toBe(0);
    clock.set('2027-01-12T09:00:00Z');
    expect(await jobs.tick()).toBe(1);
    expect(await jobs.tick()).toBe(0);
    expect(ran).toEqual(['a']);
    expect(store.get('jobs', 'a')).toMatchObject({ status: 'done', attempts: 1 });
    await store.close();
  });

  it('stopped in the middle of a run, then restarted: every job runs exactly once, none is lost', async () => {
    const first = await setup();
    const runs = new Map<string, number>();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let allRunning!: () => void;
    const fourRunning = new Promise<void>((r) => (allRunning = r));
    const handler = async (job: { id: string }) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      if (runs.size === 4) allRunning();
      await gate;
      return { status: 'done' as const };
    };
    first.jobs.register('send', handler);
    for (let i = 0; i < 20; i++)
      await first.store.transact((tx) =>
        enqueueIn(tx, { id: `j${i}`, kind: 'send', dueAt: first.clock.now() }, first.clock.now()),
      );
    const running = first.jobs.tick();
    await fourRunning; // as many as run at once (concurrency 4)
    const stopped = first.jobs.stop(); // waits for the 4 running jobs, starts no new one
    release();
    await Promise.all([running, stopped]);
    await first.store.close();
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    const afterFirst = runs.size;
    expect(afterFirst).toBeLessThan(20);

    const second = await setup(first.dir);
    second.jobs.register('send', handler);
    await second.jobs.start();
    await second.jobs.tick();
    await second.jobs.stop();
    expect(runs.size).toBe(20);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(second.store.find('jobs', (j) => j.status !== 'done')).toEqual([]);
    await second.store.close();
  });

  it('after a crash, a job left running is not repeated blindly, unless its kind says a retry is harmless', async () => {
    const first = await setup();
    await first.store.transact((tx) => {
      enqueueIn(tx, { id: 'send-1', kind: 'send', dueAt: first.clock.now() }, first.clock.now());
      enqueueIn(tx, { id: 'plan-1', kind: 'plan', dueAt: first.clock.now() }, first.clock.now());
    });
    await first.store.transact((tx) => {
      for (const id of ['send-1', 'plan-1']) tx.put('jobs', { ...tx.get('jobs', id)!, status: 'running', attempts: 1 });
    });
    await first.store.abandon(); // no close(): the process died
    const second = await setup(first.dir);
    const ran: string[] = [];
    second.jobs.register('send', async (j) => (ran.push(j.id), { status: 'done' }));
    second.jobs.register('plan', async (j) => (ran.push(j.id), { status: 'done' }), 'retry');
    await second.jobs.start();
    await second.jobs.tick();
    await second.jobs.stop();
    expect(ran).toEqual(['plan-1']);
    expect(second.store.get('jobs', 'send-1')).toMatchObject({
      status: 'unknown',
      lastError: 'interrupted by a restart',
    });
    await second.store.close();
  });

  it('a retry outcome waits, a thrown error is retried later, and it gives up after the maximum attempts', async () => {
    const { clock, store } = await setup();
    const jobs = new JobScheduler(store, clock, logger, { intervalMs: 3_600_000, maxAttempts: 3 });
    let calls = 0;
    jobs.register('flaky', async () => {
      calls++;
      throw new Error('connector down');
    });
    await jobs.enqueue({ id: 'f', kind: 'flaky', dueAt: clock.now() });
    await jobs.tick();
    expect(store.get('jobs', 'f')).toMatchObject({ status: 'pending', lastError: 'connector down' });
    await jobs.tick();
    expect(calls).toBe(1); // not due again yet
    for (let i = 0; i < 5; i++) {
      clock.advance(10 * 60_000);
      await jobs.tick();
    }
    expect(calls).toBe(3);
    expect(store.get('jobs', 'f')).toMatchObject({ status: 'failed' });
    await store.close();
  });
});
