import { TeamsInfo, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Directory, Member } from '../app/ports.js';
import type { Logger } from '../log.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { People } from '../store/repositories/people.js';

const MAX_TEAMS = 20;

/**
 * Finds a colleague by e-mail address (their Teams sign-in name) or object id in the teams the
 * bot is part of, so an action owner or a project lead can be reached in Teams and named.
 * Remembers the ids needed to message them.
 */
export class PeopleDirectory implements Directory {
  private readonly cache = new Map<string, Member | null>();

  constructor(
    private readonly config: Config,
    private readonly adapter: CloudAdapter,
    private readonly conversations: Conversations,
    private readonly people: People,
    private readonly logger: Logger,
  ) {}

  findByEmail(email: string): Promise<Member | undefined> {
    return this.find(email.trim().toLowerCase());
  }

  /** Teams' "get member" takes an object id as well as an e-mail address. */
  findById(aadObjectId: string): Promise<Member | undefined> {
    return this.find(aadObjectId.trim().toLowerCase());
  }

  private async find(key: string): Promise<Member | undefined> {
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    const teams = this.conversations.teams();
    for (const record of teams.slice(0, MAX_TEAMS)) {
      try {
        let found: Member | undefined;
        await this.adapter.continueConversationAsync(
          this.config.credentials?.appId ?? '',
          record.reference as unknown as Partial<ConversationReference>,
          async (context) => {
            // not a member of this team answers 404; errors inside a turn would go to onTurnError
            const member = await TeamsInfo.getTeamMember(context, record.teamId!, key).catch(() => undefined);
            if (member?.aadObjectId) {
              const email = member.email || member.userPrincipalName;
              found = { aadObjectId: member.aadObjectId, name: member.name, ...(email ? { email } : {}) };
              await this.people.remember(member.aadObjectId, { teamsUserId: member.id, tenantId: record.tenantId });
            }
          },
        );
        if (found) {
          this.cache.set(key, found);
          return found;
        }
      } catch {
        // not a member of this team (404), or the team is out of reach: try the next one
      }
    }
    this.logger.debug({ teams: teams.length }, 'person not found in any team');
    this.cache.set(key, null);
    return undefined;
  }
}

/** The acting person's e-mail address (or sign-in name) as Teams knows it, if it says. */
export async function emailOf(context: TurnContext): Promise<string | undefined> {
  const id = context.activity.from?.id;
  if (!id) return undefined;
  try {
    const member = await TeamsInfo.getMember(context, id);
    return member.email || member.userPrincipalName || undefined;
  } catch {
    return undefined; // not every conversation lets the bot read its members
  }
}
