import { z } from 'zod';
import { defineCardAction } from '../card-action-route.js';
import { helpCard } from '../cards/help-card.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import type { Turn } from '../turn.js';

/** The help card lists exactly the commands that are registered, in the person's language. */
const helpFor = async (deps: Deps, turn: Turn) => helpCard(deps.commands.list(), await deps.members.isMember(turn.actorId), turn);

export function registerHelp(app: App, deps: Deps): void {
  defineCommand(
    app,
    deps,
    { id: 'help', words: { nl: ['help', 'hulp', '?'], en: ['help', '?'] }, help: 'help.cmd.help', audience: 'everyone' },
    async (turn) => {
      await turn.context.sendActivity({ attachments: [cardAttachment(await helpFor(deps, turn))] });
    },
  );
  // The welcome card's button turns the card into the help card.
  defineCardAction(app, deps, 'help.show', z.object({}).passthrough(), async (turn) => helpFor(deps, turn));
}
