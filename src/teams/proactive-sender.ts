import {
  TurnContext,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import type { Sender, SendResult } from '../app/ports.js';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import type { ConversationRecord } from '../store/collections.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { People } from '../store/repositories/people.js';
import PQueue from 'p-queue';
import type { ThrottleSignal } from './send-policy.js';

type Outgoing = Partial<Activity>;

const referenceOf = (record: ConversationRecord) => record.reference as unknown as ConversationReference;

/** The record's reference, pointed at another conversation id (a channel thread). */
const referenceFor = (record: ConversationRecord, conversationId: string): Partial<ConversationReference> => {
  const ref = referenceOf(record);
  return { ...ref, conversation: { ...ref.conversation, id: conversationId } };
};

function classify(err: unknown): SendResult {
  const e = err as { statusCode?: number; code?: string; message?: string };
  const message = `${e.statusCode ?? e.code ?? 'error'}: ${(e.message ?? String(err)).slice(0, 200)}`;
  if (e.statusCode === 403 || e.statusCode === 404) return { status: 'unreachable', error: message };
  if (e.statusCode === 429) return { status: 'throttled', error: message };
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(message)) return { status: 'retryable', error: message };
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500)
    return { status: 'failed', error: message };
  return { status: 'unknown', error: message };
}

/**
 * Every message the bot sends on its own initiative goes through here: to a person (opening a
 * 1:1 chat when needed), to a conversation, or as a new channel post; and card updates.
 * Sends are paced by a rate limiter; 429s are waited out by the connector pipeline
 * (send-policy.ts); a 403 marks the conversation unreachable.
 */
