import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import { RosterUnavailable, type Member, type Roster } from '../app/ports.js';
import type { Logger } from '../log.js';
import type { Conversations } from '../store/repositories/conversations.js';
import type { Pacer } from './pacer.js';

const ROSTER_TTL_MS = 10 * 60 * 1000;
/** The longest a turn waits for a roster that was never read; after that the reading goes on in the background. */
const FIRST_READ_WAIT_MS = 3000;

/**
 * Who belongs to Team Uthiek: the configured user ids, plus the members of the configured team
 * (read from Teams through the pacer). A roster older than ten minutes is still used while a
 * fresh one is read in the background, so no turn waits for Teams; only the very first reading
 * is waited for, briefly. Decided on the server from the acting user's AAD object id, never from
 * what a card says.
 */
export class UthiekMembers implements Roster {
  private cache: { at: number; members: Member[] } | undefined;
  private reading: Promise<Member[]> | undefined;

  constructor(
    private readonly config: Config,
    private readonly adapter: CloudAdapter,
    private readonly conversations: Conversations,
    private readonly pacer: Pacer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly firstReadWaitMs = FIRST_READ_WAIT_MS,
  ) {}

  async isMember(aadObjectId: string | undefined): Promise<boolean> {
    if (!aadObjectId) return false;
    if (this.config.uthiek.memberIds.includes(aadObjectId)) return true;
    return (await this.teamRoster()).some((m) => m.aadObjectId === aadObjectId);
  }

  knows(aadObjectId: string): boolean {
    return (
      this.config.uthiek.memberIds.includes(aadObjectId) ||
      Boolean(this.cache?.members.some((m) => m.aadObjectId === aadObjectId))
    );
  }

  /** Everyone who may triage, configured ids first. A roster that cannot be read gives the configured ids. */
  async list(): Promise<Member[]> {
    const roster = await this.teamRoster().catch((err: unknown) => {
      if (err instanceof RosterUnavailable) return [];
      throw err;
    });
    const byId = new Map<string, Member>();
    for (const id of this.config.uthiek.memberIds)
      byId.set(id, roster.find((m) => m.aadObjectId === id) ?? { aadObjectId: id });
    for (const m of roster) if (!byId.has(m.aadObjectId)) byId.set(m.aadObjectId, m);
    return [...byId.values()];
  }

  /** The team changed: read it again now, answering from the roster read before meanwhile. */
  invalidate(): void {
    if (this.cache) this.cache = { ...this.cache, at: 0 };
    if (this.config.uthiek.teamId) void this.read();
  }

  /** Reads the roster now if it is stale (in the background, for jobs that want it fresh at start). */
  refresh(): Promise<Member[]> {
    return this.read();
  }

  private async teamRoster(): Promise<Member[]> {
    if (!this.config.uthiek.teamId) return [];
    const now = this.clock.now().getTime();
    if (this.cache && now - this.cache.at < ROSTER_TTL_MS) return this.cache.members;
    const reading = this.read();
    if (this.cache) return this.cache.members;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RosterUnavailable()), this.firstReadWaitMs);
      timer.unref();
    });
    try {
      return await Promise.race([reading, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** One reading at a time; a failure keeps the roster read before (or none). */
  private read(): Promise<Member[]> {
    this.reading ??= this.readFromTeams()
      .then((members) => {
        if (members === 'no-team') return [];
        if (members) this.cache = { at: this.clock.now().getTime(), members };
        return this.cache?.members ?? [];
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  /** The members; 'no-team' while the bot is not in the team; undefined when Teams did not answer. */
  private async readFromTeams(): Promise<Member[] | 'no-team' | undefined> {
    const teamId = this.config.uthiek.teamId!;
    const conversation = this.conversations.inTeam(teamId);
    if (!conversation) return 'no-team';
    try {
      return await this.pacer.run(async () => {
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
                  // the address, when Teams gives it, makes the handler an attendee of the calendar invitation
                  const email = m.email || m.userPrincipalName;
                  if (m.aadObjectId)
                    members.push({
                      aadObjectId: m.aadObjectId,
                      name: m.name,
                      teamsUserId: m.id,
                      ...(email ? { email } : {}),
                    });
                }
                token = page.continuationToken;
              } while (token);
            } catch (err) {
              failure = err;
            }
          },
        );
        if (failure !== undefined) throw failure;
        return members;
      });
    } catch (err) {
      this.logger.warn(
        { err: (err as Error).message, teamId },
        'could not read the Team Uthiek roster; using the one read before, or the configured ids',
      );
      return undefined;
    }
  }
}
