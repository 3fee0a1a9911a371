import type { JobOutcome } from '../jobs/job.js';
import type { SendResult } from './proactive-sender.js';

const RETRY_MS = 60_000;

/** How a job settles after a send: retry only what cannot have been delivered. */
export function outcomeOf(result: SendResult, now: Date): JobOutcome {
  switch (result.status) {
    case 'sent':
      return { status: 'done' };
    case 'throttled':
    case 'retryable':
      return { status: 'retry', at: new Date(now.getTime() + RETRY_MS), error: result.error };
    case 'no-route':
      return { status: 'failed', error: 'no conversation to send to' };
    case 'unreachable':
    case 'failed':
      return { status: 'failed', error: result.error };
    case 'unknown':
      return { status: 'unknown', error: result.error };
  }
}
