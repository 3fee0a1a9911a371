import type { Clock } from '../../domain/clock.js';
import type { ConversationRecord } from '../collections.js';
import type { Store } from '../store.js';

/** Where the bot can reach people and channels later: Bot Framework conversation references. */
export class Conversations {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  get(id: string): ConversationRecord | undefined {
    return this.store.get('conversations', id);
  }

  /** Every conversation held about a person (their 1:1 chats). */
  ofUser(userId: string): ConversationRecord[] {
    return this.store.find('conversations', (c) => c.userId === userId);
  }

  /** The person's 1:1 chat with the bot, if it is still reachable. */
  personal(userId: string): ConversationRecord | undefined {
    return this.store.find(
      'conversations',
      (c) => c.kind === 'personal' && c.userId === userId && !c.unreachableSince,
    )[0];
  }

  /** A reachable team or group conversation (in the tenant, if given) through which a 1:1 chat can be opened. */
  shared(tenantId: string | undefined): ConversationRecord | undefined {
    return this.store.find(
      'conversations',
      (c) => c.kind !== 'personal' && !c.unreachableSince && (!tenantId || c.tenantId === tenantId),
    )[0];
  }

  /** The record of a channel the bot knows, by its id or its channel id. */
  channel(channelId: string): ConversationRecord | undefined {
    return (
      this.get(channelId) ??
      this.store.find('conversations', (c) => c.kind === 'channel' && c.channelId === channelId)[0]
    );
  }

  /** A reachable channel conversation of the team, if the bot is in it. */
  inTeam(teamId: string | undefined, kind?: ConversationRecord['kind']): ConversationRecord | undefined {
    return this.store.find(
      'conversations',
      (c) => c.teamId === teamId && (!kind || c.kind === kind) && !c.unreachableSince,
    )[0];
  }

  /** One reachable conversation per team the bot is in. */
  teams(): ConversationRecord[] {
    const byTeam = new Map<string, ConversationRecord>();
    for (const c of this.store.find('conversations', (x) => Boolean(x.teamId) && !x.unreachableSince)) {
      if (!byTeam.has(c.teamId!)) byTeam.set(c.teamId!, c);
    }
    return [...byTeam.values()];
  }

  save(record: ConversationRecord): Promise<ConversationRecord> {
    return this.store.transact((tx) => tx.put('conversations', record));
  }

  /** Saves the record unless one with its id exists. */
  async add(record: ConversationRecord): Promise<void> {
    await this.store.transact((tx) => {
      if (!tx.get('conversations', record.id)) tx.put('conversations', record);
    });
  }

  /** True for exactly one caller per conversation: the one that should send the welcome. */
  claimWelcome(id: string): Promise<boolean> {
    return this.store.transact((tx) => {
      const record = tx.get('conversations', id);
      if (!record || record.welcomedAt) return false;
      tx.put('conversations', { ...record, welcomedAt: this.clock.now().toISOString() });
      return true;
    });
  }

  /** The bot was removed, or a send was refused: nothing more goes there. */
  async markUnreachable(id: string): Promise<void> {
    await this.store.transact((tx) => {
      const record = tx.get('conversations', id);
      if (record) tx.put('conversations', { ...record, unreachableSince: this.clock.now().toISOString() });
    });
  }
}
