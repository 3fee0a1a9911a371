import { TurnContext, type Activity, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type { SendResult } from '../app/ports.js';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { InstallResult, TeamsAppInstaller } from '../graph/app-installation.js';
import type { Logger } from '../log.js';
import type { ConversationRecord } from '../store/collections.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { People } from '../store/repositories/people.js';
import type { ConnectorTurns } from './connector-turns.js';
import { classify } from './outgoing.js';
import type { Pacer } from './pacer.js';
import type { PeopleDirectory } from './people-directory.js';

const referenceOf = (record: ConversationRecord) => record.reference as unknown as ConversationReference;

/**
 * Opens a 1:1 chat with a person the bot has no (working) chat with, and sends the first message
 * in it. First through a team the person shares with the bot (their Teams user id is looked up
 * in the bot's teams by AAD object id when not known yet); then, when configured, by installing
 * the app for them through Microsoft Graph, as Company Communicator does.
 */
export class PersonalChats {
  constructor(
    private readonly turns: ConnectorTurns,
    private readonly conversations: Conversations,
    private readonly people: People,
    private readonly directory: PeopleDirectory,
    private readonly installer: TeamsAppInstaller | undefined,
    private readonly config: Config,
    private readonly pacer: Pacer,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async open(aadObjectId: string, activity: Partial<Activity>): Promise<SendResult> {
    let person = this.people.get(aadObjectId);
    if (!person?.teamsUserId) {
      await this.directory.findById(aadObjectId);
      person = this.people.get(aadObjectId);
    }
    const via = this.conversations.shared(person?.tenantId);
    let result: SendResult = { status: 'no-route' };
    if (person?.teamsUserId && via) {
      result = await this.throughTeam(aadObjectId, person.teamsUserId, via, activity);
      // refused (removed, blocked, not in the team any more): installing the app may still open the chat
      if (result.status !== 'unreachable' && result.status !== 'failed') return result;
    }
    return this.installer ? this.byInstalling(this.installer, aadObjectId, activity, result) : result;
  }

  private throughTeam(
    aadObjectId: string,
    teamsUserId: string,
    via: ConversationRecord,
    activity: Partial<Activity>,
  ): Promise<SendResult> {
    const params = {
      isGroup: false,
      members: [{ id: teamsUserId }],
      tenantId: via.tenantId,
      channelData: { tenant: { id: via.tenantId } },
    } as unknown as ConversationParameters;
    return this.pacer.run(async () => {
      try {
        const sent = await this.turns.inNewConversation(referenceOf(via).serviceUrl, params, async (ctx) => {
          const reference = TurnContext.getConversationReference(ctx.activity) as Record<string, unknown>;
          await this.remember(ctx.activity.conversation.id, { aadObjectId, teamsUserId }, via.tenantId, reference);
          return { conversationId: ctx.activity.conversation.id, activityId: (await ctx.sendActivity(activity))?.id };
        });
        return { status: 'sent' as const, ...sent };
      } catch (err) {
        const result = classify(err);
        this.logger.warn({ userId: aadObjectId, status: result.status }, 'could not open a 1:1 chat through a team');
        return result;
      }
    });
  }

  private async byInstalling(
    installer: TeamsAppInstaller,
    aadObjectId: string,
    activity: Partial<Activity>,
    before: SendResult,
  ): Promise<SendResult> {
    const tenantId = this.config.graph!.tenantId;
    const serviceUrl = (this.conversations.shared(tenantId) ?? this.conversations.shared(undefined))?.reference
      .serviceUrl as string | undefined;
    if (!serviceUrl) return before; // the bot has never heard from Teams: it does not know where to send
    const installed = await installer.personalChat(aadObjectId);
    this.logger.info({ userId: aadObjectId, status: installed.status }, 'app installed for a person through Graph');
    if (installed.status !== 'ok') return fromInstall(installed, before);
    const reference = {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: installed.chatId, conversationType: 'personal', tenantId },
      bot: { id: `28:${this.config.credentials?.appId ?? ''}` },
    };
    await this.remember(installed.chatId, { aadObjectId }, tenantId, reference);
    return this.pacer.run(async () => {
      try {
        const activityId = await this.turns.inConversation(
          reference as Partial<ConversationReference>,
          async (ctx) => (await ctx.sendActivity(activity))?.id,
        );
        return { status: 'sent' as const, conversationId: installed.chatId, ...(activityId ? { activityId } : {}) };
      } catch (err) {
        return classify(err);
      }
    });
  }

  private async remember(
    id: string,
    user: { aadObjectId: string; teamsUserId?: string },
    tenantId: string | undefined,
    reference: Record<string, unknown>,
  ) {
    const now = this.clock.now().toISOString();
    await this.conversations.save({
      id,
      kind: 'personal',
      userId: user.aadObjectId,
      tenantId,
      // the person's part of the reference holds ids only, never a name
      reference: {
        ...Object.fromEntries(Object.entries(reference).filter(([key]) => key !== 'activityId')),
        user: { ...(user.teamsUserId ? { id: user.teamsUserId } : {}), aadObjectId: user.aadObjectId },
      },
      installedAt: now,
      updatedAt: now,
    });
  }
}

function fromInstall(installed: Exclude<InstallResult, { status: 'ok' }>, before: SendResult): SendResult {
  switch (installed.status) {
    case 'not-found':
      return before;
    case 'throttled':
      return {
        status: 'throttled',
        error: installed.error,
        ...(installed.retryAfterMs ? { retryAfterMs: installed.retryAfterMs } : {}),
      };
    case 'refused':
      return { status: 'failed', error: installed.error };
    case 'retryable':
      return { status: 'retryable', error: installed.error };
  }
}