export class ProactiveSender implements Sender {
  private readonly limiter: PQueue;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly conversations: Conversations,
    private readonly people: People,
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly logger: Logger,
    throttle: ThrottleSignal,
    limits: { perSecond: number; concurrency: number } = { perSecond: 25, concurrency: 8 },
  ) {
    this.limiter = new PQueue({ concurrency: limits.concurrency, intervalCap: limits.perSecond, interval: 1000 });
    this.stopListening = throttle.listen((ms) => this.holdFor(ms));
  }

  private readonly stopListening: () => void;

  /** Waits for queued sends and stops listening for throttling. */
  async close(): Promise<void> {
    await this.limiter.onIdle();
    this.stopListening();
  }

  private resumeAt = 0;

  /** Teams said "too many": start no new send until the wait is over. */
  private holdFor(ms: number): void {
    const until = Date.now() + ms;
    if (until <= this.resumeAt) return;
    const wasHolding = this.resumeAt > Date.now();
    this.resumeAt = until;
    this.limiter.pause();
    if (!wasHolding) this.resumeLater();
  }

  /** One timer at a time; it waits again if the hold was extended meanwhile (timers may also fire a little early). */
  private resumeLater(): void {
    const left = this.resumeAt - Date.now();
    if (left <= 0) {
      this.limiter.start();
      return;
    }
    setTimeout(() => this.resumeLater(), left + 1).unref();
  }

  private paced<T>(work: () => Promise<T>): Promise<T> {
    return this.limiter.add(work, { throwOnTimeout: true });
  }

  /** Resolves when no send is queued or running (for an orderly stop). */
  async idle(): Promise<void> {
    await this.limiter.onIdle();
  }

  /**
   * Runs `work` in a turn the adapter starts (`start` passes it the turn logic). The adapter
   * hands errors inside a turn to onTurnError instead of the caller, so they are caught here and
   * rethrown: a failed send must be seen.
   */
  private async captured<T>(
    start: (logic: (ctx: TurnContext) => Promise<void>) => Promise<void>,
    work: (ctx: TurnContext) => Promise<T>,
  ): Promise<T> {
    let failure: unknown;
    let result: T | undefined;
    await start(async (ctx) => {
      try {
        result = await work(ctx);
      } catch (err) {
        failure = err;
      }
    });
    if (failure !== undefined) throw failure;
    return result as T;
  }

  private inTurn<T>(reference: Partial<ConversationReference>, work: (ctx: TurnContext) => Promise<T>): Promise<T> {
    return this.captured((logic) => this.adapter.continueConversationAsync(this.appId, reference, logic), work);
  }

  private inNewConversation<T>(
    serviceUrl: string,
    params: ConversationParameters,
    work: (ctx: TurnContext) => Promise<T>,
  ): Promise<T> {
    return this.captured(
      (logic) => this.adapter.createConversationAsync(this.appId, 'msteams', serviceUrl, '', params, logic),
      work,
    );
  }

  private get appId(): string {
    return this.config.credentials?.appId ?? '';
  }

  /** To a person's 1:1 chat with the bot; opens one through a shared team if there is none yet. */
  async toPerson(aadObjectId: string, activity: Outgoing): Promise<SendResult> {
    const personal = this.conversations.personal(aadObjectId);
    if (personal) return this.toConversation(personal.id, activity);
    const person = this.people.get(aadObjectId);
    const via = this.conversations.shared(person?.tenantId);
    if (!person?.teamsUserId || !via) return { status: 'no-route' };
    return this.openPersonalChat(aadObjectId, person.teamsUserId, via, activity);
  }

  async toConversation(conversationId: string, activity: Outgoing): Promise<SendResult> {
    const record = this.conversations.get(conversationId);
    if (!record || record.unreachableSince) return { status: 'no-route' };
    return this.paced(async () => {
      try {
        const activityId = await this.inTurn(
          referenceOf(record),
          async (ctx) => (await ctx.sendActivity(activity))?.id,
        );
        return { status: 'sent' as const, conversationId, activityId };
      } catch (err) {
        return this.failed(record, err);
      }
    });
  }

  /** A reply in an existing channel thread. */
  async toThread(channelId: string, rootMessageId: string, activity: Outgoing): Promise<SendResult> {
    const record = this.conversations.get(channelId);
    if (!record || record.unreachableSince) return { status: 'no-route' };
    const threadId = `${channelId};messageid=${rootMessageId}`;
    const reference = referenceFor(record, threadId);
    return this.paced(async () => {
      try {
        const activityId = await this.inTurn(reference, async (ctx) => (await ctx.sendActivity(activity))?.id);
        return { status: 'sent' as const, conversationId: threadId, activityId };
      } catch (err) {
        return this.failed(record, err);
      }
    });
  }

  /** A new post in a channel of a team the bot is installed in. */
  async newChannelPost(channelId: string, activity: Outgoing): Promise<SendResult> {
    const via = this.conversations.channel(channelId);
    const teamRecord = via ?? this.conversations.inTeam(this.config.uthiek.teamId, 'channel');
    if (!teamRecord || teamRecord.unreachableSince) return { status: 'no-route' };
    const reference = referenceOf(teamRecord);
    const params = {
      isGroup: true,
      channelData: { channel: { id: channelId }, tenant: { id: teamRecord.tenantId } },
      tenantId: teamRecord.tenantId,
      activity: { type: 'message', ...activity },
    } as unknown as ConversationParameters;
    return this.paced(async () => {
      try {
        const conversationId = await this.inNewConversation(
          reference.serviceUrl,
          params,
          async (ctx) => ctx.activity.conversation.id,
        );
        // Teams names a new post's thread "<channel>;messageid=<id of the post>".
        const activityId = /;messageid=(.+)$/.exec(conversationId)?.[1];
        if (!via) await this.rememberChannel(channelId, teamRecord);
        return { status: 'sent' as const, conversationId, activityId };
      } catch (err) {
        return this.failed(teamRecord, err);
      }
    });
  }

  /** Replaces a message the bot sent earlier (e.g. a triage card after an action). */
  async update(conversationId: string, activityId: string, activity: Outgoing): Promise<SendResult> {
    const channelId = conversationId.split(';')[0]!;
    const record = this.conversations.get(conversationId) ?? this.conversations.get(channelId);
    if (!record) return { status: 'no-route' };
    const reference = referenceFor(record, conversationId);
    return this.paced(async () => {
      try {
        await this.inTurn(reference, async (ctx) => {
          await ctx.updateActivity({ ...activity, id: activityId, type: 'message' });
        });
        return { status: 'sent' as const, conversationId, activityId };
      } catch (err) {
        // a 404 here means the message is gone, not the conversation
        return this.failed(record, err, false);
      }
    });
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

  private async openPersonalChat(
    aadObjectId: string,
    teamsUserId: string,
    via: ConversationRecord,
    activity: Outgoing,
  ): Promise<SendResult> {
    const reference = referenceOf(via);
    const params = {
      isGroup: false,
      members: [{ id: teamsUserId }],
      tenantId: via.tenantId,
      channelData: { tenant: { id: via.tenantId } },
    } as unknown as ConversationParameters;
    return this.paced(async () => {
      try {
        const { conversationId, activityId } = await this.inNewConversation(
          reference.serviceUrl,
          params,
          async (ctx) => {
            const ref = TurnContext.getConversationReference(ctx.activity) as Record<string, unknown>;
            const now = this.clock.now().toISOString();
            await this.conversations.save({
              id: ctx.activity.conversation.id,
              kind: 'personal',
              userId: aadObjectId,
              tenantId: via.tenantId,
              reference: ref,
              installedAt: now,
              updatedAt: now,
            });
            return { conversationId: ctx.activity.conversation.id, activityId: (await ctx.sendActivity(activity))?.id };
          },
        );
        return { status: 'sent' as const, conversationId, activityId };
      } catch (err) {
        const result = classify(err);
        this.logger.warn({ userId: aadObjectId, status: result.status }, 'could not open a 1:1 chat');
        return result;
      }
    });
  }

  private async failed(record: ConversationRecord, err: unknown, markUnreachable = true): Promise<SendResult> {
    const result = classify(err);
    this.logger.warn(
      { conversationId: record.id, status: result.status, error: 'error' in result ? result.error : undefined },
      'proactive send failed',
    );
    if (result.status === 'unreachable' && markUnreachable) {
      await this.conversations.markUnreachable(record.id);
    }
    return result;
  }
}
