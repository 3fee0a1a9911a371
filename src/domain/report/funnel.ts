import { countable, type History } from './replay.js';
import { figure } from './stats.js';
import { within, type Period } from './time.js';
import type { Report } from './types.js';

/**
 * How many reached each step within the period (activity in the period, not a cohort):
 * signals by detection, cases by their first created/submit/accept event, assessed by `heldAt`.
 * `notAProject` counts signals their writers called "not a digitization project": with the
 * signals, the measure of the detector's precision in practice. `intakesFromSignal` counts the
 * intakes started from a signal: the others reached Team Uthiek without the detector (a command,
 * "Meld bij Uthiek"), so together they show what share of projects the detector brings in.
 * Duplicates never count; withdrawn and cancelled cases count for the steps they reached.
 */
export function funnelFigures(history: History, period: Period): Report['funnel'] {
  const cases = [...history.cases.values()].filter(countable);
  const ids = (pick: (c: (typeof cases)[number]) => boolean) => cases.filter(pick).map((c) => c.id);
  const signalIds = [...history.signals].filter(([, at]) => within(at, period)).map(([id]) => id);
  const notAProject = [...history.notAProject].filter(([, at]) => within(at, period)).map(([id]) => id);
  return {
    signals: figure([], signalIds),
    notAProject: figure([], notAProject),
    intakes: figure(ids((c) => within(c.createdAt, period))),
    intakesFromSignal: figure(ids((c) => c.fromSignal !== undefined && within(c.createdAt, period))),
    submitted: figure(ids((c) => within(c.submittedAt, period))),
    accepted: figure(ids((c) => within(c.acceptedAt, period))),
    assessed: figure(ids((c) => c.assessments.some((a) => within(a.heldAt, period)))),
  };
}
