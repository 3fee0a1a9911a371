import { countable, type AssessmentFact, type CaseHistory, type History } from './replay.js';
import { figure } from './stats.js';
import { within, type Period } from './time.js';
import type { Steps } from './steps.js';
import type { Report } from './types.js';

/** The case's assessment with the latest `heldAt` in the period (the last recorded on a tie). */
function latestIn(c: CaseHistory, period: Period): AssessmentFact | undefined {
  let latest: AssessmentFact | undefined;
  for (const a of c.assessments) if (within(a.heldAt, period) && (!latest || a.heldAt >= latest.heldAt)) latest = a;
  return latest;
}

/** YYYY-MM-DD of an instant in `tz`. */
const dayOf = (ms: number, tz: string) => new Date(ms).toLocaleDateString('sv-SE', { timeZone: tz });

/**
 * Panel participation at high-impact assessments (present or in writing) and the DPIA, over the
 * cases assessed in the period; for a case assessed more than once there, its latest assessment
 * decides. Impact is the one set at acceptance (`case.accept` data.impact). "DPIA done before
 * the assessment" compares the DPIA's date (the last one recorded, else the one the assessment
 * event holds) with the day of the assessment; a DPIA marked done without a date is counted apart.
 * In steps of a few hundred cases.
 */
export function* qualitySteps(
  history: History,
  period: Period,
  tz: string,
): Steps<Pick<Report, 'highImpact' | 'dpia' | 'planning'>> {
  const withPanel: string[] = [];
  const withoutPanel: string[] = [];
  const ids = { doneBefore: [], doneAfter: [], dateUnknown: [], notNeeded: [], notDone: [] } as Record<
    keyof Report['dpia'],
    string[]
  >;
  const planning = { impactLowered: [] as string[], urgent: [] as string[], panelOverride: [] as string[] };
  let n = 0;
  for (const c of history.cases.values()) {
    if (++n % 500 === 0) yield;
    if (!countable(c)) continue;
    if (c.urgentAt.some((at) => within(at, period))) planning.urgent.push(c.id);
    if (c.panelOverrideAt.some((at) => within(at, period))) planning.panelOverride.push(c.id);
    if (c.impactLowered && c.acceptedAt !== undefined && within(c.acceptedAt, period))
      planning.impactLowered.push(c.id);
    const latest = latestIn(c, period);
    if (!latest) continue;
    if (c.impact === 'high')
      (latest.panelPresent.length + latest.panelWritten.length > 0 ? withPanel : withoutPanel).push(c.id);
    if (latest.imported) continue;
    const status = c.dpia?.status ?? latest.dpiaStatus;
    const date = c.dpia ? c.dpia.date : latest.dpiaDate;
    if (status === 'done') {
      if (!date) ids.dateUnknown.push(c.id);
      else (date <= dayOf(latest.heldAt, tz) ? ids.doneBefore : ids.doneAfter).push(c.id);
    } else if (status === 'not-needed') ids.notNeeded.push(c.id);
    else ids.notDone.push(c.id);
  }
  return {
    highImpact: { withPanel: figure(withPanel), withoutPanel: figure(withoutPanel) },
    dpia: {
      doneBefore: figure(ids.doneBefore),
      doneAfter: figure(ids.doneAfter),
      dateUnknown: figure(ids.dateUnknown),
      notNeeded: figure(ids.notNeeded),
      notDone: figure(ids.notDone),
    },
    planning: {
      impactLowered: figure(planning.impactLowered),
      urgent: figure(planning.urgent),
      panelOverride: figure(planning.panelOverride),
    },
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
