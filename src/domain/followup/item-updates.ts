import { DateTime } from 'luxon';
import {
  ADVICE_STATUSES,
  SETTLED,
  type AdviceItem,
  type AdviceStatus,
  type CaseRecord,
  type Chased,
} from '../case/case.js';
import { isAnswered, unansweredNow } from './nudge.js';
import { firstWorkingDayOnOrAfter, officeStartOn } from './office-time.js';
import type { FollowUpPolicy } from './policy.js';

export type StatusError =
  | { code: 'no-status' }
  | { code: 'unknown-status'; status: string }
  | { code: 'reason-required'; status: AdviceStatus };

export type StatusResult = { ok: true; item: AdviceItem } | { ok: false; error: StatusError };

/** Statuses that need a recorded reason (DOMAIN.md: "not followed + reason, no longer relevant + reason"). */
export const NEEDS_REASON: ReadonlySet<AdviceStatus> = new Set(['not-followed', 'no-longer-relevant']);

const isStatus = (s: string): s is AdviceStatus => (ADVICE_STATUSES as readonly string[]).includes(s);

/**
 * The item with its new status, or why it cannot have it: a status must be chosen, and be one of
 * the statuses. A reason is kept trimmed; none clears the old one.
 */
export function applyStatus(item: AdviceItem, status: string, reason?: string): StatusResult {
  if (!status) return { ok: false, error: { code: 'no-status' } };
  if (!isStatus(status)) return { ok: false, error: { code: 'unknown-status', status } };
  const why = reason?.trim();
  if (NEEDS_REASON.has(status) && !why) return { ok: false, error: { code: 'reason-required', status } };
  // a change of status is progress: the snoozes in a row start again
  const { statusReason: _old, snoozesInRow: _snoozes, ...rest } = item;
  const kept = status === item.status && item.snoozesInRow ? { ...rest, snoozesInRow: item.snoozesInRow } : rest;
  return { ok: true, item: why ? { ...kept, status, statusReason: why } : { ...kept, status } };
}

/** The moment a snooze of a week or a month ends: office hours' start on the first working day ≥ now + 7 days or + 1 month. */
export function snoozeEnd(until: 'week' | 'month', now: Date, policy: FollowUpPolicy): Date {
  const local = DateTime.fromJSDate(now, { zone: policy.tz });
  const target = (until === 'week' ? local.plus({ days: 7 }) : local.plus({ months: 1 })).toISODate() ?? '';
  return officeStartOn(firstWorkingDayOnOrAfter(target, policy), policy);
}

/**
 * A snooze is a pause, not a way out (DOMAIN.md): the nudges wait until the snooze ends, and the
 * first `policy.maxSnoozes` snoozes in a row without a change of status count as an answer. Any
 * snooze after those does not: the unanswered nudges keep counting towards escalation.
 */
export function snooze(
  item: AdviceItem,
  until: 'week' | 'month',
  now: Date,
  policy: FollowUpPolicy,
): { item: AdviceItem; counted: boolean } {
  const inRow = (item.snoozesInRow ?? 0) + 1;
  const snoozed = { ...item, snoozedUntil: snoozeEnd(until, now, policy).toISOString(), snoozesInRow: inRow };
  const counted = inRow <= policy.maxSnoozes;
  return { item: counted ? recordAnswer(snoozed, now) : snoozed, counted };
}

/** Whether another snooze of this item would still count as an answer. */
export const snoozeCounts = (item: AdviceItem, policy: FollowUpPolicy): boolean =>
  (item.snoozesInRow ?? 0) < policy.maxSnoozes;

/**
 * A nudge was planned at `at`: the next one comes a cadence later, but this one counts as
 * unanswered only once it has arrived (`recordDelivered`). An answer since the previous nudge
 * restarts the count.
 */
export function recordNudge<T extends Chased>(chased: T, at: Date): T {
  const when = at.toISOString();
  return { ...chased, lastNudgeAt: when, pendingNudgeAt: when, unansweredNudges: unansweredNow(chased) };
}

/**
 * The nudge planned at `plannedAt` arrived: it counts towards escalation, unless it was answered
 * since. Once only: a nudge already counted, or followed by a later one before it arrived, changes
 * nothing.
 */
export function recordDelivered<T extends Chased>(chased: T, plannedAt: string | undefined): T {
  if (!plannedAt || chased.pendingNudgeAt !== plannedAt) return chased;
  const { pendingNudgeAt: _counted, ...rest } = chased;
  return { ...rest, unansweredNudges: isAnswered(chased) ? 0 : chased.unansweredNudges + 1 } as T;
}

/** The recipient answered at `at`: the count of unanswered nudges starts again. */
export function recordAnswer<T extends Chased>(chased: T, at: Date): T {
  return { ...chased, lastAnswerAt: at.toISOString(), unansweredNudges: 0 };
}

export function recordEscalation<T extends Chased>(chased: T, level: 'handler' | 'report'): T {
  return { ...chased, escalation: chased.escalation === 'report' ? 'report' : level };
}

/** Every advice item is settled, and there is at least one. */
export function allSettled(caseRecord: CaseRecord): boolean {
  return caseRecord.advice.length > 0 && caseRecord.advice.every((item) => SETTLED.has(item.status));
}

/** A review of a decision not to follow advice that the handler has not yet accepted or escalated. */
export const hasOpenReview = (caseRecord: CaseRecord): boolean => (caseRecord.reviews ?? []).some((r) => !r.resolution);

/** Whether `actorId` may update this advice item: the lead (or who registered the case), or the item's owner. */
export const mayUpdateItem = (c: CaseRecord, itemId: string, actorId: string): boolean =>
  actorId === c.leadId || actorId === c.createdBy || c.advice.find((i) => i.id === itemId)?.ownerId === actorId;
