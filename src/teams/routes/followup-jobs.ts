import { createHash } from 'node:crypto';
import { SETTLED, type CaseRecord } from '../../domain/case/case.js';
import type { CaseEvent } from '../../domain/case/events.js';
import { followUpPolicy, groupNudges, nextNudgeAt, nudgePlan, recordEscalation, recordNudge, type FollowUpPolicy } from '../../domain/followup/index.js';
import { supportedLocale, translator } from '../../i18n/index.js';
import type { JobOutcome, JobSpec } from '../../jobs/job.js';
import { cardAttachment } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { outcomeOf } from '../send-outcome.js';
import { nudgeCard } from './followup.js';
import { decisionCard } from './outcome.js';

export function policyOf(deps: Deps): FollowUpPolicy {
  return followUpPolicy({ tz: deps.config.timeZone, ...deps.config.followUp });
}

/** When the follow-up of a case next needs a look: the earliest moment any open item's nudge falls due. */
function nextLook(c: CaseRecord, now: Date, policy: FollowUpPolicy): Date | undefined {
  const times = c.advice.filter((i) => !SETTLED.has(i.status)).map((i) => nextNudgeAt(i, now, policy)?.getTime() ?? Infinity);
  const first = Math.min(...times);
  return Number.isFinite(first) ? new Date(first) : undefined;
}

const planJob = (c: CaseRecord, at: Date, seq: number): JobSpec => ({ id: `followup.plan:${c.id}:${seq}`, kind: 'followup.plan', dueAt: at, payload: { caseId: c.id, seq } });

/** The first look at a case that has just entered follow-up. */
export function firstPlan(deps: Deps, c: CaseRecord): JobSpec | undefined {
  if (c.state !== 'follow-up') return undefined;
  const at = nextLook(c, deps.clock.now(), policyOf(deps));
  return at ? planJob(c, at, 1) : undefined;
}

function localeOf(deps: Deps, aadObjectId: string, c: CaseRecord) {
  return deps.people.locale(aadObjectId) ?? (aadObjectId === c.leadId ? c.leadLocale : undefined) ?? supportedLocale(undefined) ?? deps.config.defaultLocale;
}

/**
 * Follow-up in the background. `followup.plan` decides what is due for one case, records the
 * nudges and escalations on the items and queues the messages, all in one transaction, then
 * plans its next look; running it twice changes nothing. `nudge.send` only sends, and is never
 * repeated blindly, so a nudge is neither sent twice nor lost without trace.
 */
export function registerFollowUpJobs(deps: Deps): void {
  deps.jobs.register(
    'followup.plan',
    async (job): Promise<JobOutcome> => {
      const now = deps.clock.now();
      const policy = policyOf(deps);
      const seq = Number(job.payload.seq);
      await deps.cases.update(String(job.payload.caseId), undefined, (c) => {
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
            jobs.push({ id: `escalate.handler:${c.id}:${d.itemId}`, kind: 'escalate.handler', dueAt: now, payload: { caseId: c.id, itemId: d.itemId, count: d.unansweredNudges } });
          }
        }
        const next = { ...c, advice, updatedAt: now.toISOString() };
        const at = nextLook(next, new Date(now.getTime() + 60_000), policy);
        if (at) jobs.push(planJob(c, at, seq + 1));
        return { next: decisions.length ? next : c, events, jobs };
      });
      deps.jobs.kick();
      return { status: 'done' };
    },
    'retry',
  );

  deps.jobs.register('nudge.send', async (job): Promise<JobOutcome> => {
    const c = deps.cases.get(String(job.payload.caseId));
    const recipientId = String(job.payload.recipientId);
    const itemIds = (job.payload.itemIds as string[]).filter((id) => c?.advice.some((i) => i.id === id && !SETTLED.has(i.status)));
    if (!c || c.state !== 'follow-up' || itemIds.length === 0) return { status: 'done' };
    const locale = localeOf(deps, recipientId, c);
    const card = nudgeCard(deps, translator(locale), locale, c, itemIds, recipientId);
    const sent = await deps.sender.toPerson(recipientId, { attachments: [cardAttachment(card)] });
    if (sent.status === 'unreachable' || sent.status === 'no-route') {
      await deps.jobs.enqueue({ id: `escalate.unreachable:${c.id}:${recipientId}`, kind: 'escalate.handler', dueAt: deps.clock.now(), payload: { caseId: c.id, itemId: '', count: 0, unreachable: true } });
    }
    return outcomeOf(sent, deps.clock.now());
  });

  deps.jobs.register('escalate.handler', async (job): Promise<JobOutcome> => {
    const c = deps.cases.get(String(job.payload.caseId));
    if (!c) return { status: 'done' };
    const t = translator(deps.config.defaultLocale);
    const n = c.advice.findIndex((i) => i.id === job.payload.itemId) + 1;
    const text = job.payload.unreachable ? t('escalation.unreachable', { id: c.id }) : t('escalation.handler', { n, id: c.id, count: Number(job.payload.count) });
    const card = deps.messages.triageCard(c.id);
    const channelId = card?.conversationId.split(';messageid=')[0] ?? deps.config.uthiek.channelId;
    if (!channelId) return { status: 'failed', error: 'no Team Uthiek channel configured' };
    const sent = card ? await deps.sender.toThread(channelId, card.activityId, { text }) : await deps.sender.newChannelPost(channelId, { text });
    return outcomeOf(sent, deps.clock.now());
  });

  deps.jobs.register('notify.decision', async (job): Promise<JobOutcome> => {
    const c = deps.cases.get(String(job.payload.caseId));
    if (!c || c.state !== 'assessed') return { status: 'done' };
    const locale = localeOf(deps, c.leadId, c);
    const sent = await deps.sender.toPerson(c.leadId, { attachments: [cardAttachment(decisionCard(deps, translator(locale), locale, c))] });
    return outcomeOf(sent, deps.clock.now());
  });

  // Every day, and at start: a case in follow-up whose planning was lost (e.g. a crash) gets it back.
  deps.jobs.register(
    'followup.sweep',
    async () => {
      const now = deps.clock.now();
      const pending = new Set(deps.jobs.open('followup.plan').map((j) => String(j.payload.caseId)));
      const jobs: JobSpec[] = [];
      for (const c of deps.cases.all((x) => x.state === 'follow-up' && !pending.has(x.id))) {
        const at = nextLook(c, now, policyOf(deps));
        if (at) jobs.push(planJob(c, at, now.getTime()));
      }
      const tomorrow = new Date(now.getTime() + 86_400_000);
      jobs.push({ id: `followup.sweep:${tomorrow.toISOString().slice(0, 10)}`, kind: 'followup.sweep', dueAt: tomorrow });
      await deps.jobs.enqueue(...jobs);
      return { status: 'done' };
    },
    'retry',
  );
  void deps.jobs.enqueue({ id: `followup.sweep:start:${deps.clock.now().toISOString()}`, kind: 'followup.sweep', dueAt: deps.clock.now() });
}
