import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case/case.js';
import { ManualClock } from '../../src/domain/clock.js';
import { computeReport } from '../../src/domain/report/compute.js';
import { CaseIndex } from '../../src/store/case-index.js';
import { Cases } from '../../src/store/repositories/cases.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { Reports } from '../../src/store/reports.js';
import type { AuditEvent, CommittedChange, Projection, Stored } from '../../src/store/store.js';
import { draftCase } from '../support/case-record.js';
import { dataDir } from './helpers.js';

const clock = new ManualClock('2026-03-02T09:00:00Z');

const newCase = (id: string, by: string, state: CaseRecord['state'] = 'intake', leadId = by): CaseRecord =>
  draftCase({ id, state, createdAt: clock.now().toISOString(), createdBy: by, leadId });

/** A projection that remembers what it was told: the events, and the case ids it holds. */
class Recorder implements Projection {
  events: AuditEvent[] = [];
  cases = new Set<string>();
  resets = 0;
  failNext = false;

  reset(): void {
    this.resets++;
    this.events = [];
    this.cases.clear();
  }

  apply(change: CommittedChange): void {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('projection broke');
    }
    for (const [collection, doc] of change.puts) if (collection === 'cases') this.cases.add((doc as Stored).id);
    for (const [collection, id] of change.dels) if (collection === 'cases') this.cases.delete(id);
    this.events.push(...change.events);
  }
}

describe('projections the store keeps current', () => {
  it('see every commit, are rebuilt after a history rewrite, and are built the same at open as when attached later', async () => {
    const dir = dataDir();
    const store = await JournalStore.open({ dataDir: dir, clock });
    const late = new Recorder();
    store.project(late);
    expect(late.resets).toBe(1);
    await store.transact((tx) => {
      tx.put('cases', newCase('UTH-1', 'a'));
      tx.record({ type: 'case.created', actor: 'a', caseId: 'UTH-1' });
    });
    await store.transact((tx) => tx.record({ type: 'case.submit', actor: 'b', caseId: 'UTH-1' }));
    expect(late.events.map((e) => e.type)).toEqual(['case.created', 'case.submit']);
    expect([...late.cases]).toEqual(['UTH-1']);

    // a history rewrite changes events: the projection starts over from the rewritten store
    await store.rewriteHistory({
      event: (e) => ({ ...e, actor: 'anonymised' }),
      record: [{ type: 'person.erased', actor: 'x' }],
    });
    expect(late.resets).toBe(2);
    expect(late.events.map((e) => [e.type, e.actor])).toEqual([
      ['case.created', 'anonymised'],
      ['case.submit', 'anonymised'],
      ['person.erased', 'x'],
    ]);
    await store.transact((tx) => tx.delete('cases', 'UTH-1'));
    expect(late.cases.size).toBe(0);
    await store.abandon();

    const atOpen = new Recorder();
    const reopened = await JournalStore.open({ dataDir: dir, clock, projections: [atOpen] });
    const attached = new Recorder();
    reopened.project(attached);
    expect(atOpen.events).toEqual(attached.events);
    expect(atOpen.events).toEqual(reopened.events());
    expect(atOpen.cases).toEqual(attached.cases);
    await reopened.close();
  });

  it('a projection that fails on a commit does not fail the commit; it is rebuilt from everything', async () => {
    const store = await JournalStore.open({ dataDir: dataDir(), clock });
    const p = new Recorder();
    store.project(p);
    await store.transact((tx) => tx.record({ type: 'one', actor: 'a' }));
    p.failNext = true;
    await expect(store.transact((tx) => tx.record({ type: 'two', actor: 'a' }))).resolves.toMatchObject({
      type: 'two',
      seq: 2,
    });
    expect(store.events().map((e) => e.type)).toEqual(['one', 'two']);
    expect(p.events.map((e) => e.type)).toEqual(['one', 'two']);
    await store.close();
  });
});

