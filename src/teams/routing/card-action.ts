import type { TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { CardJson } from '../cards/render.js';
import type { Verb } from '../cards/verbs.js';
import type { App, Deps } from '../deps.js';
import { refusal, type Access } from './access.js';
import { clickKey, type Resends } from './resends.js';
import { speechOf, turnOf, type Turn } from './turn.js';

/** What a card action answers: the card that replaces the clicked one, or a short message. */
export type CardActionResult = CardJson | string;

/** One Action.Execute verb: who may use it, the shape of its data, and its handler. */
export type CardActionRoute<S extends z.ZodTypeAny = z.ZodTypeAny> = Access & {
  schema: S;
  /**
   * The route only shows something and changes nothing: the same click again is answered anew.
   * Any other route answers the same person's same click again (Teams resending it, a double
   * click) with the first answer (routing/resends.ts).
   */
  shows?: true;
  handle(turn: Turn, data: z.infer<S>, deps: Deps): Promise<CardActionResult>;
};

/** Declares a card action route (the identity: it infers the data's type from the schema). */
export const cardAction = <S extends z.ZodTypeAny>(route: CardActionRoute<S>): CardActionRoute<S> => route;

/**
 * Answers with a card that carries `refresh` as the view of the person who asked. Left to
 * teams-ai, such a card would first replace the message for everyone (an update call to Teams
 * while the invoke waits), giving everyone the view of whoever looked last (e.g. without Team
 * Uthiek's buttons). Everyone else gets their own view through their own refresh.
 */
async function answerViewer(context: TurnContext, card: CardJson): Promise<CardJson> {
  const body = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
  return card; // teams-ai sees the answer given and sends nothing more
}

/**
 * Registers one Action.Execute verb. First the actor: unknown, or not in the route's audience,
 * gets a clear answer. Then the card's data is parsed with the route's schema: anything malformed
 * or forged gets a clear answer and changes nothing. The same click by the same person, sent
 * again while it is answered or shortly after, gets the first answer (`resends`). An unexpected
 * error becomes a polite message, never a failed invoke.
 */
export function registerCardAction(
  app: App,
  deps: Deps,
  verb: Verb,
  route: CardActionRoute,
  resends: Resends<CardActionResult>,
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const turn = turnOf(context, deps);
    if (!turn) return speechOf(context, deps).t('common.unknownUser');
    const refused = await refusal(route, turn, deps);
    if (refused) return refused;
    let parsed: z.SafeParseReturnType<unknown, unknown>;
    try {
      parsed = route.schema.safeParse(data ?? {});
    } catch {
      // coercion can throw on odd values (objects without a primitive value, very deep arrays)
      parsed = { success: false, error: { issues: [] } } as unknown as z.SafeParseReturnType<unknown, unknown>;
    }
    if (!parsed.success) {
      deps.logger.warn(
        { verb, activityId: context.activity.id, issues: parsed.error.issues.map((i) => i.path.join('.')) },
        'card action refused: malformed data',
      );
      return turn.t('common.invalidAction');
    }
    try {
      const a = context.activity;
      const key = clickKey({
        actorId: turn.actor.id,
        verb,
        place: `${a.conversation?.id ?? ''}|${a.replyToId ?? ''}`,
        locale: turn.locale,
        data: parsed.data,
      });
      const result = await resends.once(key, turn.actor.id, !route.shows, () => route.handle(turn, parsed.data, deps));
      if (typeof result === 'object' && 'refresh' in result) return await answerViewer(context, result);
      return result;
    } catch (err) {
      deps.logger.error(
        {
          err: { message: (err as Error).message, stack: (err as Error).stack },
          verb,
          activityId: context.activity.id,
          userId: turn.actor.id,
        },
        'card action failed',
      );
      return turn.t('common.error');
    }
  });
}
