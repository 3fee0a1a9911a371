import type { Activity, ConversationParameters, ConversationReference } from 'botbuilder';
import type { Outgoing, Sender, SendResult } from '../app/ports.js';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import type { ConversationRecord } from '../store/collections.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { People } from '../store/repositories/people.js';
import type { ConnectorTurns } from './connector-turns.js';
import { activityOf, classify } from './outgoing.js';
import type { Pacer } from './pacer.js';
import type { PersonalChats } from './personal-chats.js';

const referenceOf = (record: ConversationRecord) => record.reference as unknown as ConversationReference;

/** The record's reference, pointed at another conversation id (a channel thread). */
const referenceFor = (record: ConversationRecord, conversationId: string): Partial<ConversationReference> => {
  const ref = referenceOf(record);
  return { ...ref, conversation: { ...ref.conversation, id: conversationId } };
};

/**
 * Every message the bot sends on its own initiative goes through here: to a person (opening a
 * 1:1 chat when there is none, or the one known was removed), to a conversation, or as a new
 * channel post; and card updates. Every call is paced (pacer.ts); 429s are waited out by the
 * connector pipeline (send-policy.ts); results are data (src/domain/delivery).
 */
export class ProactiveSender implements Sender {
  constructor(
    private readonly turns: ConnectorTurns,
    private readonly conversations: Conversations,
    private readonly people: People,
    private readonly chats: PersonalChats,
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly pacer: Pacer,
  ) {}

  /** Resolves when no call is queued or running (for an orderly stop). */
  idle(): Promise<void> {
    return this.pacer.idle();
  }

  async toPerson(aadObjectId: string, message: Outgoing): Promise<SendResult> {
    const activity = this.activityFor(message);
    const personal = this.conversations.personal(aadObjectId);
    if (!personal) return this.chats.open(aadObjectId, activity);
    const result = await this.send(personal, referenceOf(personal), activity, personal.id);
    // the chat is gone (the app removed, the bot blocked): open it again once, if that can be done
    if (result.status !== 'unreachable') return result;
    const reopened = await this.chats.open(aadObjectId, activity);
    // no other way to them: the refusal is what the person who is told needs to know
    return reopened.status === 'no-route' ? result : reopened;
  }

  async toThread(channelId: string, rootMessageId: string, message: Outgoing): Promise<SendResult> {
    const record = this.conversations.channel(channelId);
    if (!record || record.unreachableSince) return { status: 'no-route' };
    const threadId = `${channelId};messageid=${rootMessageId}`;
    return this.send(record, referenceFor(record, threadId), this.activityFor(message), threadId, 'message');
  }

  /** A new post in a channel of a team the bot is installed in. */
  async newChannelPost(channelId: string, message: Outgoing): Promise<SendResult> {
    const via = this.conversations.channel(channelId);
    const teamRecord = via ?? this.conversations.inTeam(this.config.uthiek.teamId, 'channel');
    if (!teamRecord || teamRecord.unreachableSince) return { status: 'no-route' };
    const params = {
      isGroup: true,
      channelData: { channel: { id: channelId }, tenant: { id: teamRecord.tenantId } },
      tenantId: teamRecord.tenantId,
      activity: this.activityFor(message),
    } as unknown as ConversationParameters;
    return this.pacer.run(async () => {
      try {
        const conversationId = await this.turns.inNewConversation(
          referenceOf(teamRecord).serviceUrl,
          params,
          async (ctx) => ctx.activity.conversation.id,
        );
        // Teams names a new post's thread "<channel>;messageid=<id of the post>".
        const activityId = /;messageid=(.+)$/.exec(conversationId)?.[1];
        if (!via) await this.rememberChannel(channelId, teamRecord);
        return { status: 'sent' as const, conversationId, ...(activityId ? { activityId } : {}) };
      } catch (err) {
        return this.failed(teamRecord, classify(err));
      }
    });
  }

  /** Replaces a message the bot sent earlier (e.g. a triage card after an action); 'gone' when it no longer exists. */
  async update(conversationId: string, activityId: string, message: Outgoing): Promise<SendResult> {
    const channelId = conversationId.split(';')[0]!;
    const record = this.conversations.get(conversationId) ?? this.conversations.get(channelId);
    if (!record) return { status: 'no-route' };
    const activity = { ...this.activityFor(message), id: activityId };
    return this.pacer.run(async () => {
      try {
        await this.turns.inConversation(referenceFor(record, conversationId), (ctx) =>
          ctx.updateActivity(activity).then(() => undefined),
        );
        return { status: 'sent' as const, conversationId, activityId };
      } catch (err) {
        const result = classify(err, 'message');
        this.logger.warn({ conversationId: record.id, status: result.status }, 'card update failed');
        return result;
      }
    });
  }

  private send(
    record: ConversationRecord,
    reference: Partial<ConversationReference>,
    activity: Partial<Activity>,
    conversationId: string,
    where: 'conversation' | 'message' = 'conversation',
  ): Promise<SendResult> {
    if (record.unreachableSince) return Promise.resolve({ status: 'no-route' });
    return this.pacer.run(async () => {
      try {
        const activityId = await this.turns.inConversation(
          reference,
          async (ctx) => (await ctx.sendActivity(activity))?.id,
        );
        return { status: 'sent' as const, conversationId, ...(activityId ? { activityId } : {}) };
      } catch (err) {
        return this.failed(record, classify(err, where));
      }
    });
  }

  /** The activity for a message; a mention names the person by their Teams id when the bot knows it. */
  private activityFor(message: Outgoing): Partial<Activity> {
    const mention = message.mention;
    const mentioned = mention && (mention.teamsUserId ?? this.people.get(mention.aadObjectId)?.teamsUserId);
    return activityOf(message, mentioned);
  }

  /** A channel we post in becomes a known conversation, so its posts can be updated later. */
  private async rememberChannel(channelId: string, team: ConversationRecord): Promise<void> {
    const now = this.clock.now().toISOString();
    const reference = { ...referenceOf(team), conversation: { ...referenceOf(team).conversation, id: channelId } };
    await this.conversations.add({
      id: channelId,
      kind: 'channel',
      teamId: team.teamId,
      channelId,
      tenantId: team.tenantId,
      reference: reference as unknown as Record<string, unknown>,
      installedAt: now,
      updatedAt: now,
    });
  }

  private async failed(record: ConversationRecord, result: SendResult): Promise<SendResult> {
    this.logger.warn(
      { conversationId: record.id, status: result.status, error: 'error' in result ? result.error : undefined },
      'proactive send failed',
    );
    // refused (403), or a 1:1 chat or channel that is gone (404): nothing more goes there
    if (result.status === 'unreachable') await this.conversations.markUnreachable(record.id);
    return result;
  }
}
