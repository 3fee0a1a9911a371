import { z } from 'zod';
import { currentCard } from '../cards/current-card.js';
import { cardAction } from '../routing/card-action.js';

const id = z.string().min(1).max(40);
const target = z.discriminatedUnion('card', [
  z.object({ card: z.literal('triage'), caseId: id }),
  z.object({
    card: z.literal('lead-notice'),
    caseId: id,
    kind: z.enum(['accepted', 'info', 'declined', 'duplicate', 'cancelled']),
    requestId: z.string().max(40).default(''),
  }),
  z.object({ card: z.literal('decision'), caseId: id }),
  z.object({ card: z.literal('nudge'), caseId: id, items: z.string().max(2000), recipientId: id }),
  z.object({ card: z.literal('poll'), proposalId: id }),
  z.object({
    card: z.literal('assessment'),
    caseId: id,
    kind: z.enum(['invite', 'updated', 'cancelled', 'prep', 'reminder']),
    sequence: z.coerce.string().max(10),
  }),
]);

/**
 * Universal Actions' automatic refresh (the card's `refresh`, for the people in its `userIds`):
 * the card as it stands now and as it fits the viewer, one builder per kind of card
 * (cards/current-card.ts): the triage card with Team Uthiek's buttons only for its members, the
 * lead's notices, decision form, nudges and availability polls without buttons once answered,
 * settled or past, and a notice about an assessment that was moved or called off saying so. Changes nothing.
 */
export const refresh = cardAction({
  audience: 'everyone',
  schema: target,
  handle: (turn, data, deps) => currentCard(deps, data, { id: turn.actor.id, locale: turn.locale }),
});
