import { TeamsInfo, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Config } from '../config/env.js';
import type { Clock } from '../domain/clock.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/store.js';

export interface FoundPerson {
  aadObjectId: string;
  name?: string;
}

const MAX_TEAMS = 20;

/**
 * Finds a colleague by e-mail address (their Teams sign-in name) in the teams the bot is part
 * of, so an action owner can be reached in Teams. Remembers the ids needed to message them.
 */
export class PeopleDirectory {
  private readonly cache = new Map<string, FoundPerson | null>();

  constructor(
    private readonly config: Config,
    private readonly adapter: CloudAdapter,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async findByEmail(email: string): Promise<FoundPerson | undefined> {
    const key = email.trim().toLowerCase();
    if (this.cache.has(key)) return this.cache.get(key) ?? undefined;
    const teams = new Map<string, (typeof records)[number]>();
    const records = this.store.find('conversations', (c) => Boolean(c.teamId) && !c.unreachableSince);
    for (const r of records) if (!teams.has(r.teamId!)) teams.set(r.teamId!, r);
    for (const record of [...teams.values()].slice(0, MAX_TEAMS)) {
      try {
        let found: FoundPerson | undefined;
        await this.adapter.continueConversationAsync(this.config.credentials?.appId ?? '', record.reference as unknown as Partial<ConversationReference>, async (context) => {
          // not a member of this team answers 404; errors inside a turn would go to onTurnError
          const member = await TeamsInfo.getTeamMember(context, record.teamId!, key).catch(() => undefined);
          if (member?.aadObjectId) {
            found = { aadObjectId: member.aadObjectId, name: member.name };
            await this.store.transact((tx) => {
              const existing = tx.get('people', member.aadObjectId!);
              tx.put('people', { ...existing, id: member.aadObjectId!, teamsUserId: member.id, tenantId: record.tenantId, updatedAt: this.clock.now().toISOString() });
            });
          }
        });
        if (found) {
          this.cache.set(key, found);
          return found;
        }
      } catch {
        // not a member of this team (404), or the team is out of reach: try the next one
      }
    }
    this.logger.debug({ teams: teams.size }, 'person not found in any team');
    this.cache.set(key, null);
    return undefined;
  }
}
