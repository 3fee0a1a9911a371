import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import { computeReport } from '../../../src/domain/report/compute.js';
import type { AuditEvent } from '../../../src/store/store.js';
import { caseRecord } from '../../support/case-record.js';

let seq = 0;
const e = (at: string, type: string, caseId: string, data?: AuditEvent['data']): AuditEvent => ({
  seq: seq++,
  at: `${at}T10:00:00Z`,
  actor: 'x',
  type,
  caseId,
  data,
});
const held = (heldAt: string) => ({ heldAt, panelPresent: [], dpiaStatus: 'done', algorithm: false });
const doc = (id: string, advice: { id: string; dueDate: string }[]): CaseRecord =>
  caseRecord({
    id,
    state: 'follow-up',
    advice: advice.map((a) => ({ ...a, text: '', values: [], status: 'open', unansweredNudges: 0 })),
  });

const EVENTS: AuditEvent[] = [
  // A: outcome recorded, no decision yet; its pending decision escalated to the handler
  e('2026-03-02', 'case.record-assessment', 'A', held('2026-03-02')),
  e('2026-03-20', 'nudge.escalated', 'A', { itemId: 'decision', level: 'handler' }),
  // B: decided; one review escalated to the Directieraad, one accepted; item a1 snoozed past its due date
  e('2026-02-02', 'case.record-assessment', 'B', held('2026-02-02')),
  e('2026-02-09', 'decision.recorded', 'B', { overall: 'not' }),
  e('2026-02-09', 'review.opened', 'B', { reviewId: 'r1', kind: 'decision', itemIds: ['a1'] }),
  e('2026-02-12', 'review.escalated', 'B', { reviewId: 'r1', level: 'directieraad', levelName: 'Directieraad' }),
  e('2026-03-01', 'review.opened', 'B', { reviewId: 'r2', kind: 'item', itemIds: ['a2'] }),
  e('2026-03-02', 'review.accepted', 'B', { reviewId: 'r2' }),
  e('2026-03-10', 'advice.snoozed', 'B', { itemId: 'a1', until: 'month', untilAt: '2026-04-10T07:00:00.000Z' }),
  e('2026-03-10', 'advice.snoozed', 'B', { itemId: 'a3', until: 'week', untilAt: '2026-03-17T08:00:00.000Z' }),
  // C: an assessment held outside the bot, then its outcome: one assessment, not two; an open review
  e('2026-04-01', 'case.hold-outside', 'C', held('2026-03-30')),
  e('2026-04-02', 'case.record-assessment', 'C', held('2026-03-30')),
  e('2026-04-09', 'decision.recorded', 'C', { overall: 'partly' }),
  e('2026-04-09', 'review.opened', 'C', { reviewId: 'r3', kind: 'decision', itemIds: ['a1'] }),
  // D: held outside the bot, then cancelled before the outcome: the assessment still counts
  e('2026-05-04', 'case.hold-outside', 'D', held('2026-05-01')),
  e('2026-05-06', 'case.cancel', 'D', { meetingCancelled: false }),
  // E: withdrawn by its lead
  e('2026-01-05', 'case.created', 'E'),
  e('2026-01-06', 'case.abandon', 'E', { by: 'lead' }),
];
const CASES = [
  doc('B', [
    { id: 'a1', dueDate: '2026-03-31' },
    { id: 'a3', dueDate: '2026-04-30' },
  ]),
];

describe('follow-through figures', () => {
  const report = computeReport(EVENTS, CASES, { asOf: '2026-07-01T00:00:00+02:00' });
  const ft = report.followThrough;

  it('pending decisions, escalations per level of the reminders and of the escalation line', () => {
    expect(ft.decisionsPending.caseIds).toEqual(['A']);
    expect(ft.escalatedToHandler.ids).toEqual(['A/decision']);
    expect(ft.reviewsOpened.ids).toEqual(['B/r1', 'B/r2', 'C/r3']);
    expect(ft.reviewsAccepted.ids).toEqual(['B/r2']);
    expect(ft.reviewsOpen.ids).toEqual(['C/r3']);
    expect(ft.reviewsEscalated).toEqual([
      { level: 'Directieraad', escalated: { value: 1, caseIds: ['B'], ids: ['B/r1'] } },
    ]);
  });

  it('items snoozed past their due date; withdrawn and cancelled cases', () => {
    // a1 is due 31 March and snoozed to 10 April; a3's snooze ends before its due date
    expect(ft.snoozedPastDue.ids).toEqual(['B/a1']);
    expect(ft.withdrawn.caseIds).toEqual(['E']);
    expect(ft.cancelled.caseIds).toEqual(['D']);
  });

  it('an assessment held outside the bot counts once, and keeps counting after a cancellation', () => {
    expect(report.assessments.held.caseIds).toEqual(['A', 'B', 'C', 'D']);
    expect(report.funnel.assessed.caseIds).toEqual(['A', 'B', 'C', 'D']);
    // C's outcome replaced its held-outside record: one assessment; D has no outcome, so no decision is pending
    expect(ft.decisionsPending.caseIds).not.toContain('D');
  });
});
