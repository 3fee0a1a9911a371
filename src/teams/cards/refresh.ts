import type { AppDeps } from '../../app/deps.js';
import type { Member } from '../../app/ports.js';
import type { NoticeKind } from '../../app/schedule.js';
import type { LeadNoticeKind } from '../../app/triage.js';
import type { CardJson } from './render.js';
import type { Verb } from './verbs.js';

/**
 * Which card an automatic refresh asks for: the triage card in Team Uthiek's channel, or one of
 * the cards the bot sends a person (the lead's notices, the decision form, a nudge, an
 * availability poll). Values are strings: they travel in the card's data.
 */
export type RefreshTarget =
  | { card: 'triage'; caseId: string }
  | { card: 'lead-notice'; caseId: string; kind: LeadNoticeKind; requestId: string }
  | { card: 'decision'; caseId: string }
  | { card: 'nudge'; caseId: string; items: string; recipientId: string }
  | { card: 'poll'; proposalId: string }
  | { card: 'assessment'; caseId: string; kind: NoticeKind; sequence: string };

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

/** The Teams user ids of people (AAD object ids), as their 1:1 chat or their person record knows them. */
export function personUserIds(
  deps: Pick<AppDeps, 'people' | 'conversations'>,
  aadObjectIds: readonly string[],
): (string | undefined)[] {
  const chatUser = (id: string) => {
    const user = deps.conversations.personal(id)?.reference.user as { id?: unknown } | undefined;
    return typeof user?.id === 'string' ? user.id : undefined;
  };
  return aadObjectIds.map((id) => deps.people.get(id)?.teamsUserId ?? chatUser(id));
}
