import type { Clock } from '../../domain/clock.js';
import type { SettingRecord } from '../collections.js';
import type { Store } from '../store.js';

/** Where versions before the secrets file kept the link key: a settings document. */
const LEGACY_LINK_SECRET = 'secret:links';

/** Settings of a channel, group chat or team (quiet, how invitations are delivered). */
export class Settings {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  get(id: string): SettingRecord | undefined {
    return this.store.get('settings', id);
  }

  /** Settings a person changed. */
  changedBy(userId: string): SettingRecord[] {
    return this.store.find('settings', (s) => s.updatedBy === userId);
  }

  async change(id: string, change: Pick<SettingRecord, 'quiet' | 'signalDelivery'>, by: string): Promise<void> {
    await this.store.transact((tx) => {
      const existing = tx.get('settings', id);
      tx.put('settings', { ...existing, id, ...change, updatedAt: this.clock.now().toISOString(), updatedBy: by });
    });
  }

  /** The link key of older versions, hex, if one is left in the data. */
  legacyLinkSecret(): string | undefined {
    return this.store.get('settings', LEGACY_LINK_SECRET)?.secret;
  }

  async removeLegacyLinkSecret(): Promise<void> {
    await this.store.transact((tx) => tx.delete('settings', LEGACY_LINK_SECRET));
  }
}
