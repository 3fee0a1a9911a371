import { countable, type History } from './replay.js';
import { daysBetween, leadTime } from './stats.js';
import { within, type Period } from './time.js';
import type { CaseDays, Report } from './types.js';

/**
 * Lead times of the cases whose end step falls in the period: signal → intake (detection to
 * conversion), intake → first assessment (`heldAt`), first submit → accept. Same exclusions as
 * the funnel.
 */
export function leadTimeFigures(history: History, period: Period): Report['leadTimes'] {
  const signalToIntake: CaseDays[] = [];
  const intakeToAssessment: CaseDays[] = [];
  const submitToAccept: CaseDays[] = [];
  for (const c of history.cases.values()) {
    if (!countable(c)) continue;
    const detectedAt = c.fromSignal && history.signals.get(c.fromSignal.signalId);
    if (c.fromSignal && detectedAt !== undefined && within(c.fromSignal.convertedAt, period)) {
      signalToIntake.push({ caseId: c.id, days: daysBetween(detectedAt, c.fromSignal.convertedAt) });
    }
    const firstHeld = c.assessments.length ? Math.min(...c.assessments.map((a) => a.heldAt)) : undefined;
    if (countable(c) && c.createdAt !== undefined && within(firstHeld, period)) {
      intakeToAssessment.push({ caseId: c.id, days: daysBetween(c.createdAt, firstHeld) });
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
