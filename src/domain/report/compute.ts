import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { adviceSteps } from './advice.js';
import { assessmentSteps } from './assessments.js';
import { followThroughSteps } from './follow-through.js';
import { funnelFigures } from './funnel.js';
import { leadTimeFigures } from './lead-times.js';
import { qualitySteps, registerFigures } from './quality.js';
import { replay, type History } from './replay.js';
import { finish, type Steps } from './steps.js';
import { instant, toIso, yearBounds, yearOf, type Period } from './time.js';
import type { Report, ReportOptions } from './types.js';

export const DEFAULT_TARGET = 50;
export const DEFAULT_TZ = 'Europe/Amsterdam';

/** The options of a report, checked and resolved to instants. */
export interface ReportFrame {
  asOf: number;
  tz: string;
  year: number;
  period: Period;
  graceDays: number;
  target: number;
}

export function reportFrame(options: ReportOptions): ReportFrame {
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
  return { asOf, tz, year, period, graceDays, target: options.target ?? DEFAULT_TARGET };
}

/** The figures from the audit log's history as of the frame's asOf (see computeReport). */
export function reportFrom(history: History, cases: readonly CaseRecord[], frame: ReportFrame): Report {
  return finish(reportSteps(history, cases, frame));
}

/** reportFrom in steps: a figure (or a few hundred cases of one) at a time. */
export function* reportSteps(history: History, cases: readonly CaseRecord[], frame: ReportFrame): Steps<Report> {
  const { asOf, tz, year, period, graceDays } = frame;
  const assessments = yield* assessmentSteps(history, year, frame.target, tz);
  yield;
  const funnel = funnelFigures(history, period);
  yield;
  const leadTimes = leadTimeFigures(history, period, tz);
  yield;
  const advice = yield* adviceSteps(history, cases, asOf, graceDays, tz);
  const followThrough = yield* followThroughSteps(history, cases, period, tz);
  const quality = yield* qualitySteps(history, period, tz);
  yield;
  const algorithmRegister = registerFigures(history);
  yield;
  return {
    asOf: toIso(asOf),
    tz,
    year,
    period: { from: toIso(period.from), to: toIso(period.to) },
    overdueGraceDays: graceDays,
    assessments,
    funnel,
    leadTimes,
    advice,
    followThrough,
    ...quality,
    algorithmRegister,
  };
}

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
  const frame = reportFrame(options);
  return reportFrom(replay(events, frame.asOf), cases, frame);
}
