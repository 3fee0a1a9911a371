import { DateTime } from 'luxon';
import { ADVICE_STATUSES, SETTLED, type AdviceItem, type AdviceStatus, type CaseRecord } from '../case/case.js';
import { unansweredNow } from './nudge.js';
import { firstWorkingDayOnOrAfter, officeStartOn } from './office-time.js';
import type { FollowUpPolicy } from './policy.js';

export type StatusError =
  { code: 'unknown-status'; status: string } | { code: 'reason-required'; status: AdviceStatus };

export type StatusResult = { ok: true; item: AdviceItem } | { ok: false; error: StatusError };

/** Statuses that need a recorded reason (DOMAIN.md: "not followed + reason, no longer relevant + reason"). */
export const NEEDS_REASON: ReadonlySet<AdviceStatus> = new Set(['not-followed', 'no-longer-relevant']);

const isStatus = (s: string): s is AdviceStatus => (ADVICE_STATUSES as readonly string[]).includes(s);

/** The item with its new status, or why it cannot have it. A reason is kept trimmed; none clears the old one. */
export function applyStatus(item: AdviceItem, status: string, reason?: string): StatusResult {
  if (!isStatus(status)) return { ok: false, error: { code: 'unknown-status', status } };
  const why = reason?.trim();
  if (NEEDS_REASON.has(status) && !why) return { ok: false, error: { code: 'reason-required', status } };
  const { statusReason: _old, ...rest } = item;
  return { ok: true, item: why ? { ...rest, status, statusReason: why } : { ...rest, status } };
}

/** Snoozed until the start of office hours on the first working day ≥ now + 7 days or + 1 calendar month. */
export function snooze(item: AdviceItem, until: 'week' | 'month', now: Date, policy: FollowUpPolicy): AdviceItem {
  const local = DateTime.fromJSDate(now, { zone: policy.tz });
  const target = (until === 'week' ? local.plus({ days: 7 }) : local.plus({ months: 1 })).toISODate() ?? '';
  const snoozedUntil = officeStartOn(firstWorkingDayOnOrAfter(target, policy), policy).toISOString();
  return { ...item, snoozedUntil };
}

/** A nudge went out at `at`; an answer since the previous nudge restarts the count. */
export function recordNudge(item: AdviceItem, at: Date): AdviceItem {
  return { ...item, lastNudgeAt: at.toISOString(), unansweredNudges: unansweredNow(item) + 1 };
}

/** The recipient answered at `at`: the count of unanswered nudges starts again. */
export function recordAnswer(item: AdviceItem, at: Date): AdviceItem {
  return { ...item, lastAnswerAt: at.toISOString(), unansweredNudges: 0 };
}

export function recordEscalation(item: AdviceItem, level: 'handler' | 'report'): AdviceItem {
  return { ...item, escalation: item.escalation === 'report' ? 'report' : level };
}

/** Every advice item is settled, and there is at least one. */
export function allSettled(caseRecord: CaseRecord): boolean {
  return caseRecord.advice.length > 0 && caseRecord.advice.every((item) => SETTLED.has(item.status));
}
