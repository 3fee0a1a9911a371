import { isOpen } from '../domain/case/lifecycle.js';
import { relatedCases } from '../domain/signal/related.js';
import { answered, type SignalRecord } from '../domain/signal/signal.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { PersonIds } from '../store/repositories/people.js';
import type { AppDeps } from './deps.js';

/** Answered signals are kept this long (author, thread, fingerprint only) so nobody is asked twice. */
export const ANSWERED_KEEP_DAYS = 180;

/** Cases the message's text names (by project name or number), while the text is at hand; only ids are kept. */
export function casesNamedIn(deps: Pick<AppDeps, 'cases'>, text: string): string[] {
  return relatedCases(text, deps.cases.named());
}

/**
 * Saves a new signal with its detection event and its expiry, in one write; `jobs` adds the
 * invitation, if it is sent later; `author` keeps the ids to reach its author in the same write.
 */
export async function saveSignal(
  deps: Pick<AppDeps, 'signals' | 'config'>,
  record: SignalRecord,
  jobs: JobSpec[] = [],
  author?: PersonIds,
): Promise<boolean> {
  const data = {
    signalId: record.id,
    score: record.score ?? 0,
    scope: record.scope,
    ...(record.mentioned ? { mentioned: true } : {}),
  };
  return deps.signals.create(record, {
    ...(author ? { people: [author] } : {}),
    events: [{ type: 'signal.detected', actor: 'system', data }],
    jobs: [
      ...jobs,
      {
        id: `signal.expire:${record.id}:open`,
        kind: 'signal.expire',
        dueAt: new Date(record.expiresAt),
        payload: { signalId: record.id },
      },
    ],
  });
}

/** The author answered: only what is needed not to ask again is kept, until it expires. */
export function settleSignal(
  deps: Pick<AppDeps, 'signals' | 'clock'>,
  s: SignalRecord,
  outcome: Pick<SignalRecord, 'status' | 'dismissReason' | 'caseId'>,
  event: { type: string; data: Record<string, string> },
  actor: string,
) {
  return deps.signals.update(s.id, (current) => {
    if (current.status !== 'open') return undefined;
    const kept = answered(current, outcome, deps.clock.now(), ANSWERED_KEEP_DAYS);
    return {
      next: kept,
      events: [{ type: event.type, actor, caseId: outcome.caseId, data: { signalId: s.id, ...event.data } }],
      jobs: [
        {
          id: `signal.expire:${s.id}:answered`,
          kind: 'signal.expire',
          dueAt: new Date(kept.expiresAt),
          payload: { signalId: s.id },
        },
      ],
    };
  });
}

/**
 * The cases a person who says "already registered" may mean: the ones the message named, then
 * their own open ones (most recently changed first), then their others.
 */
export function likelyCases(deps: Pick<AppDeps, 'cases'>, s: SignalRecord, max = 5): string[] {
  const own = deps.cases.forPerson(s.authorId).filter((c) => c.state !== 'intake' || c.intake.projectName);
  const ordered = [
    ...(s.relatedCaseIds ?? []),
    ...own.filter((c) => isOpen(c.state)).map((c) => c.id),
    ...own.map((c) => c.id),
  ];
  return [...new Set(ordered)].filter((id) => deps.cases.get(id)).slice(0, max);
}