describe('the case index behind "mijn zaken" and "zaken"', () => {
  it('finds the same cases as a scan of every case, as cases are created, change hands, close and go', async () => {
    const dir = dataDir();
    const store = await JournalStore.open({ dataDir: dir, clock });
    const cases = new Cases(store, clock, 'Europe/Amsterdam');
    const people = ['a', 'b', 'c'];
    const scan = (person: string) =>
      store
        .all('cases')
        .filter((c) => c.createdBy === person || c.leadId === person)
        .map((c) => c.id)
        .sort();
    const check = (c: Cases) => {
      for (const person of people)
        expect(
          c
            .forPerson(person)
            .map((x) => x.id)
            .sort(),
        ).toEqual(scan(person));
      expect(
        c
          .open()
          .map((x) => x.id)
          .sort(),
      ).toEqual(
        store
          .all('cases')
          .filter((x) => !['closed', 'abandoned', 'declined', 'duplicate', 'cancelled'].includes(x.state))
          .map((x) => x.id)
          .sort(),
      );
      // the registered cases' names, in the order a scan gives them
      expect(c.named()).toEqual(
        store
          .all('cases')
          .filter((x) => x.state !== 'intake' && x.state !== 'duplicate' && !x.anonymisedAt)
          .map((x) => ({ id: x.id, projectName: x.intake.projectName })),
      );
    };
    for (let i = 0; i < 6; i++) {
      clock.advance(60_000);
      await store.transact((tx) =>
        tx.put('cases', newCase(`UTH-${i}`, people[i % 3]!, i % 2 ? 'submitted' : 'intake')),
      );
    }
    check(cases);
    await store.transact((tx) => tx.put('cases', { ...tx.get('cases', 'UTH-1')!, leadId: 'c', state: 'closed' }));
    await store.transact((tx) =>
      tx.put('cases', { ...tx.get('cases', 'UTH-3')!, intake: { projectName: 'Slimme lantaarnpalen' } }),
    );
    await store.transact((tx) => tx.put('cases', { ...tx.get('cases', 'UTH-0')!, state: 'submitted' }));
    await store.transact((tx) => tx.put('cases', { ...tx.get('cases', 'UTH-5')!, state: 'duplicate' }));
    await store.transact((tx) => tx.delete('cases', 'UTH-2'));
    check(cases);
    // most recently changed first
    clock.advance(60_000);
    await store.transact((tx) =>
      tx.put('cases', { ...tx.get('cases', 'UTH-0')!, updatedAt: clock.now().toISOString() }),
    );
    expect(cases.forPerson('a').map((c) => c.id)).toEqual(['UTH-0', 'UTH-3']);
    await store.rewriteHistory({
      doc: (collection, doc) => (collection === 'cases' && doc.id === 'UTH-4' ? null : doc),
    });
    check(cases);
    await store.abandon();

    const index = new CaseIndex();
    const reopened = await JournalStore.open({ dataDir: dir, clock, projections: [index] });
    check(new Cases(reopened, clock, 'Europe/Amsterdam', index));
    await reopened.close();
  });
});

