import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case/case.js';
import { CASE_STATES, type CaseState } from '../../src/domain/case/lifecycle.js';
import { ManualClock } from '../../src/domain/clock.js';
import { byQueueOrder, inQueue } from '../../src/domain/case/queue.js';
import { CaseIndex } from '../../src/store/case-index.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { Cases } from '../../src/store/repositories/cases.js';
import { caseRecord } from '../support/case-record.js';
import { dataDir } from './helpers.js';

const clock = new ManualClock('2026-03-02T09:00:00Z');
// few moments, so that cases often share state and submission time (their order is then the order written)
const MOMENTS = ['2026-01-05T09:00:00.000Z', '2026-01-05T10:00:00.000Z', '2026-02-01T08:30:00.000Z'];

const record = (id: string, state: CaseState, submittedAt: string | undefined): CaseRecord =>
  caseRecord({ id, state, createdBy: 'a', ...(submittedAt ? { submittedAt } : {}) });

type Op =
  | { kind: 'put'; n: number; state: CaseState; moment: number }
  | { kind: 'delete'; n: number }
  | { kind: 'rewrite'; n: number }
  | { kind: 'ask' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      n: fc.integer({ min: 0, max: 12 }),
      state: fc.constantFrom(...CASE_STATES),
      moment: fc.integer({ min: -1, max: MOMENTS.length - 1 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 0, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rewrite' as const), n: fc.integer({ min: 0, max: 12 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'ask' as const }) },
);

/** The queue as "zaken" made it before it was kept in order: a stable sort of the open cases, in the index's order. */
const sortedNow = (cases: Cases) => cases.open().filter(inQueue).sort(byQueueOrder);

describe("Team Uthiek's queue, kept in order as cases are written (issue 17: zaken without a sort per call)", () => {
  it('is always the stable sort of the open cases past intake, also for equal ones, after deletes, rewrites and a reopen', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
        const dir = dataDir();
        const store = await JournalStore.open({ dataDir: dir, clock });
        const cases = new Cases(store, clock, 'Europe/Amsterdam');
        for (const o of ops) {
          const id = o.kind === 'ask' ? '' : `UTH-${o.n}`;
          const version = cases.queueVersion();
          const queuedBefore = (store.get('cases', id) && inQueue(store.get('cases', id)!)) ?? false;
          if (o.kind === 'put')
            await store.transact((tx) =>
              tx.put('cases', record(id, o.state, o.moment < 0 ? undefined : MOMENTS[o.moment])),
            );
          else if (o.kind === 'delete') {
            if (store.get('cases', id)) await store.transact((tx) => tx.delete('cases', id));
          } else if (o.kind === 'rewrite')
            await store.rewriteHistory({ doc: (c, doc) => (c === 'cases' && doc.id === id ? null : doc) });
          else expect(cases.queue().map((c) => c.id)).toEqual(sortedNow(cases).map((c) => c.id));
          // the version moves when a case entered, changed in or left the queue, and only then (or at a rebuild)
          const queuedAfter = (store.get('cases', id) && inQueue(store.get('cases', id)!)) ?? false;
          if (o.kind === 'put' || o.kind === 'delete') {
            expect(cases.queueVersion() !== version).toBe(queuedBefore || queuedAfter);
            // and which case changed it (what a triage card's possible duplicates are brought up to date with)
            expect(cases.queueChangesSince(version)).toEqual(new Set(queuedBefore || queuedAfter ? [id] : []));
          }
          // a history rewrite builds the index again: what changed before it is not known
          if (o.kind === 'rewrite') expect(cases.queueChangesSince(version)).toBeUndefined();
        }
        expect(cases.queue().map((c) => c.id)).toEqual(sortedNow(cases).map((c) => c.id));
        // its documents are the stored ones
        for (const c of cases.queue()) expect(c).toBe(store.get('cases', c.id));
        await store.abandon();
        const index = new CaseIndex();
        const reopened = await JournalStore.open({ dataDir: dir, clock, projections: [index] });
        const again = new Cases(reopened, clock, 'Europe/Amsterdam', index);
        expect(again.queue().map((c) => c.id)).toEqual(sortedNow(again).map((c) => c.id));
        await reopened.close();
      }),
      { numRuns: 40 },
    );
  });

  it('remembers which cases changed it only so far back: older versions are not known', () => {
    const index = new CaseIndex();
    const put = (n: number) =>
      index.apply({ puts: [['cases', record(`UTH-${n % 7}`, 'submitted', MOMENTS[0])]], dels: [], events: [] });
    const start = index.queueVersion();
    for (let n = 0; n < 3; n++) put(n);
    expect(index.queueChangesSince(start)).toEqual(new Set(['UTH-0', 'UTH-1', 'UTH-2']));
    for (let n = 3; n < 2000; n++) put(n);
    expect(index.queueChangesSince(start)).toBeUndefined();
    const recent = index.queueVersion() - 4;
    expect(index.queueChangesSince(recent)?.size).toBeGreaterThan(0);
    expect(index.queueChangesSince(index.queueVersion())).toEqual(new Set());
  });
});
