import type { SignalRecord } from '../domain/signal/signal.js';
import type { CommittedChange, Projection } from './store.js';

/** The keys a signal is found by: its author, the message it was about, and its channel thread. */
interface Keys {
  author?: string;
  message?: string;
  /** Only for signals in a channel, where the thread (not one message) is what was recognised. */
  channelThread?: string;
}

const keysOf = (s: SignalRecord): Keys => ({
  author: s.authorId,
  message: s.messageId,
  channelThread: s.scope === 'channel' ? s.threadKey : undefined,
});

/** Ids under one key, in the order the store holds them (a Set keeps the order of first insertion). */
class Lookup {
  private readonly ids = new Map<string, Set<string>>();

  get(key: string | undefined): Iterable<string> {
    return (key !== undefined && this.ids.get(key)) || [];
  }

  add(key: string | undefined, id: string): void {
    if (key === undefined) return;
    const ids = this.ids.get(key);
    if (ids) ids.add(id);
    else this.ids.set(key, new Set([id]));
  }

  remove(key: string | undefined, id: string): void {
    if (key === undefined) return;
    const ids = this.ids.get(key);
    ids?.delete(id);
    if (ids?.size === 0) this.ids.delete(key);
  }

  clear(): void {
    this.ids.clear();
  }
}

/**
 * Which signals a person raised and which a message or channel thread has, kept current as
 * signals are written: every channel message asks both (is its parent a recognised signal? was
 * its author asked already?), and scanning every signal per message grew with the signals kept.
 */
export class SignalIndex implements Projection {
  private readonly byAuthor = new Lookup();
  private readonly byMessage = new Lookup();
  private readonly byChannelThread = new Lookup();
  private readonly keys = new Map<string, Keys>();

  reset(): void {
    this.byAuthor.clear();
    this.byMessage.clear();
    this.byChannelThread.clear();
    this.keys.clear();
  }

  apply(change: CommittedChange): void {
    for (const [collection, doc] of change.puts) if (collection === 'signals') this.put(doc as SignalRecord);
    for (const [collection, id] of change.dels) if (collection === 'signals') this.drop(id);
  }

  /** Ids of the signals the person raised. */
  ofAuthor(authorId: string): Iterable<string> {
    return this.byAuthor.get(authorId);
  }

  /** Ids of the signals about this message (while they still name it), or, in a channel, this thread. */
  aboutMessageOrThread(messageId: string, channelThread: string | undefined): Set<string> {
    return new Set([...this.byMessage.get(messageId), ...this.byChannelThread.get(channelThread)]);
  }

  /** A key that stays the same leaves the signal where it is in its list (the store's order). */
  private put(s: SignalRecord): void {
    const before = this.keys.get(s.id) ?? {};
    const after = keysOf(s);
    for (const [lookup, key] of this.lookups()) {
      if (before[key] === after[key]) continue;
      lookup.remove(before[key], s.id);
      lookup.add(after[key], s.id);
    }
    this.keys.set(s.id, after);
  }

  private drop(id: string): void {
    const before = this.keys.get(id);
    if (!before) return;
    for (const [lookup, key] of this.lookups()) lookup.remove(before[key], id);
    this.keys.delete(id);
  }

  private lookups(): [Lookup, keyof Keys][] {
    return [
      [this.byAuthor, 'author'],
      [this.byMessage, 'message'],
      [this.byChannelThread, 'channelThread'],
    ];
  }
}
