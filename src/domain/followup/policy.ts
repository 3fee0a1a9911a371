import { dutchPublicHoliday, type OfficeTime } from './office-time.js';

/** How follow-up nudges are paced and escalated (DOMAIN.md, "Follow-up rules"). */
export interface FollowUpPolicy extends OfficeTime {
  /** Working days between two nudges about the same item. */
  cadenceWorkingDays: number;
  /** Unanswered nudges after which the case handler in Team Uthiek is told. */
  escalateToHandlerAfter: number;
  /** Unanswered nudges after which the item goes on the periodic report's escalation list. */
  escalateToReportAfter: number;
  /** Snoozes in a row, without a change of status, that count as an answer; later ones do not. */
  maxSnoozes: number;
}

export const DEFAULT_FOLLOW_UP_POLICY: Readonly<FollowUpPolicy> = Object.freeze({
  tz: 'Europe/Amsterdam',
  cadenceWorkingDays: 5,
  officeHours: { start: '09:00', end: '17:00' },
  escalateToHandlerAfter: 2,
  escalateToReportAfter: 4,
  maxSnoozes: 2,
  isHoliday: dutchPublicHoliday,
});

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The defaults with `overrides` applied; throws RangeError on a policy that cannot work. */
export function followUpPolicy(overrides: Partial<FollowUpPolicy> = {}): FollowUpPolicy {
  const policy: FollowUpPolicy = { ...DEFAULT_FOLLOW_UP_POLICY, ...overrides };
  const { start, end } = policy.officeHours;
  if (!HHMM.test(start) || !HHMM.test(end) || start >= end) {
    throw new RangeError(`office hours must be HH:mm with start before end, got ${start}–${end}`);
  }
  const counts = [policy.cadenceWorkingDays, policy.escalateToHandlerAfter, policy.escalateToReportAfter];
  if (!counts.every((n) => Number.isInteger(n) && n >= 1)) {
    throw new RangeError('cadence and escalation thresholds must be whole numbers ≥ 1');
  }
  if (!Number.isInteger(policy.maxSnoozes) || policy.maxSnoozes < 0) {
    throw new RangeError('the number of snoozes that count as an answer must be a whole number ≥ 0');
  }
  if (policy.escalateToReportAfter < policy.escalateToHandlerAfter) {
    throw new RangeError('escalation to the report cannot come before escalation to the handler');
  }
  return policy;
}
