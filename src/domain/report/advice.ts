import { SETTLED, type AdviceStatus, type CaseRecord } from '../case/case.js';
import { followedUp, type History } from './replay.js';
import { figure } from './stats.js';
import { finish, type Steps } from './steps.js';
import { startOfDayAfter } from './time.js';
import type { Figure, Report } from './types.js';

interface ItemRef {
  caseId: string;
  ref: string;
}

const toFigure = (items: ItemRef[]): Figure =>
  figure(
    items.map((i) => i.caseId),
    items.map((i) => i.ref),
  );

/**
 * Advice items as they stood at asOf. The items and their due dates come from the case
 * documents; statuses and escalations only from events (no `advice.status` event = open).
 * Items count only for cases assessed before asOf and not cancelled or duplicate.
 * Open at close: not settled when an Uthiek member closed the case; nobody can settle it any more,
 * so it counts here and not as overdue or escalated.
 * Overdue: not settled, the case not closed, and asOf is past the end of the local day `dueDate + graceDays`.
 * Escalated: escalated to the report level and still not settled, the case not closed — the report's escalation list.
 */
export function adviceFigures(
  history: History,
  cases: readonly CaseRecord[],
  asOf: number,
  graceDays: number,
  tz: string,
): Report['advice'] {
  return finish(adviceSteps(history, cases, asOf, graceDays, tz));
}

/** adviceFigures in steps of a few hundred cases. */
export function* adviceSteps(
  history: History,
  cases: readonly CaseRecord[],
  asOf: number,
  graceDays: number,
  tz: string,
): Steps<Report['advice']> {
  const all: ItemRef[] = [];
  const settled: ItemRef[] = [];
  const openAtClose: ItemRef[] = [];
  const overdue: ItemRef[] = [];
  const notFollowed: ItemRef[] = [];
  const escalated: ItemRef[] = [];
  const docs = new Map(cases.map((doc) => [doc.id, doc]));
  let n = 0;
  for (const doc of docs.values()) {
    if (++n % 100 === 0) yield;
    const c = history.cases.get(doc.id);
    if (!c || !followedUp(c) || c.assessments.length === 0) continue;
    for (const item of doc.advice) {
      const ref = { caseId: doc.id, ref: `${doc.id}/${item.id}` };
      const status = c.adviceStatus?.get(item.id) ?? 'open';
      const isSettled = SETTLED.has(status as AdviceStatus);
      all.push(ref);
      if (status === 'not-followed') notFollowed.push(ref);
      if (isSettled) settled.push(ref);
      else if (c.closedAt !== undefined) openAtClose.push(ref);
      else {
        if (asOf >= startOfDayAfter(item.dueDate, graceDays + 1, tz)) overdue.push(ref);
        if (c.escalatedToReport?.has(item.id)) escalated.push(ref);
      }
    }
  }
  yield;
  const items = toFigure(all);
  yield;
  const settledFigure = toFigure(settled);
  yield;
  return {
    items,
    settled: settledFigure,
    openAtClose: toFigure(openAtClose),
    overdue: toFigure(overdue),
    notFollowed: toFigure(notFollowed),
    escalated: toFigure(escalated),
  };
}

/**
 * Works out, a few hundred items per step, the moments at which advice items become overdue
 * (remembered by startOfDayAfter), so that the first report after a start does not spend its
 * time on that. Optional: reports give the same figures with or without it.
 */
export function* overdueMoments(cases: readonly CaseRecord[], graceDays: number, tz: string): Steps<void> {
  let n = 0;
  for (const doc of cases) {
    for (const item of doc.advice) startOfDayAfter(item.dueDate, graceDays + 1, tz);
    if (++n % 200 === 0) yield;
  }
}
