import { createHash } from 'node:crypto';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { App, Deps } from '../deps.js';
import { refusal, type Access } from './access.js';
import { addressedToBot } from './activity.js';
import type { CommandSpec } from './commands.js';
import { safe } from './safe.js';
import { speechOf, turnOf, type Turn } from './turn.js';

/** A typed command: its words and help line, who may use it, and its handler. */
export type CommandRoute = Omit<CommandSpec, 'audience'> &
  Access & {
    handle(turn: Turn, args: string, deps: Deps): Promise<void>;
  };

/** Declares a command route (the identity: it only checks the declaration's type). */
export const command = (route: CommandRoute): CommandRoute => route;

/**
 * Registers a typed command: adds it to the help registry and routes messages that start with
 * one of its words to its handler, once the actor is known and may use it. In channels and group
 * chats only messages that @mention the bot count as commands; others belong to the signal detector.
 */
export function registerCommand(app: App, deps: Deps, route: CommandRoute): void {
  const spec = deps.commands.add({ id: route.id, words: route.words, help: route.help, audience: route.audience });
  const selector = async (context: TurnContext) =>
    context.activity.type === ActivityTypes.Message &&
    !context.activity.value &&
    addressedToBot(context.activity) &&
    deps.commands.match(context.activity.text)?.spec.id === spec.id;
  app.message(
    selector,
    safe(deps, `command:${spec.id}`, async (context) => {
      if (!(await firstDelivery(deps, context))) return;
      const turn = turnOf(context, deps);
      if (!turn) return void (await context.sendActivity(speechOf(context, deps).t('common.unknownUser')));
      const refused = await refusal(route, turn, deps);
      if (refused) return void (await context.sendActivity(refused));
      await route.handle(turn, deps.commands.match(context.activity.text)?.args ?? '', deps);
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
  const key = createHash('sha256')
    .update(`${context.activity.conversation?.id ?? ''}|${id}`)
    .digest('base64url')
    .slice(0, 24);
  return deps.inbox.firstTime(key);
}
