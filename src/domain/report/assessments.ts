import { countable, type History } from './replay.js';
import { figure } from './stats.js';
import { yearOf } from './time.js';
import type { Steps } from './steps.js';
import type { Report } from './types.js';

/**
 * Assessments held per calendar year (Europe/Amsterdam by default) of `heldAt`. A case counts
 * at most once per year, however often it was assessed that year; a case assessed in two years
 * counts in both. A held assessment keeps counting when the case is cancelled later; duplicate
 * cases never count. An assessment held outside the bot counts from the moment it is recorded.
 * In steps of a few hundred cases.
 */
export function* assessmentSteps(
  history: History,
  year: number,
  target: number,
  tz: string,
): Steps<Report['assessments']> {
  const perYear = new Map<number, string[]>();
  const ever: string[] = [];
  let n = 0;
  for (const c of history.cases.values()) {
    if (++n % 500 === 0) yield;
    if (!countable(c) || c.assessments.length === 0) continue;
    ever.push(c.id);
    for (const y of new Set(c.assessments.map((a) => yearOf(a.heldAt, tz)))) {
      const ids = perYear.get(y);
      if (ids) ids.push(c.id);
      else perYear.set(y, [c.id]);
    }
  }
  return {
    year,
    target,
    held: figure(perYear.get(year) ?? []),
    perYear: [...perYear.keys()].sort((a, b) => a - b).map((y) => ({ year: y, held: figure(perYear.get(y) ?? []) })),
    total: figure(ever),
  };
}
