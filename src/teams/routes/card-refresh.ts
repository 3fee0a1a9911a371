import { z } from 'zod';
import { triageCardFor } from '../cards/case-card.js';
import { teamUserIds, withRefresh } from '../cards/refresh.js';
import { cardAction } from '../routing/card-action.js';

const target = z.object({ card: z.literal('triage'), caseId: z.string().min(1).max(40) }).passthrough();

/**
 * Universal Actions' automatic refresh (the card's `refresh`, for the people in its `userIds`):
 * the triage card as the case stands now, with the buttons for Team Uthiek and without them for
 * anyone else who sees the channel. Changes nothing.
 */
export const refresh = cardAction({
  audience: 'everyone',
  schema: target,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    const members = await deps.members.list();
    const readOnly = !members.some((m) => m.aadObjectId === turn.actor.id);
    const card = await triageCardFor(deps, c, { readOnly });
    return withRefresh(card, { card: 'triage', caseId: c.id }, teamUserIds(deps, members));
  },
});
