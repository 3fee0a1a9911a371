import type { CaseRecord } from '../domain/case/case.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';

/**
 * A decision not to follow advice goes to the case handler for review (DOMAIN.md, "Follow-up
 * rules"). The jobs a change sets off: for every review it opened, its card in Team Uthiek's
 * channel (with an @mention of the handler).
 */
export function reviewJobs(deps: Pick<AppDeps, 'clock'>, before: CaseRecord, after: CaseRecord): JobSpec[] {
  const known = new Set((before.reviews ?? []).map((r) => r.id));
  return (after.reviews ?? [])
    .filter((r) => !known.has(r.id))
    .map((r) => ({
      id: `review.post:${after.id}:${r.id}`,
      kind: 'review.post',
      dueAt: deps.clock.now(),
      payload: { caseId: after.id, reviewId: r.id },
    }));
}

/** The lead hears how Team Uthiek answered the review of their decision. */
export const reviewNotice = (deps: Pick<AppDeps, 'clock'>, c: CaseRecord, reviewId: string): JobSpec => ({
  id: `review.notify:${c.id}:${reviewId}`,
  kind: 'review.notify',
  dueAt: deps.clock.now(),
  payload: { caseId: c.id, reviewId },
});
