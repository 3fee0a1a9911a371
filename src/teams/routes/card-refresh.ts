import { z } from 'zod';
import { currentCard, isAddressee } from '../cards/current-card.js';
import type { RefreshTarget } from '../cards/refresh.js';
import { refusal, type Access } from '../routing/access.js';
import { cardAction } from '../routing/card-action.js';

const id = z.string().min(1).max(40);
const target = z.discriminatedUnion('card', [
  z.object({ card: z.literal('triage'), caseId: id }),
  z.object({
    card: z.literal('lead-notice'),
    caseId: id,
    kind: z.enum(['accepted', 'info', 'declined', 'duplicate', 'cancelled', 'closed']),
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
 * Who else may see a card: Team Uthiek, with the refusal for anyone else. The triage card is Team
 * Uthiek's alone; a poll is the invitee's own question; other cards are about a case.
 */
const teamOnly = (data: RefreshTarget): Access => ({
  audience: 'uthiek',
  refused: data.card === 'triage' ? 'refresh.notMember' : data.card === 'poll' ? 'poll.notInvited' : 'refresh.notYours',
});

/**
 * Universal Actions' automatic refresh (the card's `refresh`, for the people in its `userIds`):
 * the card as it stands now and as it fits the viewer, one builder per kind of card
 * (cards/current-card.ts): the triage card with Team Uthiek's buttons only for its members, the
 * lead's notices, decision form, nudges and availability polls without buttons once answered,
 * settled or past, and a notice about an assessment that was moved or called off saying so. Only
 * for whom the card was sent to (the triage card's Team Uthiek, the lead, an action owner, a
 * participant, an invitee) and Team Uthiek; anyone else gets a refusal, as from the verbs that
 * sent it. Changes nothing.
 */
export const refresh = cardAction({
  shows: true,
  audience: 'everyone',
  schema: target,
  async handle(turn, data, deps) {
    const refused = isAddressee(deps, data, turn.actor.id) ? undefined : await refusal(teamOnly(data), turn, deps);
    return refused ?? currentCard(deps, data, { id: turn.actor.id, locale: turn.locale });
  },
});
