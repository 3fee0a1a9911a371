import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Member, Roster } from '../app/ports.js';
import type { Logger } from '../log.js';
import type { Conversations } from '../store/repositories/conversations.js';

const ROSTER_TTL_MS = 10 * 60 * 1000;

/**
 * Who belongs to Team Uthiek: the configured user ids, plus the members of the configured team
 * (read from Teams, cached for ten minutes). Decided on the server from the acting user's
 * AAD object id, never from what a card says.
 */
export class UthiekMembers implements Roster {
  private cache: { at: number; members: Member[] } | undefined;

  constructor(
    private readonly config: Config,
    private readonly adapter: CloudAdapter,
    private readonly conversations: Conversations,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async isMember(aadObjectId: string | undefined): Promise<boolean> {
    if (!aadObjectId) return false;
    if (this.config.uthiek.memberIds.includes(aadObjectId)) return true;
    return (await this.teamRoster()).some((m) => m.aadObjectId === aadObjectId);
  }

  /** Everyone who may triage, configured ids first. */
  async list(): Promise<Member[]> {
    const roster = await this.teamRoster();
    const byId = new Map<string, Member>();
    for (const id of this.config.uthiek.memberIds)
      byId.set(id, roster.find((m) => m.aadObjectId === id) ?? { aadObjectId: id });
    for (const m of roster) if (!byId.has(m.aadObjectId)) byId.set(m.aadObjectId, m);
    return [...byId.values()];
  }

  invalidate(): void {
    this.cache = undefined;
  }

  private async teamRoster(): Promise<Member[]> {
    const teamId = this.config.uthiek.teamId;
    if (!teamId) return [];
    const now = this.clock.now().getTime();
    if (this.cache && now - this.cache.at < ROSTER_TTL_MS) return this.cache.members;
    const conversation = this.conversations.inTeam(teamId);
    if (!conversation) return [];
    try {
      const members: Member[] = [];
      let failure: unknown;
      await this.adapter.continueConversationAsync(
        this.config.credentials?.appId ?? '',
        conversation.reference as Partial<ConversationReference>,
        async (context) => {
          // errors inside a turn go to onTurnError, not to us: keep them
          try {
            let token: string | undefined;
            do {
              const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, token);
              for (const m of page.members) {
                const email = m.email || m.userPrincipalName;
                if (m.aadObjectId)
                  members.push({ aadObjectId: m.aadObjectId, name: m.name, ...(email ? { email } : {}) });
              }
              token = page.continuationToken;
            } while (token);
          } catch (err) {
            failure = err;
          }
        },
      );
      if (failure !== undefined) throw failure;
      this.cache = { at: now, members };
      return members;
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, teamId },
        'could not read the Team Uthiek roster; using configured ids only',
      );
      return this.cache?.members ?? [];
    }
  }
}
