import { createHash } from 'node:crypto';
import type { CaseRecord, Chased } from '../domain/case/case.js';
import type { CaseEvent } from '../domain/case/events.js';
import {
  addWorkingDays,
  chasedOf,
  DECISION_ITEM,
  followUpPolicy,
  groupNudges,
  localDate,
  nextNudgeAt,
  nudgePlan,
  recordDelivered,
  recordEscalation,
  recordNudge,
  type FollowUpPolicy,
} from '../domain/followup/index.js';
import type { CaseChange } from '../store/repositories/cases.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';
import { inSlices, type Slicing } from '../slices.js';

/** An action owner named by e-mail address: looked up in Teams by the `outcome.owners` job. */
export const OWNER_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The job that finds the action owners named by e-mail in Teams, after `actorId` recorded the outcome of `c`. */
export function ownersLookup(c: CaseRecord, actorId: string, deps: Pick<AppDeps, 'clock'>): JobSpec | undefined {
  if (!c.advice.some((i) => !i.ownerId && i.ownerName && OWNER_EMAIL.test(i.ownerName))) return undefined;
  return {
    id: `outcome.owners:${c.id}:${c.rev ?? 0}`,
    kind: 'outcome.owners',
    dueAt: deps.clock.now(),
    payload: { caseId: c.id, recipientId: actorId },
  };
}

export function policyOf(deps: Pick<AppDeps, 'config'>): FollowUpPolicy {
  return followUpPolicy({ tz: deps.config.timeZone, ...deps.config.followUp });
}

/**
 * When a pending decision is first chased: one cadence of working days after the outcome, the
 * same pace as the reminders about advice items.
 */
export function decisionDue(deps: Pick<AppDeps, 'config' | 'clock'>): string {
  const policy = policyOf(deps);
  return addWorkingDays(localDate(deps.clock.now(), policy.tz), policy.cadenceWorkingDays, policy);
}

/** When the case next needs a look: the earliest moment anything it chases falls due. */
export function nextLook(c: CaseRecord, now: Date, policy: FollowUpPolicy): Date | undefined {
  const times = chasedOf(c).map(({ chased }) => nextNudgeAt(chased, now, policy)?.getTime() ?? Infinity);
  const first = Math.min(...times);
  return Number.isFinite(first) ? new Date(first) : undefined;
}

/**
 * A look at the case at `at`. Its id is the moment: two plans that arrive at the same next look
 * (after a change, a sweep) become one job, so a case never has two chains of plans.
 */
export const planJob = (c: CaseRecord, at: Date): JobSpec => ({
  id: `followup.plan:${c.id}:${at.toISOString()}`,
  kind: 'followup.plan',
  dueAt: at,
  payload: { caseId: c.id },
});

/** The first look at a case whose decision has just become pending, or that has just entered follow-up. */
export function firstPlan(deps: Pick<AppDeps, 'config' | 'clock'>, c: CaseRecord): JobSpec | undefined {
  const at = nextLook(c, deps.clock.now(), policyOf(deps));
  return at ? planJob(c, at) : undefined;
}

/** The case with what it chases under `itemId` changed: the pending decision, or an advice item. */
function changeChased(c: CaseRecord, itemId: string, change: <T extends Chased>(x: T) => T): CaseRecord {
  if (itemId === DECISION_ITEM) return c.decisionChase ? { ...c, decisionChase: change(c.decisionChase) } : c;
  return { ...c, advice: c.advice.map((i) => (i.id === itemId ? change(i) : i)) };
}

/**
 * What is due for one case, as one change: the reminders (about advice items in follow-up, or
 * about the pending decision) and escalations recorded, the messages queued, and the next look
 * planned. Applying it twice changes nothing: what is chased remembers its nudges, and the jobs'
 * ids are fixed by the moment.
 */
