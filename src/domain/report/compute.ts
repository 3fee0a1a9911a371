import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { adviceFigures } from './advice.js';
import { assessmentFigures } from './assessments.js';
import { followThroughFigures } from './follow-through.js';
import { funnelFigures } from './funnel.js';
import { leadTimeFigures } from './lead-times.js';
import { qualityFigures, registerFigures } from './quality.js';
import { replay } from './replay.js';
import { instant, toIso, yearBounds, yearOf, type Period } from './time.js';
import type { Report, ReportOptions } from './types.js';

export const DEFAULT_TARGET = 50;
export const DEFAULT_TZ = 'Europe/Amsterdam';

/**
 * The report as the audit log stood just before `asOf`: every figure from events with
 * `at < asOf`, case documents only for the advice items and their due dates. The same inputs
 * and options always give the same report; events from asOf on never change it.
 */
export function computeReport(
  events: readonly AuditEvent[],
  cases: readonly CaseRecord[],
  options: ReportOptions,
): Report {
  const tz = options.tz ?? DEFAULT_TZ;
  const asOf = instant(options.asOf, tz);
  const year = options.year ?? yearOf(asOf - 1, tz);
  const period: Period = options.period
    ? { from: instant(options.period.from, tz), to: instant(options.period.to, tz) }
    : yearBounds(year, tz);
  if (period.from >= period.to) throw new RangeError('the period must end after it starts');
  const graceDays = options.overdueGraceDays ?? 0;
  if (!Number.isInteger(graceDays) || graceDays < 0)
    throw new RangeError('overdueGraceDays must be a whole number ≥ 0');

  const history = replay(events, asOf);
  return {
    asOf: toIso(asOf),
    tz,
    year,
    period: { from: toIso(period.from), to: toIso(period.to) },
    overdueGraceDays: graceDays,
    assessments: assessmentFigures(history, year, options.target ?? DEFAULT_TARGET, tz),
    funnel: funnelFigures(history, period),
    leadTimes: leadTimeFigures(history, period),
    advice: adviceFigures(history, cases, asOf, graceDays, tz),
    followThrough: followThroughFigures(history, cases, period, tz),
    ...qualityFigures(history, period),
    algorithmRegister: registerFigures(history),
  };
}
