import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Directory, Member } from '../app/ports.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import type { ConversationRecord } from '../store/collections.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { People } from '../store/repositories/people.js';
import type { Pacer } from './pacer.js';

const MAX_TEAMS = 20;
/** Someone not found may join a team later: look again after this long. */
const NOT_FOUND_TTL_MS = 10 * 60 * 1000;
const FOUND_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Finds a colleague in the teams the bot is part of, by e-mail address (their Teams sign-in name)
 * or AAD object id, so they can be reached in Teams; remembers the ids needed to message them.
 * Every look-up goes through the pacer that proactive sends use; "not found" is remembered for
 * ten minutes only. Callers run it in jobs, never inside a card action.
 */
export class PeopleDirectory implements Directory {
  private readonly cache = new Map<string, { at: number; member: Member | null }>();

  constructor(
    private readonly config: Config,
    private readonly adapter: CloudAdapter,
    private readonly conversations: Conversations,
    private readonly people: People,
    private readonly pacer: Pacer,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  findByEmail(email: string): Promise<Member | undefined> {
    return this.find(email.trim().toLowerCase());
  }

  /** Teams' member look-up takes an AAD object id as well as an e-mail address. */
  findById(aadObjectId: string): Promise<Member | undefined> {
    return this.find(aadObjectId.trim());
  }

  async emailOf(aadObjectId: string): Promise<string | undefined> {
    const chat = this.conversations.personal(aadObjectId);
    const chatUser = (chat?.reference.user as { id?: unknown } | undefined)?.id;
    const userId = this.people.get(aadObjectId)?.teamsUserId ?? (typeof chatUser === 'string' ? chatUser : undefined);
    let email: string | undefined;
    if (chat && userId) {
      try {
        await this.adapter.continueConversationAsync(
          this.config.credentials?.appId ?? '',
          chat.reference as unknown as Partial<ConversationReference>,
          async (context) => {
            const member = await this.pacer.run(() => TeamsInfo.getMember(context, userId)).catch(() => undefined);
            email = member?.email || member?.userPrincipalName || undefined;
          },
        );
      } catch {
        // the chat is out of reach: look in the teams
      }
    }
    return email ?? (await this.findById(aadObjectId))?.email;
  }

  private async find(key: string): Promise<Member | undefined> {
    const now = this.clock.now().getTime();
    const cached = this.cache.get(key);
    if (cached && now - cached.at < (cached.member ? FOUND_TTL_MS : NOT_FOUND_TTL_MS))
      return cached.member ?? undefined;
    const teams = this.conversations.teams().slice(0, MAX_TEAMS);
    for (const record of teams) {
      const found = await this.pacer.run(() => this.lookUpIn(record, key));
      if (found) {
        this.cache.set(key, { at: now, member: found });
        return found;
      }
    }
    this.logger.debug({ teams: teams.length }, 'person not found in any team');
    this.cache.set(key, { at: now, member: null });
    return undefined;
  }

  private async lookUpIn(record: ConversationRecord, key: string): Promise<Member | undefined> {
    let found: Member | undefined;
    try {
      await this.adapter.continueConversationAsync(
        this.config.credentials?.appId ?? '',
        record.reference as unknown as Partial<ConversationReference>,
        async (context) => {
          // not a member of this team answers 404; errors inside a turn would go to onTurnError
          const member = await TeamsInfo.getTeamMember(context, record.teamId!, key).catch(() => undefined);
          if (!member?.aadObjectId) return;
          const email = member.email || member.userPrincipalName;
          found = {
            aadObjectId: member.aadObjectId,
            ...(member.name ? { name: member.name } : {}),
            teamsUserId: member.id,
            ...(email ? { email } : {}),
          };
          await this.people.remember(member.aadObjectId, { teamsUserId: member.id, tenantId: record.tenantId });
        },
      );
    } catch {
      // the team is out of reach: try the next one
    }
    return found;
  }
}
