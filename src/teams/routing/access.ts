import type { AppDeps } from '../../app/deps.js';
import { RosterUnavailable } from '../../app/ports.js';
import type { MessageKey } from '../../i18n/index.js';
import type { Turn } from './turn.js';

/** Who may use a command or a card action. */
export type Audience = 'everyone' | 'uthiek';

/**
 * Declared once on every command and card action, and enforced by the routing before the
 * handler runs: Team Uthiek's routes name the refusal a non-member gets, in their language.
 * Checks that depend on the resource (is this the lead of this case?) stay in the handler.
 */
export type Access = { audience: 'everyone' } | { audience: 'uthiek'; refused: MessageKey };

/** The refusal for an actor the route is not for, or undefined when they may use it. */
export async function refusal(access: Access, turn: Turn, deps: Pick<AppDeps, 'members'>): Promise<string | undefined> {
  if (access.audience === 'everyone') return undefined;
  try {
    return (await deps.members.isMember(turn.actor.id)) ? undefined : turn.t(access.refused);
  } catch (err) {
    // the roster was never read and Teams does not answer in time: say so, change nothing
    if (err instanceof RosterUnavailable) return turn.t('common.rosterUnavailable');
    throw err;
  }
}
