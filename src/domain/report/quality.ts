import { countable, type AssessmentFact, type CaseHistory, type History } from './replay.js';
import { figure } from './stats.js';
import { within, type Period } from './time.js';
import type { Report } from './types.js';

/** The case's assessment with the latest `heldAt` in the period (the last recorded on a tie). */
function latestIn(c: CaseHistory, period: Period): AssessmentFact | undefined {
  let latest: AssessmentFact | undefined;
  for (const a of c.assessments) if (within(a.heldAt, period) && (!latest || a.heldAt >= latest.heldAt)) latest = a;
  return latest;
}

/**
 * Panel presence at high-impact assessments and DPIA status, over the cases assessed in the
 * period; for a case assessed more than once there, its latest assessment decides.
 * Impact is the one set at acceptance (`case.accept` data.impact).
 */
export function qualityFigures(history: History, period: Period): Pick<Report, 'highImpact' | 'dpia'> {
  const withPanel: string[] = [];
  const withoutPanel: string[] = [];
  const done: string[] = [];
  const notNeeded: string[] = [];
  const notDone: string[] = [];
  for (const c of history.cases.values()) {
    const latest = countable(c) ? latestIn(c, period) : undefined;
    if (!latest) continue;
    if (c.impact === 'high') (latest.panelPresent.length > 0 ? withPanel : withoutPanel).push(c.id);
    if (latest.dpiaStatus === 'done') done.push(c.id);
    else if (latest.dpiaStatus === 'not-needed') notNeeded.push(c.id);
    else notDone.push(c.id);
  }
  return {
    highImpact: { withPanel: figure(withPanel), withoutPanel: figure(withoutPanel) },
    dpia: { doneBefore: figure(done), notNeeded: figure(notNeeded), notDone: figure(notDone) },
  };
}

/**
 * Algorithm register, as of asOf over all time: cases any of whose assessments involved an
 * algorithm; of those, the ones whose last `register.recorded` says 'none' or 'planned' although
 * an assessment was recorded (audit 5.7), and the ones with no register check recorded at all.
 */
export function registerFigures(history: History): Report['algorithmRegister'] {
  const algorithmCases = [...history.cases.values()].filter(
    (c) => countable(c) && c.assessments.some((a) => a.algorithm),
  );
  const ids = (pick: (c: CaseHistory) => boolean) => algorithmCases.filter(pick).map((c) => c.id);
  return {
    algorithmCases: figure(ids(() => true)),
    registerToUpdate: figure(ids((c) => c.registerStated === 'none' || c.registerStated === 'planned')),
    notChecked: figure(ids((c) => c.registerStated === undefined)),
  };
}
