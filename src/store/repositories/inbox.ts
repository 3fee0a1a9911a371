import type { Clock } from '../../domain/clock.js';
import type { Store } from '../store.js';

/** Keys of activities already handled, so an activity Teams sends again is handled once. */
export class Inbox {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** True the first time a key is seen. */
  firstTime(key: string): Promise<boolean> {
    return this.store.transact((tx) => {
      if (tx.get('inbox', key)) return false;
      tx.put('inbox', { id: key, at: this.clock.now().toISOString() });
      return true;
    });
  }

  /** Forgets keys seen before `before` (ms since the epoch). */
  async forgetBefore(before: number): Promise<void> {
    const old = this.store.find('inbox', (i) => Date.parse(i.at) < before);
    if (old.length === 0) return;
    await this.store.transact((tx) => {
      for (const seen of old) tx.delete('inbox', seen.id);
    });
  }
}