describe('reports from the projection', () => {
  it("are the full computation over the store's events, now and for a past date, also after a reopen", async () => {
    const dir = dataDir();
    const store = await JournalStore.open({ dataDir: dir, clock });
    const reports = new Reports(() => store.all('cases'));
    store.project(reports);
    const at = (day: string) => `2026-${day}T10:00:00.000Z`;
    await store.transact((tx) => {
      tx.put('cases', {
        ...newCase('UTH-1', 'a', 'follow-up'),
        advice: [
          { id: 'a1', text: 'x', values: ['privacy'], dueDate: '2026-03-01', status: 'open', unansweredNudges: 0 },
        ],
      });
      tx.record({ type: 'case.created', actor: 'a', caseId: 'UTH-1', at: at('01-05') });
      tx.record({ type: 'case.submit', actor: 'a', caseId: 'UTH-1', at: at('01-06') });
      tx.record({ type: 'case.accept', actor: 'h', caseId: 'UTH-1', at: at('01-08'), data: { impact: 'high' } });
      tx.record({
        type: 'case.record-assessment',
        actor: 'h',
        caseId: 'UTH-1',
        at: at('02-10'),
        data: { heldAt: at('02-09'), panelPresent: ['p1'], dpiaStatus: 'done', algorithm: true },
      });
      tx.record({ type: 'signal.detected', actor: 'system', at: at('01-02'), data: { signalId: 's1' } });
    });
    // issue 15: the decision chased and reviewed, a case withdrawn, one cancelled after its assessment
    await store.transact((tx) => {
      const on = (type: string, caseId: string, day: string, data?: AuditEvent['data']) =>
        tx.record({ type, actor: 'h', caseId, at: at(day), ...(data ? { data } : {}) });
      on('nudge.escalated', 'UTH-1', '02-24', { itemId: 'decision', level: 'handler' });
      on('decision.recorded', 'UTH-1', '02-25', { overall: 'not' });
      on('review.opened', 'UTH-1', '02-25', { reviewId: 'r1', kind: 'decision', itemIds: ['a1'] });
      on('review.escalated', 'UTH-1', '02-27', { reviewId: 'r1', level: 'dr', levelName: 'Directieraad' });
      on('advice.snoozed', 'UTH-1', '02-27', { itemId: 'a1', until: 'month', untilAt: at('03-27') });
      tx.put('cases', newCase('UTH-2', 'b', 'abandoned'));
      on('case.created', 'UTH-2', '01-10');
      on('case.abandon', 'UTH-2', '01-12', { by: 'lead' });
      tx.put('cases', newCase('UTH-3', 'c', 'cancelled'));
      on('case.accept', 'UTH-3', '01-15', { impact: 'low' });
      on('case.hold-outside', 'UTH-3', '01-20', { heldAt: at('01-19'), panelPresent: [], algorithm: false });
      on('case.cancel', 'UTH-3', '01-22', { reason: 'stopped' });
    });
    // issue 16: an urgent planning without an accepted panel member, a DPIA recorded later, imported history
    await store.transact((tx) => {
      const on = (type: string, caseId: string, day: string, data?: AuditEvent['data']) =>
        tx.record({ type, actor: 'h', caseId, at: at(day), ...(data ? { data } : {}) });
      on('case.schedule', 'UTH-1', '01-20', { urgent: true, highImpact: true, panelAccepted: false });
      on('dpia.recorded', 'UTH-1', '02-20', { status: 'done', date: '2026-02-15' });
      tx.put('cases', newCase('UTH-4', 'd', 'closed'));
      on('case.imported', 'UTH-4', '03-01', { heldAt: '2025-11-03', impact: 'high', panel: true });
      on('case.accept', 'UTH-3', '01-16', { impact: 'low', lowered: true });
    });
    const expected = (asOf: string) => computeReport(store.events(), store.all('cases'), { asOf, year: 2026 });
    for (const asOf of ['2026-07-01T00:00:00Z', '2026-02-26T00:00:00Z', '2026-02-01T00:00:00Z', '2026-01-07T00:00:00Z'])
      expect(await reports.report({ asOf, year: 2026 })).toEqual(expected(asOf));
    expect((await reports.report({ asOf: '2026-07-01T00:00:00Z', year: 2026 })).advice.overdue.ids).toEqual([
      'UTH-1/a1',
    ]);
    const { assessments, followThrough } = await reports.report({ asOf: '2026-07-01T00:00:00Z', year: 2026 });
    expect(assessments.held.caseIds).toEqual(['UTH-1', 'UTH-3']);
    expect([followThrough.withdrawn.caseIds, followThrough.cancelled.caseIds]).toEqual([['UTH-2'], ['UTH-3']]);
    expect(followThrough.escalatedToHandler.ids).toEqual(['UTH-1/decision']);
    expect(followThrough.reviewsEscalated.map((r) => r.level)).toEqual(['Directieraad']);
    expect(followThrough.snoozedPastDue.ids).toEqual(['UTH-1/a1']);
    const { planning, dpia } = await reports.report({ asOf: '2026-07-01T00:00:00Z', year: 2026 });
    expect([planning.urgent.caseIds, planning.panelOverride.caseIds, planning.impactLowered.caseIds]).toEqual([
      ['UTH-1'],
      ['UTH-1'],
      ['UTH-3'],
    ]);
    expect(dpia.doneAfter.caseIds).toEqual(['UTH-1']);
    expect((await reports.report({ asOf: '2026-07-01T00:00:00Z', year: 2025 })).assessments.held.caseIds).toEqual([
      'UTH-4',
    ]);
    await store.close();

    const again = new Reports(() => reopened.all('cases'));
    const reopened = await JournalStore.open({ dataDir: dir, clock, projections: [again] });
    expect(await again.report({ asOf: '2026-07-01T00:00:00Z', year: 2026 })).toEqual(expected('2026-07-01T00:00:00Z'));
    await reopened.close();
  });
});
