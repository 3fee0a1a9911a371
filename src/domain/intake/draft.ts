import type { CaseOrigin, CaseRecord } from '../case/case.js';
import type { IntakeData } from './intake.js';
import { missingRequirements, type Missing } from './completeness.js';
import type { StepId, StepResult } from './steps.js';

/** States in which the lead may still change the intake: until Team Uthiek has triaged it. */
const EDITABLE = new Set<CaseRecord['state']>(['intake', 'submitted', 'needs-info']);

export function newDraft(input: {
  id: string;
  now: Date;
  actorId: string;
  actorName?: string;
  origin: CaseOrigin;
  prefill?: IntakeData;
  locale?: 'nl' | 'en';
}): CaseRecord {
  const at = input.now.toISOString();
  return {
    id: input.id,
    state: 'intake',
    createdAt: at,
    updatedAt: at,
    createdBy: input.actorId,
    ...(input.actorName ? { createdByName: input.actorName } : {}),
    leadId: input.actorId,
    origin: input.origin,
    intake: { leadIsMe: true, ...input.prefill },
    intakeStep: 'basics',
    advice: [],
    leadLocale: input.locale,
  };
}

/** Only the person who started the intake, or the lead, may change it; and only before triage. */
export function mayEdit(c: CaseRecord, actorId: string | undefined): 'ok' | 'not-yours' | 'locked' {
  if (!actorId || (actorId !== c.createdBy && actorId !== c.leadId)) return 'not-yours';
  return EDITABLE.has(c.state) ? 'ok' : 'locked';
}

/** Merges a step's valid values into the draft and remembers where the lead is. */
export function applyStep(c: CaseRecord, result: StepResult, goTo: StepId, now: Date): CaseRecord {
  const intake: IntakeData = { ...c.intake };
  for (const [key, value] of Object.entries(result.values)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0 && key !== 'values'))
      delete intake[key as keyof IntakeData];
    else (intake as Record<string, unknown>)[key] = value;
  }
  return { ...c, intake, intakeStep: goTo, updatedAt: now.toISOString() };
}

export type SubmitOutcome = { ok: true; next: CaseRecord } | { ok: false; missing: Missing[] };

/** Submitting is refused while a minimum requirement is missing. */
export function submitDraft(c: CaseRecord, now: Date): SubmitOutcome {
  const missing = missingRequirements(c.intake);
  if (missing.length) return { ok: false, missing };
  const at = now.toISOString();
  return {
    ok: true,
    next: { ...c, state: 'submitted', submittedAt: c.submittedAt ?? at, updatedAt: at, intakeStep: 'review' },
  };
}
