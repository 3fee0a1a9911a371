import type { CaseRecord } from '../../src/domain/case/case.js';

/**
 * A stored case (CaseRecord) for tests, so that a test names only the fields it is about.
 *
 * Without overrides: case UTH-2026-001, submitted (its intake at the review step), registered with
 * the `/command` by 'lead', who is its lead, on 2026-01-01 and not changed since, with an empty
 * intake and no advice. Two defaults follow the overrides: `updatedAt` is `createdAt`, and
 * `leadId` is `createdBy`, unless given. Every call gives a new object.
 */
export function caseRecord(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const createdAt = overrides.createdAt ?? '2026-01-01T00:00:00.000Z';
  const createdBy = overrides.createdBy ?? 'lead';
  return {
    id: 'UTH-2026-001',
    state: 'submitted',
    createdAt,
    updatedAt: createdAt,
    createdBy,
    leadId: createdBy,
    origin: { kind: 'command' },
    intake: {},
    intakeStep: 'review',
    advice: [],
    ...overrides,
  };
}

/** A case just started, as a fresh draft is: in intake, at its first step. */
export const draftCase = (overrides: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({ state: 'intake', intakeStep: 'basics', ...overrides });
