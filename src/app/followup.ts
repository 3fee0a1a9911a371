import { createHash } from 'node:crypto';
import { SETTLED, type CaseRecord } from '../domain/case/case.js';
import type { CaseEvent } from '../domain/case/events.js';
import {
  followUpPolicy,
  groupNudges,
  nextNudgeAt,
  nudgePlan,
  recordEscalation,
  recordNudge,
  type FollowUpPolicy,
} from '../domain/followup/index.js';
import type { CaseChange } from '../store/repositories/cases.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';

export function policyOf(deps: Pick<AppDeps, 'config'>): FollowUpPolicy {
  return followUpPolicy({ tz: deps.config.timeZone, ...deps.config.followUp });
}

/** When the follow-up of a case next needs a look: the earliest moment any open item's nudge falls due. */
export function nextLook(c: CaseRecord, now: Date, policy: FollowUpPolicy): Date | undefined {
  const times = c.advice
    .filter((i) => !SETTLED.has(i.status))
    .map((i) => nextNudgeAt(i, now, policy)?.getTime() ?? Infinity);
  const first = Math.min(...times);
  return Number.isFinite(first) ? new Date(first) : undefined;
}

export const planJob = (c: CaseRecord, at: Date, seq: number): JobSpec => ({
  id: `followup.plan:${c.id}:${seq}`,
  kind: 'followup.plan',
  dueAt: at,
  payload: { caseId: c.id, seq },
});

/** The first look at a case that has just entered follow-up. */
export function firstPlan(deps: Pick<AppDeps, 'config' | 'clock'>, c: CaseRecord): JobSpec | undefined {
  if (c.state !== 'follow-up') return undefined;
  const at = nextLook(c, deps.clock.now(), policyOf(deps));
  return at ? planJob(c, at, 1) : undefined;
}

/**
 * What is due for one case in follow-up, as one change: the nudges and escalations recorded on the
 * items, the messages queued, and the next look planned. Applying it twice changes nothing: the
 * items remember their nudges, and the jobs' ids are fixed by the moment.
 */
export function planFollowUp(c: CaseRecord, now: Date, policy: FollowUpPolicy, seq: number): CaseChange {
  if (c.state !== 'follow-up') return { next: c, events: [] };
  const decisions = nudgePlan(c, now, policy);
  const events: CaseEvent[] = [];
  const jobs: JobSpec[] = [];
  let advice = c.advice;
  const update = (itemId: string, change: (i: (typeof advice)[number]) => (typeof advice)[number]) => {
    advice = advice.map((i) => (i.id === itemId ? change(i) : i));
  };
  for (const group of groupNudges(decisions)) {
    for (const itemId of group.itemIds) update(itemId, (i) => recordNudge(i, now));
    const digest = createHash('sha1').update(group.itemIds.join(',')).digest('hex').slice(0, 8);
    jobs.push({
      id: `nudge.send:${c.id}:${group.recipientId}:${digest}:${now.toISOString()}`,
      kind: 'nudge.send',
      dueAt: now,
      payload: { caseId: c.id, recipientId: group.recipientId, itemIds: group.itemIds },
    });
    events.push({ type: 'nudge.sent', actor: 'system', data: { itemIds: group.itemIds, recipient: group.recipient } });
  }
  for (const d of decisions) {
    if (d.kind === 'nudge') continue;
    const level = d.kind === 'escalate-handler' ? 'handler' : 'report';
    update(d.itemId, (i) => recordEscalation(i, level));
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
  const next = { ...c, advice, updatedAt: now.toISOString() };
  const at = nextLook(next, new Date(now.getTime() + 60_000), policy);
  if (at) jobs.push(planJob(c, at, seq + 1));
  return { next: decisions.length ? next : c, events, jobs };
}

/** A case in follow-up whose planning was lost (e.g. a crash) gets it back; and the next sweep is planned. */
export function sweepJobs(deps: Pick<AppDeps, 'config' | 'cases' | 'jobs'>, now: Date): JobSpec[] {
  const pending = new Set(deps.jobs.open('followup.plan').map((j) => String(j.payload.caseId)));
  const jobs: JobSpec[] = [];
  for (const c of deps.cases.all((x) => x.state === 'follow-up' && !pending.has(x.id))) {
    const at = nextLook(c, now, policyOf(deps));
    if (at) jobs.push(planJob(c, at, now.getTime()));
  }
  const tomorrow = new Date(now.getTime() + 86_400_000);
  jobs.push({ id: `followup.sweep:${tomorrow.toISOString().slice(0, 10)}`, kind: 'followup.sweep', dueAt: tomorrow });
  return jobs;
}
