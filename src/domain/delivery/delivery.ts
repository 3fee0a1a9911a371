/**
 * Delivery records: one per recipient per message, so that every message the bot sends on its
 * own initiative either arrives or someone is told. A record moves
 *
 *   planned ──▶ sending ──▶ sent
 *                  │  ▲
 *                  ▼  │
 *              throttled (tried again after Retry-After)
 *                  │
 *                  ▼
 *        failed (with a reason) | unknown (may have arrived: never sent again)
 *
 * `sending` is written before the call to Teams, so a record found in `sending` after a restart
 * was interrupted between the call and its result: it may have arrived, and is settled as unknown.
 */

/** What a message is, for the people who are told it did not arrive. */
export const DELIVERY_KINDS = [
  'triage-card',
  'lead-notice',
  'assessment-notice',
  'poll',
  'nudge',
  'decision-request',
  'escalation',
  'signal-invite',
  'dpia-question',
  'report',
  'calendar-event',
  'email',
  'letter-upload',
  'handler-notice',
  'register-check',
  'monthly-report',
  'lookup',
  'proposal',
] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

export type DeliveryStatus = 'planned' | 'sending' | 'sent' | 'throttled' | 'failed' | 'unknown';

/** Why a message finally did not arrive (or may not have). */
export type FailureReason = 'no-route' | 'unreachable' | 'refused' | 'throttled' | 'server-error' | 'interrupted';

/**
 * A person (by AAD object id), a channel (a new post), a thread in a channel, the shared mailbox's
 * calendar (Outlook), or a participant outside Teams by e-mail (by their key in the case, never
 * the address, so that the records hold no address).
 */
export type Recipient =
  | { kind: 'person'; id: string }
  | { kind: 'channel'; id: string }
  | { kind: 'thread'; channelId: string; rootId: string }
  | { kind: 'calendar'; id: string }
  | { kind: 'outside'; key: string };

export interface DeliveryRecord {
  /** Unique per recipient and message; the same id is never sent twice. */
  id: string;
  /** The message the record is one recipient's part of (e.g. the invitations of one assessment). */
  messageId: string;
  caseId?: string;
  kind: DeliveryKind;
  /** A finer kind, e.g. the notice (invite, updated, prep) of an assessment notice. */
  detail?: string;
  recipient: Recipient;
  status: DeliveryStatus;
  attempts: number;
  /** False for messages whose failure is not reported again (the reports themselves). */
  report: boolean;
  createdAt: string;
  updatedAt: string;
  sentAt?: string;
  nextAttemptAt?: string;
  reason?: FailureReason;
  /** A short technical description (status code), never message text or names. */
  error?: string;
  conversationId?: string;
  activityId?: string;
  /** The report that tells of it (claimed by one report at a time, so nobody is told twice). */
  reportId?: string;
  /** When a person who can act was told that it did not arrive. */
  reportedAt?: string;
}

/** The result of one attempt to send, as data. */
export type SendResult =
  | { status: 'sent'; conversationId: string; activityId?: string }
  /** The person removed the app or blocked the bot (403), or the conversation is gone. */
  | { status: 'unreachable'; error: string }
  /** The message or thread to update or answer no longer exists (404). */
  | { status: 'gone'; error: string }
  /** No conversation to send to is known, and none could be opened. */
  | { status: 'no-route' }
  /** Still throttled after waiting as long as Teams asked. */
  | { status: 'throttled'; error: string; retryAfterMs?: number }
  /** Nothing was delivered (e.g. the connection was refused): safe to try again. */
  | { status: 'retryable'; error: string }
  /** It may or may not have been delivered (5xx, time-out): never repeated blindly. */
  | { status: 'unknown'; error: string }
  | { status: 'failed'; error: string };

export interface DeliveryPolicy {
  /** Attempts (throttled or refused connections) before the message counts as failed. */
  maxAttempts: number;
  /** Wait before another attempt when Teams gave no Retry-After. */
  retryMs: number;
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = { maxAttempts: 5, retryMs: 60_000 };

export const FINAL: ReadonlySet<DeliveryStatus> = new Set(['sent', 'failed', 'unknown']);

/** Finally not delivered, or perhaps not: what a person must hear about. */
export const isUndelivered = (r: DeliveryRecord): boolean => r.status === 'failed' || r.status === 'unknown';

/** The record after one attempt, and when to try again if it is not final. */
export function afterAttempt(
  record: DeliveryRecord,
  result: SendResult,
  now: Date,
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
): { next: DeliveryRecord; retryAt?: Date } {
  const at = now.toISOString();
  const base = { ...record, updatedAt: at };
  delete base.nextAttemptAt;
  const fail = (reason: FailureReason, error?: string): DeliveryRecord => ({
    ...base,
    status: 'failed',
    reason,
    ...(error ? { error: error.slice(0, 200) } : {}),
  });
  switch (result.status) {
    case 'sent':
      return {
        next: {
          ...base,
          status: 'sent',
          sentAt: at,
          conversationId: result.conversationId,
          ...(result.activityId ? { activityId: result.activityId } : {}),
        },
      };
    case 'throttled':
    case 'retryable': {
      if (record.attempts >= policy.maxAttempts) return { next: fail('throttled', result.error) };
      const wait = result.status === 'throttled' ? (result.retryAfterMs ?? policy.retryMs) : policy.retryMs;
      const retryAt = new Date(now.getTime() + Math.max(wait, 1000));
      return {
        next: { ...base, status: 'throttled', nextAttemptAt: retryAt.toISOString(), error: result.error.slice(0, 200) },
        retryAt,
      };
    }
    case 'no-route':
      return { next: fail('no-route') };
    case 'unreachable':
    case 'gone':
      return { next: fail('unreachable', result.error) };
    case 'failed':
      return { next: fail('refused', result.error) };
    case 'unknown':
      return { next: { ...base, status: 'unknown', reason: 'server-error', error: result.error.slice(0, 200) } };
  }
}

/** A record left in `sending` by a restart: it may have arrived, so it is never sent again. */
export function interrupted(record: DeliveryRecord, now: Date): DeliveryRecord {
  return { ...record, status: 'unknown', reason: 'interrupted', updatedAt: now.toISOString() };
}
