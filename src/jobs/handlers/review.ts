import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliver, deliverCard, localeOf } from '../../app/delivery.js';
import { handlerMention, teamPlace } from '../../app/undelivered.js';
import { translator } from '../../i18n/index.js';
import { teamContext } from '../../teams/cards/context.js';
import { noticeCard } from '../../teams/cards/notice-card.js';
import { levelName, reviewCard } from '../../teams/cards/review-cards.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * Reviews of decisions not to follow advice: the card for the case handler in Team Uthiek's
 * channel (in the case's thread, the handler @mentioned), and the lead told the answer. Both are
 * delivery records: what does not arrive is reported like any other message.
 */
export function reviewJobHandlers(deps: AppDeps): JobHandlers {
  return {
    'review.post': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        const review = c?.reviews?.find((r) => r.id === job.payload.reviewId);
        if (!c || !review || review.resolution) return { status: 'done' };
        const recipient = teamPlace(deps, c);
        if (!recipient) return { status: 'failed', error: 'no Team Uthiek channel configured' };
        const spec = { id: job.id, caseId: c.id, kind: 'escalation' as const, detail: 'review', recipient };
        const { outcome } = await deliver(deps, spec, async () => {
          const ctx = teamContext(deps);
          const members = await deps.members.list();
          const card = reviewCard(c, review, ctx, { levels: deps.config.escalationLevels, members });
          const mention = handlerMention(c, members, ctx.t);
          return {
            ...cardMessage(card),
            text: ctx.t('review.mention', { id: c.id }),
            ...(mention ? { mention } : {}),
          };
        });
        return outcome;
      },
      interrupted: 'retry',
    },
    'review.notify': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        const r = c?.reviews?.find((x) => x.id === job.payload.reviewId)?.resolution;
        if (!c || !r) return { status: 'done' };
        const spec = { id: job.id, caseId: c.id, kind: 'lead-notice' as const, detail: 'review', to: c.leadId };
        return deliverCard(deps, spec, () => {
          const t = translator(localeOf(deps, c.leadId, c.leadLocale));
          const level = levelName(deps.config.escalationLevels, r.level);
          return noticeCard(
            t('review.lead.title', { id: c.id }),
            t(r.outcome === 'accepted' ? 'review.lead.accepted' : 'review.lead.escalated', { level }),
          );
        });
      },
      interrupted: 'retry',
    },
  };
}
