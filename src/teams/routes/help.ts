import { z } from 'zod';
import { helpCard } from '../cards/help-card.js';
import { cardAttachment } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';

/** The help card lists exactly the commands that are registered, in the person's language. */
const helpFor = async (deps: Deps, turn: Turn) =>
  helpCard(
    deps.commands.list(),
    {
      uthiek: await deps.members.isMember(turn.actor.id).catch(() => false),
      viewer: await deps.viewers.isMember(turn.actor.id).catch(() => false),
    },
    turn,
  );

export const help = command({
  id: 'help',
  words: { nl: ['help', 'hulp', '?'], en: ['help', '?'] },
  help: 'help.cmd.help',
  audience: 'everyone',
  async handle(turn, _args, deps) {
    await turn.context.sendActivity({ attachments: [cardAttachment(await helpFor(deps, turn))] });
  },
});

/** The welcome card's button turns the card into the help card. */
export const show = cardAction({
  shows: true,
  audience: 'everyone',
  schema: z.object({}).passthrough(),
  handle: async (turn, _data, deps) => helpFor(deps, turn),
});
