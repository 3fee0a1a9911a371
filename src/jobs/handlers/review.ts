import type { AppDeps } from '../../app/deps.js';
import { deliverCard, localeOf, outcomeOf } from '../../app/delivery.js';
import type { Outgoing } from '../../app/ports.js';
import { translator } from '../../i18n/index.js';
import { teamContext } from '../../teams/cards/context.js';
import { noticeCard } from '../../teams/cards/notice-card.js';
import { levelName, reviewCard } from '../../teams/cards/review-cards.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * Reviews of decisions not to follow advice: the card for the case handler in Team Uthiek's
 * channel (in the case's thread, the handler @mentioned), and the lead told the answer.
 */
export function reviewJobHandlers(deps: AppDeps): JobHandlers {
  return {
    'review.post': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        const review = c?.reviews?.find((r) => r.id === job.payload.reviewId);
        if (!c || !review || review.resolution) return { status: 'done' };
        const ctx = teamContext(deps);
        const members = await deps.members.list();
        const card = reviewCard(c, review, ctx, { levels: deps.config.escalationLevels, members });
        const handler = members.find((m) => m.aadObjectId === c.triage?.handlerId);
        const message: Outgoing = {
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        };
        if (handler?.name) {
          // Teams accepts an Entra object id as the mentioned person's id
          const tag = `<at>${handler.name}</at>`;
          message.text = `${tag} ${ctx.t('review.mention', { id: c.id })}`;
          message.entities = [
            { type: 'mention', text: tag, mentioned: { id: handler.aadObjectId, name: handler.name } },
          ];
        } else message.text = ctx.t('review.mention', { id: c.id });
        const thread = deps.messages.triageCard(c.id);
        const channelId = thread?.conversationId.split(';messageid=')[0] ?? deps.config.uthiek.channelId;
        if (!channelId) return { status: 'failed', error: 'no Team Uthiek channel configured' };
        const sent = thread
          ? await deps.sender.toThread(channelId, thread.activityId, message)
          : await deps.sender.newChannelPost(channelId, message);
        return outcomeOf(sent, deps.clock.now());
      },
    },
    'review.notify': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        const r = c?.reviews?.find((x) => x.id === job.payload.reviewId)?.resolution;
        if (!c || !r) return { status: 'done' };
        const t = translator(localeOf(deps, c.leadId, c.leadLocale));
        const level = levelName(deps.config.escalationLevels, r.level);
        const card = noticeCard(
          t('review.lead.title', { id: c.id }),
          t(r.outcome === 'accepted' ? 'review.lead.accepted' : 'review.lead.escalated', { level }),
        );
        return deliverCard(deps, c.leadId, card);
      },
    },
  };
}
