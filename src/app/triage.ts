import type { CaseRecord } from '../domain/case/case.js';
import { DuplicateSearch, type PossibleDuplicate } from '../domain/triage/duplicates.js';
import { triageRefresh as cardRefreshJob } from '../store/repositories/cases.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';
import type { Member } from './ports.js';

/** What the lead is told after a triage decision, or when Team Uthiek cancels or closes the case. */
export type LeadNoticeKind = 'accepted' | 'info' | 'declined' | 'duplicate' | 'cancelled' | 'closed';

/** What Team Uthiek's view of a case shows besides the case: who can handle it, what it may duplicate. */
export interface TriageView {
  members: Member[];
  duplicates: PossibleDuplicate[];
  /** Project names of the possible duplicates, by case id. */
  projectNames: Record<string, string>;
  /** The moment the view is of (whether the assessment has begun). */
  now: Date;
}

/** One duplicate search per case repository (per bot): what it keeps holds for that queue only. */
const searches = new WeakMap<AppDeps['cases'], DuplicateSearch>();

function searchOf(cases: AppDeps['cases']): DuplicateSearch {
  let search = searches.get(cases);
  if (!search) searches.set(cases, (search = new DuplicateSearch()));
  return search;
}

export async function triageView(
  deps: Pick<AppDeps, 'members' | 'cases' | 'clock'>,
  c: CaseRecord,
): Promise<TriageView> {
  const members = await deps.members.list();
  // Only open cases past intake can be duplicates (the case index keeps them). At once, not in slices:
  // a click waits for this card. The first search for a case compares it with the whole queue (a few
  // milliseconds at ten years, every case's words prepared at start by triage.warm); later ones only
  // with the cases that changed since.
  const duplicates = searchOf(deps.cases).find(c, deps.cases);
  const projectNames = Object.fromEntries(
    duplicates.map((d) => [d.caseId, deps.cases.get(d.caseId)?.intake.projectName ?? '']),
  );
  return { members, duplicates, projectNames, now: deps.clock.now() };
}

/**
 * The job that brings the case's card in Team Uthiek's channel up to date after a change of `c`, or
 * posts it (the cases repository queues it with every change of a case whose card is posted).
 */
export const triageRefresh = (c: CaseRecord, deps: Pick<AppDeps, 'clock'>): JobSpec =>
  cardRefreshJob(c, deps.clock.now());

/** The job that tells the lead about a triage decision on `c`. */
export const notifyLead = (
  c: CaseRecord,
  kind: LeadNoticeKind,
  deps: Pick<AppDeps, 'clock'>,
  requestId = '',
): JobSpec => ({
  id: `notify.lead:${c.id}:${kind}:${(c.rev ?? 0) + 1}`,
  kind: 'notify.lead',
  dueAt: deps.clock.now(),
  payload: { caseId: c.id, kind, requestId },
});
