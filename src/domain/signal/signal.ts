import type { Phase, Technology } from '../intake/vocabulary.js';
import type { DetectionReason } from './detector.js';
import { similarity } from './fingerprint.js';

/**
 * A detected signal. Until the author acts it holds ids, the link to the message and the
 * reasons, never the text; once answered only what is needed not to ask again is kept
 * (author, thread, fingerprint), until it expires.
 */
export interface SignalRecord {
  id: string;
  authorId: string;
  /** Where the message was; 'personal' only for a message addressed to the bot itself. */
  scope: 'channel' | 'groupChat' | 'personal';
  /**
   * The message thread: in a channel its conversation (the thread), in a chat the reply chain's
   * first message. One invitation per author per thread; a chat is not one thread.
   */
  threadKey: string;
  fingerprint: number[];
  status: 'open' | 'converted' | 'dismissed';
  createdAt: string;
  expiresAt: string;
  // only while open:
  conversationId?: string;
  messageId?: string;
  messageLink?: string;
  teamId?: string;
  score?: number;
  reasons?: DetectionReason[];
  hints?: { technologies: Technology[]; phase?: Phase };
  /** The author addressed the bot with it (@mention, or in their 1:1 chat): answered in place. */
  mentioned?: boolean;
  /** Cases whose project name or number the message mentions. */
  relatedCaseIds?: string[];
  invitedAt?: string;
  // once answered:
  answeredAt?: string;
  dismissReason?: 'not-a-project' | 'already-registered';
  caseId?: string;
}

export type InviteDecision = { invite: true } | { invite: false; because: 'same-thread' | 'similar' | 'weekly-limit' };

export interface InvitePolicy {
  invitesPerWeek: number;
  /** Messages at least this similar to one the author was asked about are not asked about again. */
  similarAt: number;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether to invite the author about a new signal, given their earlier signals: not again about
 * the same message thread, nor about a message like one they were already asked about (in any
 * thread or chat), and at most `invitesPerWeek` times a week. Another thread in the same group
 * chat is a new question.
 */
export function shouldInvite(
  candidate: { threadKey: string; fingerprint: number[] },
  history: readonly SignalRecord[],
  now: Date,
  policy: InvitePolicy,
): InviteDecision {
  if (history.some((s) => s.threadKey === candidate.threadKey)) return { invite: false, because: 'same-thread' };
  if (history.some((s) => similarity(s.fingerprint, candidate.fingerprint) >= policy.similarAt)) {
    return { invite: false, because: 'similar' };
  }
  const since = now.getTime() - WEEK_MS;
  const recent = history.filter((s) => s.invitedAt && Date.parse(s.invitedAt) >= since).length;
  if (recent >= policy.invitesPerWeek) return { invite: false, because: 'weekly-limit' };
  return { invite: true };
}

/** What remains of a signal once its author has answered. */
export function answered(
  s: SignalRecord,
  outcome: Pick<SignalRecord, 'status' | 'dismissReason' | 'caseId'>,
  now: Date,
  keepDays: number,
): SignalRecord {
  return {
    id: s.id,
    authorId: s.authorId,
    scope: s.scope,
    threadKey: s.threadKey,
    fingerprint: s.fingerprint,
    createdAt: s.createdAt,
    ...(s.mentioned ? { mentioned: true } : {}),
    invitedAt: s.invitedAt,
    answeredAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + keepDays * 24 * 60 * 60 * 1000).toISOString(),
    ...outcome,
  };
}
