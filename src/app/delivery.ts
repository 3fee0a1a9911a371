import type { Locale } from '../domain/locale.js';
import type { AppDeps } from './deps.js';
import type { JobOutcome, Outgoing, SendResult } from './ports.js';

const RETRY_MS = 60_000;

/** The language to write to a person in: their own choice, else `fallback`, else the team's default. */
export function localeOf(
  deps: Pick<AppDeps, 'people' | 'config'>,
  aadObjectId: string | undefined,
  fallback?: Locale,
): Locale {
  return (aadObjectId && deps.people.locale(aadObjectId)) || fallback || deps.config.defaultLocale;
}

/** A message holding one Adaptive Card. */
export function cardMessage(card: object): Outgoing {
  return { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
}

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

/** Delivers a card to a person's 1:1 chat; the outcome says whether the job that sent it is done. */
export async function deliverCard(
  deps: Pick<AppDeps, 'sender' | 'clock'>,
  aadObjectId: string,
  card: object,
): Promise<JobOutcome> {
  return outcomeOf(await deps.sender.toPerson(aadObjectId, cardMessage(card)), deps.clock.now());
}
