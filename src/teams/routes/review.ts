import { z } from 'zod';
import { reviewNotice } from '../../app/review.js';
import { triageRefresh } from '../../app/triage.js';
import { resolveReview } from '../../domain/followup/outcome.js';
import { teamContext } from '../cards/context.js';
import { noticeCard } from '../cards/notice-card.js';
import { reviewCard } from '../cards/review-cards.js';
import type { Deps } from '../deps.js';
import { text } from '../input.js';
import { cardAction, type CardActionRoute } from '../routing/card-action.js';
import type { Turn } from '../routing/turn.js';

/**
 * The case handler's review of a decision not to follow advice: accept it, or escalate it to a
 * level of the escalation line (ESCALATION_LEVELS). Either is recorded; the card then shows it.
 */

const ref = z.object({ caseId: z.string().min(1).max(40), reviewId: z.string().min(1).max(40) }).passthrough();
const NOTE_MAX = 1000;

function answer(outcome: 'accepted' | 'escalated'): CardActionRoute<typeof ref> {
  return cardAction({
    audience: 'uthiek',
    refused: 'review.notMember',
    schema: ref,
    async handle(turn: Turn, data, deps: Deps) {
      const c = deps.cases.get(data.caseId);
      const review = c?.reviews?.find((r) => r.id === data.reviewId);
      if (!c || !review) return turn.t('intake.notFound');
      const levels = deps.config.escalationLevels;
      const show = async (notice?: string) =>
        reviewCard(deps.cases.get(c.id) ?? c, review, teamContext(deps), {
          levels,
          members: await deps.members.list(),
          ...(notice ? { notice } : {}),
        });
      if (review.resolution || c.state === 'cancelled') return show();
      const note = text(outcome === 'accepted' ? data.acceptNote : data.escalateNote);
      if (note.length > NOTE_MAX) return show(teamContext(deps).t('review.error.note', { max: NOTE_MAX }));
      const level = text(data.level);
      if (outcome === 'escalated' && !levels.some((l) => l.code === level))
        return show(teamContext(deps).t('review.error.level'));
      const now = deps.clock.now();
      const result = await deps.cases.update(c.id, undefined, (cur) => ({
        ...resolveReview(cur, {
          reviewId: review.id,
          outcome,
          ...(outcome === 'escalated' ? { level, levelName: levels.find((l) => l.code === level)?.name } : {}),
          ...(note ? { note } : {}),
          actor: turn.actor.id,
          now,
        }),
        jobs: [triageRefresh(cur, deps), reviewNotice(deps, cur, review.id)],
      }));
      if (result.status !== 'ok') return turn.t('common.staleNoCard');
      deps.jobs.kick();
      deps.logger.info({ caseId: c.id, reviewId: review.id, outcome, level, userId: turn.actor.id }, 'review answered');
      const resolved = result.case.reviews?.find((r) => r.id === review.id);
      if (!resolved) return noticeCard(turn.t('review.title', { id: c.id }));
      return reviewCard(result.case, resolved, teamContext(deps), { levels, members: await deps.members.list() });
    },
  });
}

export const accept = answer('accepted');
export const escalate = answer('escalated');
