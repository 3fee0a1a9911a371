import { TurnContext, type Activity } from 'botbuilder';
import type { Clock } from '../domain/clock.js';
import type { ConversationRecord } from '../store/collections.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { People, PersonIds } from '../store/repositories/people.js';

export type ConversationKind = ConversationRecord['kind'];

export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (type === 'groupChat' || activity.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** Teams addresses a channel thread as "<channel id>;messageid=<root id>"; the channel is the part before. */
export function channelIdOf(activity: Partial<Activity>): string | undefined {
  const fromChannelData = (activity.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
  return fromChannelData ?? activity.conversation?.id?.split(';')[0];
}

export function teamIdOf(activity: Partial<Activity>): string | undefined {
  return (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
}

/** Where quiet settings live for this conversation: the channel, or the group chat. */
export const placeKey = (a: Partial<Activity>) =>
  conversationKind(a) === 'channel' ? `channel:${channelIdOf(a)}` : `chat:${a.conversation?.id}`;

/**
 * Keeps the reference needed to message this conversation later (proactively), from every inbound
 * activity (app.ts), so a conversation the bot never saw an install event for is reachable too.
 * Written only when it is new or has changed (another service URL, another user id, reachable
 * again), so an ordinary turn costs no write. A channel's or group chat's reference names nobody;
 * a 1:1 chat's holds the person's ids and the name Teams gives (what "mijn gegevens" shows).
 */
export async function rememberConversation(
  context: TurnContext,
  conversations: Conversations,
  clock: Clock,
): Promise<ConversationRecord> {
  const activity = context.activity;
  const kind = conversationKind(activity);
  const channelId = kind === 'channel' ? channelIdOf(activity) : undefined;
  // For channels, keep one record per channel (not per thread), pointing at the channel itself.
  const id = kind === 'channel' && channelId ? channelId : activity.conversation.id;
  // who wrote is no part of where to write to in a channel or group chat: the reference names nobody there
  const from = activity.from;
  const user =
    kind === 'personal' && from?.id
      ? { id: from.id, ...(from.name ? { name: from.name } : {}), aadObjectId: from.aadObjectId }
      : undefined;
  const existing = conversations.get(id);
  const userId = kind === 'personal' ? activity.from?.aadObjectId : undefined;
  const before = existing?.reference as { serviceUrl?: string; user?: { id?: string; name?: string } } | undefined;
  const unchanged =
    existing &&
    !existing.unreachableSince &&
    before?.serviceUrl === activity.serviceUrl &&
    JSON.stringify(before.user) === JSON.stringify(user) &&
    existing.userId === userId;
  // nearly every turn: nothing to write, and the reference is not even built
  if (unchanged) return existing;
  const reference = TurnContext.getConversationReference(activity) as Record<string, unknown>;
  if (kind === 'channel' && channelId) {
    (reference as { conversation: Record<string, unknown> }).conversation = {
      ...(reference.conversation as Record<string, unknown>),
      id: channelId,
    };
  }
  delete (reference as { activityId?: string }).activityId;
  if (user) reference.user = user;
  else delete reference.user;
  const now = clock.now().toISOString();
  const record: ConversationRecord = {
    id,
    kind,
    userId,
    teamId: teamIdOf(activity),
    channelId,
    tenantId:
      activity.conversation.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id,
    reference,
    installedAt: existing?.installedAt ?? now,
    updatedAt: now,
    welcomedAt: existing?.welcomedAt,
  };
  return conversations.save(record);
}

/** The ids needed to open a 1:1 chat with the person who sent the activity (their Teams user id and tenant). */
export function personIdsOf(activity: Partial<Activity>): PersonIds | undefined {
  const id = activity.from?.aadObjectId;
  const teamsUserId = activity.from?.id;
  if (!id || !teamsUserId) return undefined;
  const tenantId =
    activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return { id, teamsUserId, tenantId };
}

/**
 * Keeps the ids needed to open a 1:1 chat with a person later (personIdsOf). Only called when
 * the bot acts for or about that person, never for mere chatter.
 */
export async function rememberPerson(people: People, activity: Partial<Activity>): Promise<void> {
  const ids = personIdsOf(activity);
  if (ids) await people.remember(ids.id, ids);
}

/**
 * The first step of every turn after the tenant guard: the conversation's reference kept current,
 * and in a 1:1 chat the Teams user id of a person the bot keeps a record of (it can change). A
 * failure here is logged and the turn goes on: answering matters more than remembering.
 */
export async function refreshOnInbound(
  context: TurnContext,
  deps: { conversations: Conversations; people: People; clock: Clock; logger: { warn(o: object, m: string): void } },
): Promise<void> {
  const a = context.activity;
  if (!a.conversation?.id || !a.serviceUrl) return;
  try {
    await rememberConversation(context, deps.conversations, deps.clock);
    // a person record is kept only where the bot has a reason (rememberPerson's callers); one it has is kept current
    const id = a.from?.aadObjectId;
    if (conversationKind(a) === 'personal' && id && deps.people.get(id)) await rememberPerson(deps.people, a);
  } catch (err) {
    deps.logger.warn({ err: String(err).slice(0, 200), activityId: a.id }, 'conversation reference not refreshed');
  }
}
