import type { Clock } from '../../domain/clock.js';
import type { Locale } from '../../domain/locale.js';
import type { PersonRecord } from '../collections.js';
import type { Store, Tx } from '../store.js';

/** The ids needed to open a 1:1 chat with a person. */
export interface PersonIds {
  id: string;
  teamsUserId: string;
  tenantId: string | undefined;
}

/** Keeps a person's ids in `tx`; writes only when they changed. */
export function rememberIn(tx: Tx, { id, teamsUserId, tenantId }: PersonIds, now: Date): void {
  const current = tx.get('people', id);
  if (current?.teamsUserId === teamsUserId && current.tenantId === tenantId) return;
  tx.put('people', { ...current, id, teamsUserId, tenantId, updatedAt: now.toISOString() });
}

/** What the bot keeps about a person: the ids to reach them, and their preferences. */
export class People {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  get(id: string): PersonRecord | undefined {
    return this.store.get('people', id);
  }

  /** The language the person chose, if they chose one. */
  locale(id: string): Locale | undefined {
    return this.store.get('people', id)?.locale;
  }

  setLocale(id: string, locale: Locale): Promise<void> {
    return this.change(id, { locale });
  }

  setQuiet(id: string, quiet: boolean): Promise<void> {
    return this.change(id, { quiet });
  }

  /** Keeps the ids needed to open a 1:1 chat with the person; writes only when they changed. */
  async remember(id: string, ids: { teamsUserId: string; tenantId: string | undefined }): Promise<void> {
    const existing = this.store.get('people', id);
    if (existing?.teamsUserId === ids.teamsUserId && existing.tenantId === ids.tenantId) return;
    await this.store.transact((tx) => rememberIn(tx, { id, ...ids }, this.clock.now()));
  }

  private async change(id: string, change: Partial<Omit<PersonRecord, 'id'>>): Promise<void> {
    await this.store.transact((tx) => {
      const current = tx.get('people', id);
      tx.put('people', { ...current, id, ...change, updatedAt: this.clock.now().toISOString() });
    });
  }
}
