import { createHash } from 'node:crypto';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { addressedToBot } from './activity.js';
import type { CommandSpec } from './commands.js';
import type { App, Deps } from './deps.js';
import { safe } from './safe.js';
import { turnOf, type Turn } from './turn.js';

export type CommandHandler = (turn: Turn, args: string) => Promise<void>;

/**
 * Registers a typed command: adds it to the help registry and routes messages that start with
 * one of its words to `handler`. In channels and group chats only messages that @mention the
 * bot count as commands; others belong to the signal detector.
 */
export function defineCommand(app: App, deps: Deps, spec: CommandSpec, handler: CommandHandler): void {
  deps.commands.add(spec);
  const selector = async (context: TurnContext) =>
    context.activity.type === ActivityTypes.Message &&
    !context.activity.value &&
    addressedToBot(context.activity) &&
    deps.commands.match(context.activity.text)?.spec.id === spec.id;
  app.message(
    selector,
    safe(deps, `command:${spec.id}`, async (context) => {
      if (!(await firstDelivery(deps, context))) return;
      const match = deps.commands.match(context.activity.text);
      await handler(turnOf(context, deps), match?.args ?? '');
    }),
  );
}

/**
 * Teams sends a message again when the bot did not answer within about 15 seconds; a command
 * (e.g. "aanmelden", which starts a case) must then not run twice. Remembers the activity id.
 */
async function firstDelivery(deps: Deps, context: TurnContext): Promise<boolean> {
  const id = context.activity.id;
  if (!id) return true;
  // a hash: the inbox keeps no conversation or person ids
  const key = createHash('sha256').update(`${context.activity.conversation?.id ?? ''}|${id}`).digest('base64url').slice(0, 24);
  return deps.inbox.firstTime(key);
}
