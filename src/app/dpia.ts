import type { CaseRecord } from '../domain/case/case.js';
import { currentDpia, DPIA_OFFICER_UPDATABLE, DPIA_UPDATABLE, type DpiaRecord } from '../domain/dpia/dpia.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';

/** How someone stands to a case's DPIA record. */
export type DpiaRole = 'officer' | 'member' | 'lead';

/** The actor's strongest role for the case's DPIA, or undefined when they have none. */
export async function dpiaRole(
  deps: Pick<AppDeps, 'config' | 'members'>,
  c: CaseRecord,
  actorId: string,
): Promise<DpiaRole | undefined> {
  if (deps.config.roles.privacyOfficerIds.includes(actorId)) return 'officer';
  if (await deps.members.isMember(actorId)) return 'member';
  if (actorId === c.leadId || actorId === c.createdBy) return 'lead';
  return undefined;
}

/** Privacy officers may correct a DPIA from submission on; the lead and Team Uthiek once the case is accepted. */
export function mayUpdateDpia(role: DpiaRole | undefined, c: CaseRecord): boolean {
  if (!role) return false;
  return (role === 'officer' ? DPIA_OFFICER_UPDATABLE : DPIA_UPDATABLE).has(c.state);
}

/**
 * The messages that ask the privacy officers about a case whose lead does not know whether a
 * DPIA is needed: one job per officer (each delivered and retried on its own), or, with no
 * officer configured, one to Team Uthiek's channel so that someone can act.
 */
export function askOfficerJobs(
  deps: Pick<AppDeps, 'config' | 'clock'>,
  c: CaseRecord,
  before: DpiaRecord | undefined,
  after: DpiaRecord | undefined,
): JobSpec[] {
  if (after?.status !== 'unknown' || before?.status === 'unknown') return [];
  const key = `${c.id}:${(c.rev ?? 0) + 1}`;
  const officers = deps.config.roles.privacyOfficerIds;
  const recipients = officers.length ? officers : ['team'];
  return recipients.map((recipient) => ({
    id: `dpia.ask:${key}:${recipient}`,
    kind: 'dpia.ask',
    dueAt: deps.clock.now(),
    payload: { caseId: c.id, recipient },
  }));
}

/** The DPIA before a change, for askOfficerJobs: a draft's intake answer was never sent to anyone. */
export const dpiaBefore = (c: CaseRecord): DpiaRecord | undefined =>
  c.state === 'intake' ? undefined : currentDpia(c);
