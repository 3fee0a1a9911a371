import type { z } from 'zod';
import type { CardJson } from '../cards/render.js';
import type { Verb } from '../cards/verbs.js';
import type { App, Deps } from '../deps.js';
import { refusal, type Access } from './access.js';
import { speechOf, turnOf, type Turn } from './turn.js';

/** What a card action answers: the card that replaces the clicked one, or a short message. */
export type CardActionResult = CardJson | string;

/** One Action.Execute verb: who may use it, the shape of its data, and its handler. */
export type CardActionRoute<S extends z.ZodTypeAny = z.ZodTypeAny> = Access & {
  schema: S;
  handle(turn: Turn, data: z.infer<S>, deps: Deps): Promise<CardActionResult>;
};

/** Declares a card action route (the identity: it infers the data's type from the schema). */
export const cardAction = <S extends z.ZodTypeAny>(route: CardActionRoute<S>): CardActionRoute<S> => route;

/**
 * Registers one Action.Execute verb. First the actor: unknown, or not in the route's audience,
 * gets a clear answer. Then the card's data is parsed with the route's schema: anything malformed
 * or forged gets a clear answer and changes nothing. An unexpected error becomes a polite
 * message, never a failed invoke.
 */
export function registerCardAction(app: App, deps: Deps, verb: Verb, route: CardActionRoute): void {
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
      return await route.handle(turn, parsed.data, deps);
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
