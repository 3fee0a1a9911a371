import type { AppDeps } from '../../app/deps.js';
import type { Member } from '../../app/ports.js';
import type { CardJson } from './render.js';
import type { Verb } from './verbs.js';

/** Which card an automatic refresh asks for, and for which case. */
export type RefreshTarget = { card: 'triage'; caseId: string };

/** Teams refreshes a card automatically for at most this many people. */
const MAX_USERS = 60;

/**
 * Adds Universal Actions' `refresh` to a card: when one of `userIds` (Teams user ids, 29:…) opens
 * the conversation, Teams asks the bot for the card as it stands now and as it fits that viewer
 * (invoke adaptiveCard/action, trigger "automatic", verb card.refresh). Without anyone to refresh
 * for, the card stays as it is; its buttons work either way.
 */
export function withRefresh(card: CardJson, target: RefreshTarget, userIds: readonly (string | undefined)[]): CardJson {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))].slice(0, MAX_USERS);
  if (ids.length === 0) return card;
  const verb: Verb = 'card.refresh';
  return { ...card, refresh: { action: { type: 'Action.Execute', verb, data: { verb, ...target } }, userIds: ids } };
}

/** The Teams user ids (29:…) of Team Uthiek's members, as the roster or the people records know them. */
export function teamUserIds(deps: Pick<AppDeps, 'people'>, members: readonly Member[]): (string | undefined)[] {
  return members.map((m) => m.teamsUserId ?? deps.people.get(m.aadObjectId)?.teamsUserId);
}
