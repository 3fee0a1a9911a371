import type { Clock } from '../../domain/clock.js';
import type { SignalRecord } from '../../domain/signal/signal.js';
import { SignalIndex } from '../signal-index.js';
import type { Store } from '../store.js';
import { applyEffects, type Effects } from './effects.js';

/** Detected signals, from detection until they expire. */
export class Signals {
  private readonly index = new SignalIndex();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {
    store.project(this.index);
  }

  get(id: string): SignalRecord | undefined {
    return this.store.get('signals', id);
  }

  byAuthor(authorId: string): SignalRecord[] {
    return this.lookUp(this.index.ofAuthor(authorId));
  }

  /**
   * Whether the message a reply answers was recognised as a signal (itself, or in a channel its
   * thread), unless its author said it was no project.
   */
  recognisedParent(parentId: string, threadKey: string | undefined): boolean {
    return this.lookUp(this.index.aboutMessageOrThread(parentId, threadKey)).some(
      (s) => s.dismissReason !== 'not-a-project',
    );
  }

  /** Saves a new signal with what it sets off; false when it was saved before (a resent message). */
  async create(record: SignalRecord, effects: Effects): Promise<boolean> {
    return this.store.transact((tx) => {
      if (tx.get('signals', record.id)) return false;
      tx.put('signals', record);
      applyEffects(tx, effects, this.clock.now());
      return true;
    });
  }

  /**
   * Replaces the signal with what `change` makes of it (given the signal as it stands), with its
   * effects; `change` returns undefined to leave it. Resolves with the saved signal, if any.
   */
  async update(
    id: string,
    change: (current: SignalRecord) => ({ next: SignalRecord } & Effects) | undefined,
  ): Promise<SignalRecord | undefined> {
    return this.store.transact((tx) => {
      const current = tx.get('signals', id);
      const changed = current && change(current);
      if (!current || !changed) return undefined;
      const saved = tx.put('signals', changed.next, { expectRev: current.rev });
      applyEffects(tx, changed, this.clock.now());
      return saved;
    });
  }

  /** Forgets a signal whose time is up; one nobody answered leaves a `signal.expired` event. */
  async expire(id: string): Promise<void> {
    const now = this.clock.now();
    await this.store.transact((tx) => {
      const s = tx.get('signals', id);
      if (!s || Date.parse(s.expiresAt) > now.getTime()) return;
      tx.delete('signals', s.id);
      if (s.status === 'open') tx.record({ type: 'signal.expired', actor: 'system', data: { signalId: s.id } });
    });
  }

  private lookUp(ids: Iterable<string>): SignalRecord[] {
    const found: SignalRecord[] = [];
    for (const id of ids) {
      const s = this.store.get('signals', id);
      if (s) found.push(s);
    }
    return found;
  }
}
