import { SETTLED, type AdviceItem, type CaseRecord } from '../case/case.js';
import {
  addWorkingDays,
  firstWorkingDayOnOrAfter,
  isWorkingMoment,
  localDate,
  nextWorkingMoment,
  officeStartOn,
} from './office-time.js';
import type { FollowUpPolicy } from './policy.js';

interface DecisionBase {
  caseId: string;
  itemId: string;
  /** Unanswered nudges so far, after any answer has reset the count. */
  unansweredNudges: number;
}

export type NudgeDecision =
  | (DecisionBase & { kind: 'nudge'; recipient: 'lead' | 'owner'; recipientId: string })
  | (DecisionBase & { kind: 'escalate-handler'; handlerId?: string })
  | (DecisionBase & { kind: 'escalate-report' });

const later = (a: Date, b: Date): Date => (a > b ? a : b);

/** True when the item was answered after its last nudge (or answered with no nudge yet). */
export function isAnswered(item: AdviceItem): boolean {
  if (!item.lastAnswerAt) return false;
  return !item.lastNudgeAt || Date.parse(item.lastAnswerAt) > Date.parse(item.lastNudgeAt);
}

/** Unanswered nudges as they count now: an answer after the last nudge resets them. */
export const unansweredNow = (item: AdviceItem): number => (isAnswered(item) ? 0 : item.unansweredNudges);

/**
 * When the next nudge about an unsettled item becomes due, possibly in the past: the first
 * working moment on/after the due date; after a nudge, the start of office hours
 * `cadenceWorkingDays` working days later; never before the end of a snooze.
 */
export function nudgeDueAt(item: AdviceItem, policy: FollowUpPolicy): Date {
  let due = officeStartOn(firstWorkingDayOnOrAfter(item.dueDate, policy), policy);
  if (item.lastNudgeAt) {
    const lastDay = localDate(new Date(item.lastNudgeAt), policy.tz);
    due = later(due, officeStartOn(addWorkingDays(lastDay, policy.cadenceWorkingDays, policy), policy));
  }
  if (item.snoozedUntil) due = later(due, new Date(item.snoozedUntil));
  return nextWorkingMoment(due, policy);
}

/** The earliest moment at or after `now` when a nudge could be due; undefined once settled. */
export function nextNudgeAt(item: AdviceItem, now: Date, policy: FollowUpPolicy): Date | undefined {
  if (SETTLED.has(item.status)) return undefined;
  return nextWorkingMoment(later(nudgeDueAt(item, policy), now), policy);
}

function recipientOf(caseRecord: CaseRecord, item: AdviceItem): { recipient: 'lead' | 'owner'; recipientId: string } {
  // An owner outside the tenant (name only) cannot be messaged: the lead stays the recipient.
  if (item.delegated && item.ownerId) return { recipient: 'owner', recipientId: item.ownerId };
  return { recipient: 'lead', recipientId: caseRecord.leadId };
}

/**
 * What to do now about each advice item of a case in follow-up. A nudge is due on a working
 * moment once `nudgeDueAt` has passed. Escalations are decided at the same moment, so the
 * recipient had a full cadence to answer the nudge that reached the threshold; each level
 * fires once (the caller records it on the item with `recordEscalation`).
 */
export function nudgePlan(caseRecord: CaseRecord, now: Date, policy: FollowUpPolicy): NudgeDecision[] {
  if (caseRecord.state !== 'follow-up' || !isWorkingMoment(now, policy)) return [];
  const decisions: NudgeDecision[] = [];
  for (const item of caseRecord.advice) {
    if (SETTLED.has(item.status) || now < nudgeDueAt(item, policy)) continue;
    const base = { caseId: caseRecord.id, itemId: item.id, unansweredNudges: unansweredNow(item) };
    decisions.push({ ...base, kind: 'nudge', ...recipientOf(caseRecord, item) });
    if (!item.escalation && base.unansweredNudges >= policy.escalateToHandlerAfter) {
      decisions.push({ ...base, kind: 'escalate-handler', handlerId: caseRecord.triage?.handlerId });
    }
    if (item.escalation !== 'report' && base.unansweredNudges >= policy.escalateToReportAfter) {
      decisions.push({ ...base, kind: 'escalate-report' });
    }
  }
  return decisions;
}
