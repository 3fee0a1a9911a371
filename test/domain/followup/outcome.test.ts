import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import {
  closeManually,
  hasAlgorithm,
  recordDecision,
  recordOutcome,
  resolveReview,
  updateItems,
} from '../../../src/domain/followup/outcome.js';
import { caseRecord } from '../../support/case-record.js';

const now = new Date('2026-12-01T10:00:00Z');
const scheduled = caseRecord({
  state: 'scheduled',
  createdAt: now.toISOString(),
  createdBy: 'lead',
  intake: { projectName: 'P', technologies: ['algorithm-ai'], dpiaStatus: 'done' },
  schedule: {
    slot: { start: '2026-12-01T09:00:00Z', end: '2026-12-01T10:30:00Z' },
    participants: [],
    uid: 'u',
    sequence: 0,
    confirmedAt: '2026-11-01T09:00:00Z',
    confirmedBy: 'm',
  },
});
const items = [
  { id: 'a1', text: 'Een', values: ['privacy'], ownerId: 'lead', dueDate: '2027-01-10' },
  { id: 'a2', text: 'Twee', values: ['autonomie'], ownerName: 'Olga', dueDate: '2027-02-10' },
];

describe('outcome, decision and closing', () => {
  it('assessed only with advice items and a report link; the event carries what reports need', () => {
    expect(() =>
      recordOutcome(scheduled, {
        actor: 'm',
        now,
        heldAt: '2026-12-01',
        reportUrl: 'https://x/r.pdf',
        panelPresent: [],
        items: [],
        decisionDue: '2026-12-08',
      }),
    ).toThrow();
    expect(() =>
      recordOutcome(scheduled, {
        actor: 'm',
        now,
        heldAt: '2026-12-01',
        reportUrl: 'http://x',
        panelPresent: [],
        items,
        decisionDue: '2026-12-08',
      }),
    ).toThrow();
    const r = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: ['p1'],
      items,
      decisionDue: '2026-12-08',
    });
    expect(r.next.state).toBe('assessed');
    expect(r.next.decisionChase).toEqual({ dueDate: '2026-12-08', unansweredNudges: 0 });
    expect(r.next.advice.map((a) => a.status)).toEqual(['open', 'open']);
    expect(r.events[0]!.data).toEqual({
      heldAt: '2026-12-01',
      adviceCount: 2,
      panelPresent: ['p1'],
      panelWritten: [],
      noPanel: false,
      dpiaStatus: 'done',
      dpiaDate: null,
      algorithm: true,
    });
    expect(hasAlgorithm(scheduled)).toBe(true);
  });

  it('high impact: a panel member takes part (present or in writing), or the reason why none did is recorded', () => {
    const high: CaseRecord = { ...scheduled, triage: { suggestedImpact: 'high', impact: 'high', requests: [] } };
    const base = {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      items,
      decisionDue: '2026-12-08',
    };
    expect(() => recordOutcome(high, { ...base, panelPresent: [] })).toThrow(/reason/);
    const written = recordOutcome(high, { ...base, panelPresent: [], panelWritten: ['p2'] });
    expect(written.next.assessment).toMatchObject({ panelPresent: [], panelWritten: ['p2'] });
    expect(written.events[0]!.data).toMatchObject({ panelWritten: ['p2'], noPanel: false });
    const none = recordOutcome(high, { ...base, panelPresent: [], noPanelReason: ' Ziek afgemeld ' });
    expect(none.next.assessment).toMatchObject({ noPanelReason: 'Ziek afgemeld' });
    expect(none.events[0]!.data).toMatchObject({ noPanel: true });
    // the DPIA as recorded (with its date) goes into the event, not the intake's tick box
    const dated = recordOutcome(
      { ...scheduled, dpia: { status: 'done', date: '2026-11-02', recordedAt: '', recordedBy: 'x', source: 'update' } },
      { ...base, panelPresent: [] },
    );
    expect(dated.events[0]!.data).toMatchObject({ dpiaStatus: 'done', dpiaDate: '2026-11-02' });
  });

  it('an item not adopted is settled as not followed with the reason; all settled closes the case', () => {
    const assessed = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: [],
      items,
      decisionDue: '2026-12-08',
    }).next;
    const partly = recordDecision(assessed, {
      actor: 'lead',
      now,
      overall: 'partly',
      reason: 'Kosten',
      perItem: { a1: { decision: 'adopt', reason: '' }, a2: { decision: 'not', reason: 'Te duur' } },
      reviewId: 'r1',
    });
    expect(partly.next.state).toBe('follow-up');
    expect(partly.next.advice[1]).toMatchObject({ status: 'not-followed', statusReason: 'Te duur', decision: 'not' });
    const refused = updateItems(partly.next, {
      actor: 'lead',
      now,
      updates: [{ itemId: 'a1', status: 'no-longer-relevant' }],
      reviewId: 'r2',
    });
    expect(refused.ok).toBe(false);
    // no item with a chosen status is no answer: refused, nothing recorded
    const none = updateItems(partly.next, { actor: 'lead', now, updates: [], reviewId: 'r2' });
    expect(none).toEqual({ ok: false, itemId: '', error: { code: 'no-status' } });
    expect(partly.next.decisionChase).toBeUndefined();
    expect(partly.next.reviews).toMatchObject([{ id: 'r1', kind: 'decision', itemIds: ['a2'] }]);
    const done = updateItems(partly.next, {
      actor: 'lead',
      now,
      updates: [{ itemId: 'a1', status: 'implemented' }],
      reviewId: 'r2',
    });
    // every item is settled, but the handler has not yet reviewed the decision not to follow a2
    expect(done.ok && done.changed.next.state).toBe('follow-up');
    expect(done.ok && done.changed.events.map((e) => e.type)).toEqual(['advice.status']);
    const reviewed = resolveReview(done.ok ? done.changed.next : partly.next, {
      reviewId: 'r1',
      outcome: 'accepted',
      actor: 'h',
      now,
    });
    expect(reviewed.next.state).toBe('closed');
    expect(reviewed.events.map((e) => e.type)).toEqual(['review.accepted', 'case.close']);
  });

  it('rejecting all advice does not close the case: the handler reviews it, and may escalate', () => {
    const assessed = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: [],
      items,
      decisionDue: '2026-12-08',
    }).next;
    const none = recordDecision(assessed, {
      actor: 'lead',
      now,
      overall: 'not',
      reason: 'Nee',
      perItem: { a1: { decision: 'not', reason: 'x' }, a2: { decision: 'not', reason: 'y' } },
      reviewId: 'r1',
    });
    expect(none.next.state).toBe('follow-up');
    expect(none.events.map((e) => e.type)).toContain('review.opened');
    expect(() => resolveReview(none.next, { reviewId: 'r1', outcome: 'escalated', actor: 'h', now })).toThrow();
    const escalated = resolveReview(none.next, {
      reviewId: 'r1',
      outcome: 'escalated',
      level: 'directieraad',
      actor: 'h',
      now,
    });
    expect(escalated.next.state).toBe('closed');
    expect(escalated.events[0]).toMatchObject({ type: 'review.escalated', data: { level: 'directieraad' } });
    expect(() => resolveReview(escalated.next, { reviewId: 'r1', outcome: 'accepted', actor: 'h', now })).toThrow();
  });

  it('an outcome only once the assessment has begun; held outside the bot counts as begun', () => {
    const early = new Date('2026-12-01T08:59:00Z');
    const input = {
      actor: 'm',
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: [],
      items,
      decisionDue: '2026-12-08',
    };
    expect(() => recordOutcome(scheduled, { ...input, now: early })).toThrow(/began/);
    const outside = { ...scheduled, schedule: { ...scheduled.schedule!, heldOutside: true } };
    expect(recordOutcome(outside, { ...input, now: early }).next.state).toBe('assessed');
  });

  it('a member can close a case by hand, with a reason', () => {
    const assessed = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: [],
      items,
      decisionDue: '2026-12-08',
    }).next;
    const closed = closeManually(assessed, 'm', 'Project gestopt');
    expect(closed.next).toMatchObject({ state: 'closed', closedReason: 'Project gestopt' });
    expect(closed.events[0]!.data).toEqual({ how: 'manual' });
  });
});
