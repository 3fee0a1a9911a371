import type { z } from 'zod';
import type { CardJson } from './cards/render.js';
import type { App, Deps } from './deps.js';
import { turnOf, type Turn } from './turn.js';

export type CardActionResult = CardJson | string;
export type CardActionHandler<T> = (turn: Turn, data: T) => Promise<CardActionResult>;

/**
 * Registers one Action.Execute verb. The card's data is parsed with `schema` first: anything
 * malformed or forged gets a clear answer and changes nothing. The handler returns the card
 * that replaces the clicked one (for the person who clicked), or a short message.
 * An unexpected error becomes a polite message, never a failed invoke.
 */
export function defineCardAction<S extends z.ZodTypeAny>(
  app: App,
  deps: Deps,
  verb: string,
  schema: S,
  handler: CardActionHandler<z.infer<S>>,
): void {
  app.adaptiveCards.actionExecute(verb, async (context, _state, data) => {
    const turn = turnOf(context, deps);
    let parsed: ReturnType<S['safeParse']>;
    try {
      parsed = schema.safeParse(data ?? {}) as ReturnType<S['safeParse']>;
    } catch {
      // coercion can throw on odd values (objects without a primitive value, very deep arrays)
      parsed = { success: false, error: { issues: [] } } as unknown as ReturnType<S['safeParse']>;
    }
    if (!parsed.success) {
      deps.logger.warn({ verb, activityId: context.activity.id, issues: parsed.error.issues.map((i) => i.path.join('.')) }, 'card action refused: malformed data');
      return turn.t('common.invalidAction');
    }
    try {
      return await handler(turn, parsed.data);
    } catch (err) {
      deps.logger.error({ err: { message: (err as Error).message, stack: (err as Error).stack }, verb, activityId: context.activity.id, userId: turn.actorId }, 'card action failed');
      return turn.t('common.error');
    }
  });
}
