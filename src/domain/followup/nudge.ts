import { SETTLED, type AdviceItem, type CaseRecord, type Chased } from '../case/case.js';
import {
  addWorkingDays,
  firstWorkingDayOnOrAfter,
  isWorkingMoment,
  localDate,
  nextWorkingMoment,
  officeStartOn,
} from './office-time.js';
import type { FollowUpPolicy } from './policy.js';

/** The id a pending decision goes by among the advice items, in nudge decisions and events. */
export const DECISION_ITEM = 'decision';

interface DecisionBase {
  caseId: string;
  /** An advice item's id, or DECISION_ITEM for the lead's pending decision. */
  itemId: string;
  /** Unanswered nudges so far, after any answer has reset the count. */
  unansweredNudges: number;
}

export type NudgeDecision =
  | (DecisionBase & { kind: 'nudge'; recipient: 'lead' | 'owner'; recipientId: string })
  | (DecisionBase & { kind: 'escalate-handler'; handlerId?: string })
  | (DecisionBase & { kind: 'escalate-report' });

const later = (a: Date, b: Date): Date => (a > b ? a : b);

/** True when it was answered after its last nudge (or answered with no nudge yet). */
export function isAnswered(chased: Chased): boolean {
  if (!chased.lastAnswerAt) return false;
  return !chased.lastNudgeAt || Date.parse(chased.lastAnswerAt) > Date.parse(chased.lastNudgeAt);
}

/** Unanswered nudges as they count now: an answer after the last nudge resets them. */
export const unansweredNow = (chased: Chased): number => (isAnswered(chased) ? 0 : chased.unansweredNudges);

/** Which reminder the one on its way (or the last one) is: those that arrived unanswered, and one still to arrive. */
export const reminderNumber = (chased: Chased): number => unansweredNow(chased) + (chased.pendingNudgeAt ? 1 : 0);

/**
 * When the next nudge becomes due, possibly in the past: the first working moment on/after the
 * due date; after a nudge, the start of office hours `cadenceWorkingDays` working days later;
 * never before the end of a snooze.
 */
export function nudgeDueAt(chased: Chased, policy: FollowUpPolicy): Date {
  let due = officeStartOn(firstWorkingDayOnOrAfter(chased.dueDate, policy), policy);
  if (chased.lastNudgeAt) {
    const lastDay = localDate(new Date(chased.lastNudgeAt), policy.tz);
    due = later(due, officeStartOn(addWorkingDays(lastDay, policy.cadenceWorkingDays, policy), policy));
  }
  if (chased.snoozedUntil) due = later(due, new Date(chased.snoozedUntil));
  return nextWorkingMoment(due, policy);
}

/** The earliest moment at or after `now` when a nudge could be due; undefined once an item is settled. */
export function nextNudgeAt(item: Chased & { status?: AdviceItem['status'] }, now: Date, policy: FollowUpPolicy) {
  if (item.status && SETTLED.has(item.status)) return undefined;
  return nextWorkingMoment(later(nudgeDueAt(item, policy), now), policy);
}

type NudgeRecipient = { recipient: 'lead' | 'owner'; recipientId: string };

function recipientOf(caseRecord: CaseRecord, item: AdviceItem): NudgeRecipient {
  // An owner outside the tenant (name only) cannot be messaged: the lead stays the recipient.
  if (item.delegated && item.ownerId) return { recipient: 'owner', recipientId: item.ownerId };
  return { recipient: 'lead', recipientId: caseRecord.leadId };
}

/** What is chased in a case now: the advice items in follow-up, or the decision while it is pending. */
export function chasedOf(c: CaseRecord): { itemId: string; chased: Chased; recipient: NudgeRecipient }[] {
  if (c.state === 'assessed' && c.decisionChase)
    return [
      {
        itemId: DECISION_ITEM,
        chased: c.decisionChase,
        recipient: { recipient: 'lead', recipientId: c.leadId },
      },
    ];
  if (c.state !== 'follow-up') return [];
  return c.advice
    .filter((item) => !SETTLED.has(item.status))
    .map((item) => ({ itemId: item.id, chased: item, recipient: recipientOf(c, item) }));
}

/**
 * What to do now about each thing the case chases (its advice items in follow-up, or its pending
 * decision). A nudge is due on a working moment once `nudgeDueAt` has passed. Escalations are
 * decided at the same moment, so the recipient had a full cadence to answer the nudge that
 * reached the threshold; each level fires once (the caller records it with `recordEscalation`).
 */
export function nudgePlan(caseRecord: CaseRecord, now: Date, policy: FollowUpPolicy): NudgeDecision[] {
  if (!isWorkingMoment(now, policy)) return [];
  const decisions: NudgeDecision[] = [];
  for (const { itemId, chased, recipient } of chasedOf(caseRecord)) {
    if (now < nudgeDueAt(chased, policy)) continue;
    const base = { caseId: caseRecord.id, itemId, unansweredNudges: unansweredNow(chased) };
    decisions.push({ ...base, kind: 'nudge', ...recipient });
    if (!chased.escalation && base.unansweredNudges >= policy.escalateToHandlerAfter) {
      decisions.push({ ...base, kind: 'escalate-handler', handlerId: caseRecord.triage?.handlerId });
    }
    if (chased.escalation !== 'report' && base.unansweredNudges >= policy.escalateToReportAfter) {
      decisions.push({ ...base, kind: 'escalate-report' });
    }
  }
  return decisions;
}
