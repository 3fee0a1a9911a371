import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliverCard, localeOf, outcomeOf } from '../../app/delivery.js';
import type { LeadNoticeKind } from '../../app/triage.js';
import { cardContext } from '../../teams/cards/context.js';
import { triageCardFor } from '../../teams/cards/case-card.js';
import { leadNoticeCard } from '../../teams/cards/triage-cards.js';
import type { JobHandlers } from '../scheduler.js';

const RETRY_NO_CHANNEL_MS = 60 * 60 * 1000;

/** Background work of triage: keeping the case's card in Team Uthiek's channel current, and telling the lead. */
export function triageJobs(deps: AppDeps): JobHandlers {
  return {
    'triage.post': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const channelId = deps.config.uthiek.channelId;
        if (!channelId)
          return { status: 'failed', error: 'no triage channel: set UTHIEK_TEAM_ID (and UTHIEK_CHANNEL_ID)' };
        const message = cardMessage(await triageCardFor(deps, c));
        const existing = deps.messages.triageCard(c.id);
        if (existing) {
          const updated = await deps.sender.update(existing.conversationId, existing.activityId, message);
          if (updated.status !== 'unreachable') return outcomeOf(updated, deps.clock.now());
        }
        const posted = await deps.sender.newChannelPost(channelId, message);
        if (posted.status === 'sent') {
          await deps.messages.saveTriageCard(c.id, {
            conversationId: posted.conversationId,
            activityId: posted.activityId ?? '',
            postedAt: deps.clock.now().toISOString(),
          });
          deps.logger.info({ caseId: c.id }, 'case posted for triage');
        }
        // The bot may not be in the Team Uthiek team yet: try again later instead of giving up.
        if (posted.status === 'no-route')
          return {
            status: 'retry',
            at: new Date(deps.clock.now().getTime() + RETRY_NO_CHANNEL_MS),
            error: 'the bot is not installed in the Team Uthiek team yet',
          };
        return outcomeOf(posted, deps.clock.now());
      },
    },
    'notify.lead': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const ctx = cardContext(deps, localeOf(deps, c.leadId, c.leadLocale));
        const request = c.triage?.requests.find((r) => r.id === job.payload.requestId);
        const card = leadNoticeCard(c, job.payload.kind as LeadNoticeKind, ctx, {
          members: await deps.members.list(),
          request,
        });
        return deliverCard(deps, c.leadId, card);
      },
    },
  };
}
