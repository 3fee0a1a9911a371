import type { AppDeps } from '../../app/deps.js';
import { cardMessage, localeOf, outcomeOf } from '../../app/delivery.js';
import type { JobOutcome } from '../../app/ports.js';
import { leadName } from '../../app/people.js';
import { planFollowUp, policyOf, sweepJobs } from '../../app/followup.js';
import { SETTLED, type CaseRecord } from '../../domain/case/case.js';
import { DECISION_ITEM } from '../../domain/followup/index.js';
import { translator } from '../../i18n/index.js';
import { cardContext } from '../../teams/cards/context.js';
import { decisionCard, nudgeCard } from '../../teams/cards/followup-cards.js';
import type { JobHandlers } from '../scheduler.js';

/** The language of a message about a case: the person's own, the lead's from the intake, or the default. */
const localeFor = (deps: AppDeps, aadObjectId: string, c: CaseRecord) =>
  localeOf(deps, aadObjectId, aadObjectId === c.leadId ? c.leadLocale : undefined);

/**
 * Follow-up in the background. `followup.plan` decides what is due for one case, records the
 * nudges and escalations on the items and queues the messages, all in one transaction, then
 * plans its next look; running it twice changes nothing. `nudge.send` only sends, and is never
 * repeated blindly, so a nudge is neither sent twice nor lost without trace.
 */
export function followUpJobs(deps: AppDeps): JobHandlers {
  /** Sends a card about the case; a person the bot cannot reach is a matter for the case handler. */
  async function sendOrTellHandler(c: CaseRecord, recipientId: string, card: object): Promise<JobOutcome> {
    const sent = await deps.sender.toPerson(recipientId, cardMessage(card));
    if (sent.status === 'unreachable' || sent.status === 'no-route') {
      await deps.jobs.enqueue({
        id: `escalate.unreachable:${c.id}:${recipientId}`,
        kind: 'escalate.handler',
        dueAt: deps.clock.now(),
        payload: { caseId: c.id, itemId: '', count: 0, unreachable: true },
      });
    }
    return outcomeOf(sent, deps.clock.now());
  }

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
        const ctx = cardContext(deps, localeFor(deps, recipientId, c));
        const card = nudgeCard(c, ctx, { itemIds, recipientId, maxSnoozes: deps.config.followUp.maxSnoozes });
        return sendOrTellHandler(c, recipientId, card);
      },
    },
    // A reminder about the lead's pending decision: the decision card again, with the final report.
    'decision.remind': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c || c.state !== 'assessed') return { status: 'done' };
        const ctx = cardContext(deps, localeFor(deps, c.leadId, c));
        return sendOrTellHandler(c, c.leadId, decisionCard(c, ctx, { reminder: true }));
      },
    },
    'escalate.handler': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const t = translator(deps.config.defaultLocale);
        const n = c.advice.findIndex((i) => i.id === job.payload.itemId) + 1;
        const count = Number(job.payload.count);
        const text = job.payload.unreachable
          ? t('escalation.unreachable', { id: c.id })
          : job.payload.itemId === DECISION_ITEM
            ? t('escalation.decision', { id: c.id, count, lead: leadName(c, t) })
            : t('escalation.handler', { n, id: c.id, count });
        const card = deps.messages.triageCard(c.id);
        const channelId = card?.conversationId.split(';messageid=')[0] ?? deps.config.uthiek.channelId;
        if (!channelId) return { status: 'failed', error: 'no Team Uthiek channel configured' };
        const sent = card
          ? await deps.sender.toThread(channelId, card.activityId, { text })
          : await deps.sender.newChannelPost(channelId, { text });
        return outcomeOf(sent, deps.clock.now());
      },
    },
    'notify.decision': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c || c.state !== 'assessed') return { status: 'done' };
        return sendOrTellHandler(c, c.leadId, decisionCard(c, cardContext(deps, localeFor(deps, c.leadId, c))));
      },
    },
    // Every day, and at start: a case in follow-up whose planning was lost (e.g. a crash) gets it back.
    'followup.sweep': {
      async run() {
        await deps.jobs.enqueue(...sweepJobs(deps, deps.clock.now()));
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
  };
}
