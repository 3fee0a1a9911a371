import type { Activity } from 'botbuilder';
import type { Clock } from '../domain/clock.js';
import { conversationKind } from './conversations.js';

/**
 * The text of recent channel and group-chat messages, held in memory only, so that a reply can be
 * read with the message it answers (its parent). Never written to disk or logged, bounded in
 * number and in time: a restart, {@link MAX_MESSAGES} newer messages or {@link KEEP_MS} forget it.
 * Only the first {@link MAX_CHARS} characters are kept; the detector needs no more of a parent.
 */
export const MAX_MESSAGES = 2_000;
export const KEEP_MS = 2 * 60 * 60 * 1000;
export const MAX_CHARS = 2_000;

/** Where a message lives: the chat, or the channel (without the thread part of its conversation id). */
const placeOf = (a: Partial<Activity>) => (a.conversation?.id ?? '').split(';')[0] ?? '';
const keyOf = (place: string, messageId: string) => `${place}\u0000${messageId}`;

/**
 * The id of the message an activity replies to: `replyToId` when Teams gives one, otherwise, in a
 * channel, the root of the thread ("<channel>;messageid=<root>") unless this is the root itself.
 */
export function parentIdOf(a: Partial<Activity>): string | undefined {
  if (typeof a.replyToId === 'string' && a.replyToId !== '' && a.replyToId !== a.id) return a.replyToId;
  if (conversationKind(a) !== 'channel') return undefined;
  const root = /;messageid=(.+)$/.exec(a.conversation?.id ?? '')?.[1];
  return root !== undefined && root !== a.id ? root : undefined;
}

export class ThreadMemory {
  private readonly texts = new Map<string, { text: string; until: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly maxMessages = MAX_MESSAGES,
    private readonly keepMs = KEEP_MS,
  ) {}

  remember(a: Partial<Activity>, text: string): void {
    if (!a.id) return;
    const now = this.clock.now().getTime();
    this.forgetExpired(now);
    const key = keyOf(placeOf(a), a.id);
    this.texts.delete(key);
    this.texts.set(key, { text: text.slice(0, MAX_CHARS), until: now + this.keepMs });
    while (this.texts.size > this.maxMessages) this.texts.delete(this.texts.keys().next().value as string);
  }

  /** The text of the message `a` replies to, while it is still held. */
  parentOf(a: Partial<Activity>): string | undefined {
    const parentId = parentIdOf(a);
    if (parentId === undefined) return undefined;
    const entry = this.texts.get(keyOf(placeOf(a), parentId));
    return entry !== undefined && entry.until > this.clock.now().getTime() ? entry.text : undefined;
  }

  get size(): number {
    return this.texts.size;
  }

  private forgetExpired(now: number): void {
    // Entries are in insertion order and all kept equally long, so the expired ones come first.
    for (const [key, entry] of this.texts) {
      if (entry.until > now) break;
      this.texts.delete(key);
    }
  }
}
