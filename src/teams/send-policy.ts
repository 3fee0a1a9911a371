/**
 * How the bot retries calls to the Bot Connector. The SDK's default pipeline retries 5xx
 * answers three times; a 5xx on a send can mean the message was delivered anyway, so a blind
 * retry can show a person the same message twice. This policy retries only what is safe:
 * 429 (throttled: nothing was done; wait as long as Retry-After says) and a refused
 * connection (nothing was sent).
 */

const MAX_ATTEMPTS = 12;
/** A refused connection is retried a few times quickly; a reply that waits longer is no use to Teams. */
const MAX_REFUSED_ATTEMPTS = 3;
const MAX_WAIT_MS = 60_000;

/**
 * Announces every 429 with the wait Teams asked for, so the proactive sender can hold all its
 * sends for that long instead of letting each one run into the limit on its own. Made by the
 * composition root and given to both the connector's HTTP client and the sender.
 */
export class ThrottleSignal {
  private readonly listeners = new Set<(waitMs: number) => void>();

  /** Calls `listener` on every 429; returns the function that stops it. */
  listen(listener: (waitMs: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  throttled(waitMs: number): void {
    for (const listener of this.listeners) listener(waitMs);
  }
}

/** Retry-After in seconds (fractions allowed) or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_WAIT_MS);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(date - now, 0), MAX_WAIT_MS);
}

export function backoffMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, MAX_WAIT_MS) * (0.75 + Math.random() * 0.5);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function isConnectionRefused(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string } } | undefined;
  return e?.code === 'ECONNREFUSED' || e?.cause?.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(String(e?.message));
}

/** What one attempt gives: a status and its Retry-After header. */
export interface Attempted {
  status: number;
  retryAfter: string | null;
}

/**
 * Sends with `attempt` until the answer is final: a 429 is waited out (as long as Retry-After
 * says, announced on `throttle`) and sent again, a refused connection is tried again a few times;
 * anything else, including a 5xx, is the answer.
 */
export async function sendSafely<R extends Attempted>(attempt: () => Promise<R>, throttle: ThrottleSignal): Promise<R> {
  for (let n = 0; ; n++) {
    let response: R;
    try {
      response = await attempt();
    } catch (err) {
      if (n + 1 < MAX_REFUSED_ATTEMPTS && isConnectionRefused(err)) {
        await sleep(Math.min(backoffMs(n), 2_000));
        continue;
      }
      throw err;
    }
    if (response.status !== 429 || n + 1 >= MAX_ATTEMPTS) return response;
    const wait = retryAfterMs(response.retryAfter) ?? backoffMs(n);
    throttle.throttled(wait);
    await sleep(wait);
  }
}
