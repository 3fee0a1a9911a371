/**
 * How the bot retries calls to the Bot Connector. The SDK's default pipeline retries 5xx
 * answers three times; a 5xx on a send can mean the message was delivered anyway, so a blind
 * retry can show a person the same message twice. This policy retries only what is safe:
 * 429 (throttled: nothing was done; wait as long as Retry-After says) and a refused
 * connection (nothing was sent).
 */

import { EventEmitter } from 'node:events';

export const THROTTLE_POLICY_NAME = 'uthiekThrottleRetry';
const MAX_ATTEMPTS = 12;
/** A refused connection is retried a few times quickly; a reply that waits longer is no use to Teams. */
const MAX_REFUSED_ATTEMPTS = 3;

/**
 * Announces every 429 ('throttled', with the wait in ms), so the proactive sender can hold all
 * its sends for that long instead of letting each one run into the limit on its own.
 */
export const throttleSignal = new EventEmitter();
const MAX_WAIT_MS = 60_000;

interface PipelineResponse {
  status: number;
  headers: { get(name: string): string | undefined };
}
interface PipelinePolicy {
  name: string;
  sendRequest(request: unknown, next: (request: unknown) => Promise<PipelineResponse>): Promise<PipelineResponse>;
}
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: PipelinePolicy, options?: { phase?: string }): void;
}

/** Retry-After in seconds (fractions allowed) or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
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

function isConnectionRefused(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return code === 'ECONNREFUSED' || /ECONNREFUSED/.test(String((err as Error)?.message));
}

export const throttleOnlyRetryPolicy: PipelinePolicy = {
  name: THROTTLE_POLICY_NAME,
  async sendRequest(request, next) {
    for (let attempt = 0; ; attempt++) {
      let response: PipelineResponse;
      try {
        response = await next(request);
      } catch (err) {
        if (attempt + 1 < MAX_REFUSED_ATTEMPTS && isConnectionRefused(err)) {
          await sleep(Math.min(backoffMs(attempt), 2_000));
          continue;
        }
        throw err;
      }
      if (response.status !== 429 || attempt + 1 >= MAX_ATTEMPTS) return response;
      const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
      throttleSignal.emit('throttled', wait);
      await sleep(wait);
    }
  },
};

/** Swaps the SDK's retry policy for ours on a freshly made connector client. */
export function useSafeRetries<T>(connectorClient: T): T {
  const pipeline = (connectorClient as { client?: { pipeline?: Pipeline } }).client?.pipeline;
  if (pipeline) {
    pipeline.removePolicy({ name: 'defaultRetryPolicy' });
    pipeline.removePolicy({ name: THROTTLE_POLICY_NAME });
    pipeline.addPolicy(throttleOnlyRetryPolicy, { phase: 'Retry' });
  }
  return connectorClient;
}
