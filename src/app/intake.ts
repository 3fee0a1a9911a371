import type { CaseOrigin, CaseRecord } from '../domain/case/case.js';
import { newDraft } from '../domain/intake/draft.js';
import type { IntakeData } from '../domain/intake/intake.js';
import type { Locale } from '../domain/locale.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';

/** Creates a draft case for `actorId` and returns it; every way an intake starts goes through here. */
export async function startIntake(
  deps: Pick<AppDeps, 'cases' | 'clock' | 'logger'>,
  input: { actorId: string; actorName?: string; locale: Locale; origin: CaseOrigin; prefill?: IntakeData },
): Promise<CaseRecord> {
  const c = await deps.cases.create(
    (id) =>
      newDraft({
        id,
        now: deps.clock.now(),
        actorId: input.actorId,
        actorName: input.actorName,
        origin: input.origin,
        prefill: input.prefill,
        locale: input.locale,
      }),
    () => [{ type: 'case.created', actor: input.actorId, to: 'intake', data: { origin: input.origin.kind } }],
  );
  deps.logger.info({ caseId: c.id, userId: input.actorId, origin: input.origin.kind }, 'intake started');
  return c;
}

/**
 * The look-ups a submission needs and a card click must not wait for: the named lead in Teams,
 * or the registrant's e-mail address (the `intake.lead` job, after the submission of `c`).
 */
export function leadLookup(c: CaseRecord, deps: Pick<AppDeps, 'clock'>): JobSpec | undefined {
  if (c.lead?.source !== 'pending' && (c.lead?.source !== 'self' || c.lead.email)) return undefined;
  return {
    id: `intake.lead:${c.id}:${c.rev ?? 0}`,
    kind: 'intake.lead',
    dueAt: deps.clock.now(),
    payload: { caseId: c.id, rev: c.rev ?? 0 },
  };
}
