import type { AppDeps } from '../../app/deps.js';
import { caseLocaleOf, deliver, deliverCard } from '../../app/delivery.js';
import { handlerMention, teamPlace } from '../../app/undelivered.js';
import { nudgeDelivered, planFollowUp, policyOf, sweepJobs } from '../../app/followup.js';
import { SETTLED, type CaseRecord } from '../../domain/case/case.js';
import { DECISION_ITEM } from '../../domain/followup/index.js';
import { leadName } from '../../app/people.js';
import { plural, translator } from '../../i18n/index.js';
import { currentCard } from '../../teams/cards/current-card.js';
import { withoutMarkup } from '../../teams/cards/render.js';
import type { JobHandlers } from '../scheduler.js';

const SWEEP_BATCH = 100;

/**
 * Follow-up in the background. `followup.plan` decides what is due for one case, records the
 * nudges and escalations on the items and queues the messages, all in one transaction, then
 * plans its next look; running it twice changes nothing. `nudge.send` only sends, and is never
 * repeated blindly, so a nudge is neither sent twice nor lost without trace.
 */
export function followUpJobs(deps: AppDeps): JobHandlers {
  // the decision form (a reminder once the decision has been chased), with the final report and the advice letter
  const decisionFor = (c: CaseRecord) =>
    currentCard(deps, { card: 'decision', caseId: c.id }, { id: c.leadId, locale: caseLocaleOf(deps, c.leadId, c) });
  /** Once a reminder (a job of `planFollowUp`) has arrived, it counts for the items it is about. */
  const arrived = (job: { payload: Record<string, unknown> }, caseId: string, itemIds: string[]) => () => {
    const plannedAt = typeof job.payload.plannedAt === 'string' ? job.payload.plannedAt : undefined;
    const recipient = String(job.payload.recipient ?? 'lead');
    return deps.cases.update(caseId, undefined, (c) => nudgeDelivered(c, { itemIds, plannedAt, recipient }));
  };
  return {
    'followup.plan': {
      async run(job) {
        const now = deps.clock.now();
        await deps.cases.update(String(job.payload.caseId), undefined, (c) => planFollowUp(c, now, policyOf(deps)));
        deps.jobs.kick();
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
    'nudge.send': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        const recipientId = String(job.payload.recipientId);
        const itemIds = (job.payload.itemIds as string[]).filter((id) =>
          c?.advice.some((i) => i.id === id && !SETTLED.has(i.status)),
        );
        if (!c || c.state !== 'follow-up' || itemIds.length === 0) return { status: 'done' };
        // a person the bot cannot reach is reported to the case handler (the delivery.report job)
        const spec = { id: job.id, caseId: c.id, kind: 'nudge' as const, to: recipientId };
        const target = { card: 'nudge' as const, caseId: c.id, items: itemIds.join(','), recipientId };
        return deliverCard(
          deps,
          spec,
          () => currentCard(deps, target, { id: recipientId, locale: caseLocaleOf(deps, recipientId, c) }),
          arrived(job, c.id, itemIds),
        );
      },
      interrupted: 'retry',
    },
    // A reminder about the lead's pending decision: the decision card again, with the final report.
    'decision.remind': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c || c.state !== 'assessed') return { status: 'done' };
        const spec = { id: job.id, caseId: c.id, kind: 'decision-request' as const, detail: 'reminder', to: c.leadId };
        return deliverCard(deps, spec, () => decisionFor(c), arrived(job, c.id, [DECISION_ITEM]));
      },
      interrupted: 'retry',
    },
    'escalate.handler': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const recipient = teamPlace(deps, c);
        if (!recipient) return { status: 'failed', error: 'no Team Uthiek channel configured' };
        const spec = { id: job.id, caseId: c.id, kind: 'escalation' as const, recipient };
        const { outcome } = await deliver(deps, spec, async () => {
          const t = translator(deps.config.defaultLocale);
          const n = c.advice.findIndex((i) => i.id === job.payload.itemId) + 1;
          const count = Number(job.payload.count);
          const text =
            job.payload.itemId === DECISION_ITEM
              ? plural(t, 'escalation.decision', count, { id: c.id, count, lead: withoutMarkup(leadName(c, t)) })
              : plural(t, 'escalation.handler', count, { n, id: c.id, count });
          const mention = handlerMention(c, await deps.members.list(), t);
          return { text, summary: t('escalation.summary', { id: c.id }), ...(mention ? { mention } : {}) };
        });
        return outcome;
      },
      interrupted: 'retry',
    },
    'notify.decision': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c || c.state !== 'assessed') return { status: 'done' };
        const spec = { id: job.id, caseId: c.id, kind: 'decision-request' as const, to: c.leadId };
        return deliverCard(deps, spec, () => decisionFor(c));
      },
      interrupted: 'retry',
    },
    // Every day, and at start: a case in follow-up whose planning was lost (e.g. a crash) gets it back.
    'followup.sweep': {
      async run() {
        const jobs = await sweepJobs(deps, deps.clock.now());
        // a thousand plans in one transaction would hold the event loop while it is written: a hundred at a time
        for (let i = 0; i < jobs.length; i += SWEEP_BATCH) await deps.jobs.enqueue(...jobs.slice(i, i + SWEEP_BATCH));
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
  };
}