export function planFollowUp(c: CaseRecord, now: Date, policy: FollowUpPolicy): CaseChange {
  const decisions = nudgePlan(c, now, policy);
  const events: CaseEvent[] = [];
  const jobs: JobSpec[] = [];
  let next = c;
  for (const group of groupNudges(decisions)) {
    for (const itemId of group.itemIds) next = changeChased(next, itemId, (x) => recordNudge(x, now));
    const digest = createHash('sha1').update(group.itemIds.join(',')).digest('hex').slice(0, 8);
    const decision = group.itemIds.includes(DECISION_ITEM);
    // the reminder counts (and `nudge.sent` is recorded) once it has arrived: `nudgeDelivered`
    jobs.push({
      id: `${decision ? 'decision.remind' : 'nudge.send'}:${c.id}:${group.recipientId}:${digest}:${now.toISOString()}`,
      kind: decision ? 'decision.remind' : 'nudge.send',
      dueAt: now,
      payload: {
        caseId: c.id,
        recipientId: group.recipientId,
        recipient: group.recipient,
        itemIds: group.itemIds,
        plannedAt: now.toISOString(),
      },
    });
  }
  for (const d of decisions) {
    if (d.kind === 'nudge') continue;
    const level = d.kind === 'escalate-handler' ? 'handler' : 'report';
    next = changeChased(next, d.itemId, (x) => recordEscalation(x, level));
    events.push({ type: 'nudge.escalated', actor: 'system', data: { itemId: d.itemId, level } });
    if (level === 'handler') {
      jobs.push({
        id: `escalate.handler:${c.id}:${d.itemId}`,
        kind: 'escalate.handler',
        dueAt: now,
        payload: { caseId: c.id, itemId: d.itemId, count: d.unansweredNudges },
      });
    }
  }
  next = { ...next, updatedAt: now.toISOString() };
  const at = nextLook(next, new Date(now.getTime() + 60_000), policy);
  if (at) jobs.push(planJob(c, at));
  return { next: decisions.length ? next : c, events, jobs };
}

/**
 * The reminder planned at `plannedAt` about `itemIds` arrived: it now counts towards escalation
 * for each of them, and `nudge.sent` is recorded. Once only; a reminder that never arrives
 * counts for nothing (the handler is told of it as of every message that does not arrive).
 */
export function nudgeDelivered(
  c: CaseRecord,
  delivered: { itemIds: string[]; plannedAt?: string; recipient: string },
): CaseChange {
  const { itemIds, plannedAt, recipient } = delivered;
  const chased = new Map(chasedOf(c).map((x) => [x.itemId, x.chased]));
  const counted = itemIds.filter((id) => plannedAt && chased.get(id)?.pendingNudgeAt === plannedAt);
  if (counted.length === 0) return { next: c, events: [] };
  let next = c;
  for (const itemId of counted) next = changeChased(next, itemId, (x) => recordDelivered(x, plannedAt));
  return { next, events: [{ type: 'nudge.sent', actor: 'system', data: { itemIds: counted, recipient } }] };
}

/**
 * A case whose planning was lost (e.g. a crash) gets it back; and the next sweep is planned. Only
 * the cases that chase something are visited (the case index keeps them), in slices that let turns
 * run between them (`slices`: by default 8 ms, then the next turn of the event loop). A case is read as it is when its turn
 * comes; plans queued and cases changed while other work ran are looked at again at the end, so the
 * result is what one pass over every case would give at that moment.
 */
export async function sweepJobs(
  deps: Pick<AppDeps, 'config' | 'cases' | 'jobs'>,
  now: Date,
  slices?: Slicing,
): Promise<JobSpec[]> {
  const policy = policyOf(deps);
  const planned = () => new Set(deps.jobs.open('followup.plan').map((j) => String(j.payload.caseId)));
  const pending = planned();
  const found = new Map<string, { rev: number | undefined; job: JobSpec }>();
  const visit = (id: string) => {
    if (pending.has(id)) return;
    const c = deps.cases.get(id);
    const at = c && nextLook(c, now, policy);
    if (c && at) found.set(id, { rev: c.rev, job: planJob(c, at) });
  };
  await inSlices(deps.cases.chasedIds(), visit, slices);
  const plannedMeanwhile = planned();
  const jobs: JobSpec[] = [];
  for (const [id, { rev, job }] of found) {
    const c = deps.cases.get(id);
    if (!c || plannedMeanwhile.has(id)) continue;
    // changed meanwhile: its next look as it is now
    const at = c.rev === rev ? job.dueAt : nextLook(c, now, policy);
    if (at) jobs.push(planJob(c, at));
  }
  const tomorrow = new Date(now.getTime() + 86_400_000);
  jobs.push({ id: `followup.sweep:${tomorrow.toISOString().slice(0, 10)}`, kind: 'followup.sweep', dueAt: tomorrow });
  return jobs;
}
