import { SETTLED, type AdviceStatus, type CaseRecord } from '../case/case.js';
import { followedUp, type History } from './replay.js';
import { figure } from './stats.js';
import { finish, type Steps } from './steps.js';
import { startOfDayAfter, within, type Period } from './time.js';
import type { Figure, Report } from './types.js';

/**
 * Whether advice is followed through, as the log stood at asOf:
 * - decisionsPending: cases (not cancelled) whose latest outcome the lead has not yet decided on;
 * - escalatedToHandler / escalatedToReport: advice items and pending decisions escalated to each
 *   level of the reminders, ever (ids "caseId/itemId", "caseId/decision");
 * - reviewsOpened, reviewsAccepted, reviewsOpen: the case handler's reviews of decisions not to
 *   follow advice (ids "caseId/reviewId"); reviewsEscalated: one figure per level of the
 *   escalation line, by the level's name when it was chosen;
 * - snoozedPastDue: unsettled items of open cases whose latest snooze ends after the end of their due date;
 * - withdrawn, cancelled: cases withdrawn by their lead or cancelled by Team Uthiek in the period.
 */
export function followThroughFigures(
  history: History,
  cases: readonly CaseRecord[],
  period: Period,
  tz: string,
): Report['followThrough'] {
  return finish(followThroughSteps(history, cases, period, tz));
}

/** followThroughFigures in steps of a few hundred cases. */
export function* followThroughSteps(
  history: History,
  cases: readonly CaseRecord[],
  period: Period,
  tz: string,
): Steps<Report['followThrough']> {
  const pending: string[] = [];
  const handler: [string, string][] = [];
  const report: [string, string][] = [];
  const opened: [string, string][] = [];
  const accepted: [string, string][] = [];
  const open: [string, string][] = [];
  const byLevel = new Map<string, [string, string][]>();
  const snoozed: [string, string][] = [];
  const withdrawn: string[] = [];
  const cancelled: string[] = [];
  const docs = new Map(cases.map((doc) => [doc.id, doc]));
  yield;
  let n = 0;
  for (const c of history.cases.values()) {
    if (++n % 100 === 0) yield;
    if (c.duplicate) continue;
    if (within(c.withdrawnAt, period)) withdrawn.push(c.id);
    if (within(c.cancelledAt, period)) cancelled.push(c.id);
    const decided = c.decidedAt !== undefined && c.outcomeAt !== undefined && c.decidedAt >= c.outcomeAt;
    if (c.outcomeAt !== undefined && !c.cancelled && !decided) pending.push(c.id);
    for (const id of c.escalatedToHandler ?? []) handler.push([c.id, `${c.id}/${id}`]);
    for (const id of c.escalatedToReport ?? []) report.push([c.id, `${c.id}/${id}`]);
    for (const r of c.reviews) {
      const ref: [string, string] = [c.id, `${c.id}/${r.id}`];
      opened.push(ref);
      if (r.outcome === 'accepted') accepted.push(ref);
      if (!r.outcome && !c.cancelled) open.push(ref);
      if (r.outcome === 'escalated') {
        const level = byLevel.get(r.level ?? '');
        if (level) level.push(ref);
        else byLevel.set(r.level ?? '', [ref]);
      }
    }
    const doc = docs.get(c.id);
    if (!doc || !followedUp(c) || c.closedAt !== undefined) continue;
    for (const item of doc.advice) {
      const until = c.snoozedUntil?.get(item.id);
      const status = c.adviceStatus?.get(item.id) ?? 'open';
      if (until === undefined || SETTLED.has(status as AdviceStatus)) continue;
      if (until >= startOfDayAfter(item.dueDate, 1, tz)) snoozed.push([c.id, `${c.id}/${item.id}`]);
    }
  }
  const fig = (refs: [string, string][]): Figure =>
    figure(
      refs.map(([caseId]) => caseId),
      refs.map(([, id]) => id),
    );
  yield;
  return {
    decisionsPending: figure(pending),
    escalatedToHandler: fig(handler),
    escalatedToReport: fig(report),
    reviewsOpened: fig(opened),
    reviewsAccepted: fig(accepted),
    reviewsOpen: fig(open),
    reviewsEscalated: [...byLevel.keys()].sort().map((level) => ({ level, escalated: fig(byLevel.get(level)!) })),
    snoozedPastDue: fig(snoozed),
    withdrawn: figure(withdrawn),
    cancelled: figure(cancelled),
  };
}
