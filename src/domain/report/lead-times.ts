import { countable, type AssessmentFact, type History } from './replay.js';
import { localDate } from '../time.js';
import { daysBetween, leadTime } from './stats.js';
import { within, type Period } from './time.js';
import type { CaseDays, Report } from './types.js';

/**
 * Days from registration to the first assessment. An assessment held on a calendar day, with no
 * time of day (`heldOn`), counts in whole days from the local day of registration: an assessment
 * on the day of registration takes 0 days, not a negative part of one.
 */
function toAssessment(createdAt: number, first: AssessmentFact, tz: string): number {
  if (!first.heldOn) return daysBetween(createdAt, first.heldAt);
  return daysBetween(
    Date.parse(`${localDate(new Date(createdAt), tz)}T00:00:00Z`),
    Date.parse(`${first.heldOn}T00:00:00Z`),
  );
}

/**
 * Lead times of the cases whose end step falls in the period: signal → intake (detection to
 * conversion), intake → first assessment (`heldAt`), first submit → accept. Same exclusions as
 * the funnel.
 */
export function leadTimeFigures(history: History, period: Period, tz: string): Report['leadTimes'] {
  const signalToIntake: CaseDays[] = [];
  const intakeToAssessment: CaseDays[] = [];
  const submitToAccept: CaseDays[] = [];
  for (const c of history.cases.values()) {
    if (!countable(c)) continue;
    const detectedAt = c.fromSignal && history.signals.get(c.fromSignal.signalId);
    if (c.fromSignal && detectedAt !== undefined && within(c.fromSignal.convertedAt, period)) {
      signalToIntake.push({ caseId: c.id, days: daysBetween(detectedAt, c.fromSignal.convertedAt) });
    }
    const first = c.assessments.reduce<AssessmentFact | undefined>(
      (a, b) => (a && a.heldAt <= b.heldAt ? a : b),
      undefined,
    );
    if (countable(c) && c.createdAt !== undefined && first && within(first.heldAt, period)) {
      intakeToAssessment.push({ caseId: c.id, days: toAssessment(c.createdAt, first, tz) });
    }
    if (c.submittedAt !== undefined && within(c.acceptedAt, period)) {
      submitToAccept.push({ caseId: c.id, days: daysBetween(c.submittedAt, c.acceptedAt) });
    }
  }
  return {
    signalToIntake: leadTime(signalToIntake),
    intakeToAssessment: leadTime(intakeToAssessment),
    submitToAccept: leadTime(submitToAccept),
  };
}
