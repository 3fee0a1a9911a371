import { channelIdOf, placeKey, teamIdOf } from '../conversations.js';
import type { Deps } from '../deps.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';

/**
 * Autonomy: anyone can stop invitations for themselves (in 1:1), and for a channel or group
 * chat (there, with an @mention). A team chooses whether invitations go privately or in the thread.
 */

async function setPlace(
  deps: Deps,
  turn: Turn,
  id: string,
  change: { quiet?: boolean; signalDelivery?: 'private' | 'thread' },
) {
  await deps.settings.change(id, change, turn.actor.id);
  deps.logger.info({ setting: id, ...change, userId: turn.actor.id }, 'setting changed');
}

/** "stil" in 1:1 quiets the person; in a channel or group chat, that place. */
async function setQuiet(deps: Deps, turn: Turn, quiet: boolean): Promise<void> {
  if (turn.kind === 'personal') {
    await deps.people.setQuiet(turn.actor.id, quiet);
    await turn.context.sendActivity(turn.t(quiet ? 'signal.quiet.on' : 'signal.quiet.off'));
  } else {
    await setPlace(deps, turn, placeKey(turn.context.activity), { quiet });
    await turn.context.sendActivity(turn.t(quiet ? 'signal.channelQuiet.on' : 'signal.channelQuiet.off'));
  }
}

export const quiet = command({
  id: 'quiet',
  words: { nl: ['stil', 'geen uitnodigingen'], en: ['quiet', 'no invitations'] },
  help: 'help.cmd.quiet',
  audience: 'everyone',
  handle: (turn, _args, deps) => setQuiet(deps, turn, true),
});

export const signalsOn = command({
  id: 'signalsOn',
  words: { nl: ['signalen aan', 'uitnodigingen aan'], en: ['signals on', 'invitations on'] },
  help: 'help.cmd.signalsOn',
  audience: 'everyone',
  handle: (turn, _args, deps) => setQuiet(deps, turn, false),
});

export const delivery = command({
  id: 'delivery',
  words: { nl: ['uitnodigingen'], en: ['invitations'] },
  help: 'help.cmd.delivery',
  audience: 'everyone',
  async handle(turn, args, deps) {
    const teamId = teamIdOf(turn.context.activity);
    if (turn.kind !== 'channel' || !teamId || !channelIdOf(turn.context.activity)) {
      return void (await turn.context.sendActivity(turn.t('signal.delivery.onlyTeam')));
    }
    const wanted = /draad|thread/i.test(args) ? 'thread' : /priv/i.test(args) ? 'private' : undefined;
    if (!wanted) return void (await turn.context.sendActivity(turn.t('signal.delivery.usage')));
    await setPlace(deps, turn, `team:${teamId}`, { signalDelivery: wanted });
    await turn.context.sendActivity(turn.t(wanted === 'thread' ? 'signal.delivery.thread' : 'signal.delivery.private'));
  },
});
