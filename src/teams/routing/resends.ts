import { createHash } from 'node:crypto';
import type { Clock } from '../../domain/clock.js';

/** How long the answer to a click is kept for the same click coming again, at most. */
export const RESEND_WINDOW_MS = 60_000;

/** JSON with the keys of every object in order: the same data gives the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** The same click: who, where, on which card, which button, with what data (a hash: no ids are kept as they are). */
export function clickKey(parts: {
  actorId: string;
  verb: string;
  place: string;
  locale: string;
  data: unknown;
}): string {
  return createHash('sha256').update(stable(parts)).digest('base64url');
}

/**
 * Clicks lately answered, or being answered. Teams sends an invoke again when it had no answer within
 * about 15 seconds, and a double click sends it twice: the same person's same click then gets the
 * answer of the first, whether that is still being worked on (two or three at once) or was given a
 * moment ago, instead of being carried out again on a card the first has made out of date
 * ("verouderd", "iemand anders heeft de zaak gewijzigd"). An answer is kept until the person
 * changes something else, at most RESEND_WINDOW_MS: "Toets plannen", a confirmation, and
 * "Toets plannen" again gives new moments. A click that only shows something (`keep` false) is
 * shared only while it is being answered. Kept in memory: after a restart a click sent again is
 * judged by the records as any other.
 */
export class Resends<T> {
  private readonly answers = new Map<string, { actorId: string; answer: Promise<T>; until?: number }>();

  constructor(private readonly clock: Clock) {}

  /**
   * The person did something else (typed a command, for instance took a link back): a click of
   * theirs that comes again after this is meant, and is carried out. Clicks still being answered
   * keep their answer for copies that arrive meanwhile.
   */
  forget(actorId: string): void {
    for (const [k, e] of this.answers) if (e.until !== undefined && e.actorId === actorId) this.answers.delete(k);
  }

  /** The answer to `actorId`'s click with `key`: the first's, or `work`'s when there is none. */
  async once(key: string, actorId: string, keep: boolean, work: () => Promise<T>): Promise<T> {
    const now = this.clock.now().getTime();
    const known = this.answers.get(key);
    if (known && (known.until === undefined || known.until > now)) return known.answer;
    for (const [k, e] of this.answers) {
      // answers given: those that expired, and this person's once they change something else
      if (e.until !== undefined && (e.until <= now || (keep && e.actorId === actorId))) this.answers.delete(k);
    }
    const entry: { actorId: string; answer: Promise<T>; until?: number } = { actorId, answer: work() };
    this.answers.set(key, entry);
    try {
      await entry.answer;
      if (keep) entry.until = this.clock.now().getTime() + RESEND_WINDOW_MS;
      else this.answers.delete(key);
    } catch {
      // a click that failed is carried out again when it comes again
      this.answers.delete(key);
    }
    return entry.answer;
  }
}
