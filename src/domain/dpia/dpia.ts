import type { CaseRecord } from '../case/case.js';
import type { CaseEvent } from '../case/events.js';
import type { CaseState } from '../case/lifecycle.js';
import type { IntakeData } from '../intake/intake.js';
import { DPIA_STATUSES, type DpiaRecord, type DpiaStatus } from './record.js';
import { isCalendarDate } from '../time.js';

/**
 * The DPIA record's rules: until someone records one, the case's DPIA is what the intake says.
 * "DPIA done before the assessment" is computed from the dates (src/domain/report/quality.ts).
 */

export { DPIA_STATUSES, type DpiaRecord, type DpiaStatus };

export type DpiaInput = Pick<DpiaRecord, 'status' | 'reason' | 'date' | 'link'>;

/** The states in which the lead and Team Uthiek keep the DPIA record (before that, the intake holds it). */
export const DPIA_UPDATABLE: ReadonlySet<CaseState> = new Set([
  'accepted',
  'scheduled',
  'assessed',
  'follow-up',
  'closed',
]);
/** A privacy officer may correct it as soon as the case is submitted. */
export const DPIA_OFFICER_UPDATABLE: ReadonlySet<CaseState> = new Set([...DPIA_UPDATABLE, 'submitted', 'needs-info']);

/** The DPIA as the intake states it, or undefined when the lead has not answered yet. */
export function dpiaFromIntake(intake: IntakeData, at: string, by: string): DpiaRecord | undefined {
  if (!intake.dpiaStatus) return undefined;
  return {
    status: intake.dpiaStatus,
    ...(intake.dpiaStatus === 'not-needed' && intake.dpiaNote ? { reason: intake.dpiaNote } : {}),
    ...(intake.dpiaDate ? { date: intake.dpiaDate } : {}),
    ...(intake.dpiaLink ? { link: intake.dpiaLink } : {}),
    recordedAt: at,
    recordedBy: by,
    source: 'intake',
  };
}

/** The case's DPIA as it stands: the last recorded one, else the intake's answer. */
export function currentDpia(c: CaseRecord): DpiaRecord | undefined {
  return c.dpia ?? dpiaFromIntake(c.intake, c.submittedAt ?? c.createdAt, c.leadId);
}

export type DpiaError =
  'status' | 'reasonRequired' | 'dateRequired' | 'invalidDate' | 'futureDate' | 'invalidUrl' | 'tooLong';

export interface DpiaParse {
  input?: DpiaInput;
  errors: { field: 'status' | 'reason' | 'date' | 'link'; code: DpiaError }[];
}

export const DPIA_REASON_MAX = 1000;
export const DPIA_LINK_MAX = 500;

/**
 * Reads a DPIA form (strings as a card sends them). 'not-needed' needs a reason; 'done' needs the
 * date it was done, not after today; a link must be https.
 */
export function parseDpia(raw: Record<string, unknown>, today: string): DpiaParse {
  const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string).trim() : '');
  const errors: DpiaParse['errors'] = [];
  const status = str('status') as DpiaStatus;
  if (!DPIA_STATUSES.includes(status)) errors.push({ field: 'status', code: 'status' });
  const reason = str('reason');
  if (status === 'not-needed' && !reason) errors.push({ field: 'reason', code: 'reasonRequired' });
  if (reason.length > DPIA_REASON_MAX) errors.push({ field: 'reason', code: 'tooLong' });
  const date = str('date');
  if (date && !isCalendarDate(date)) errors.push({ field: 'date', code: 'invalidDate' });
  else if (status === 'done' && !date) errors.push({ field: 'date', code: 'dateRequired' });
  else if (status === 'done' && date > today) errors.push({ field: 'date', code: 'futureDate' });
  const link = str('link');
  if (link && (!/^https:\/\/[^\s<>"]+$/i.test(link) || link.length > DPIA_LINK_MAX))
    errors.push({ field: 'link', code: 'invalidUrl' });
  if (errors.length) return { errors };
  return {
    errors,
    input: {
      status,
      ...(status === 'not-needed' ? { reason } : reason ? { reason } : {}),
      ...(date ? { date } : {}),
      ...(link ? { link } : {}),
    },
  };
}

const sameRecord = (a: DpiaRecord | undefined, b: DpiaInput) =>
  a !== undefined && a.status === b.status && a.reason === b.reason && a.date === b.date && a.link === b.link;

/**
 * Records a DPIA on the case; the audit event holds the status, the date and whether there is a
 * link (never the reason's text). Recording what is already there changes nothing.
 */
export function recordDpia(
  c: CaseRecord,
  input: DpiaInput,
  actor: string,
  now: Date,
): { next: CaseRecord; events: CaseEvent[] } {
  if (sameRecord(currentDpia(c), input)) return { next: c, events: [] };
  const dpia: DpiaRecord = { ...input, recordedAt: now.toISOString(), recordedBy: actor, source: 'update' };
  return {
    next: { ...c, dpia },
    events: [
      {
        type: 'dpia.recorded',
        actor,
        data: { status: input.status, date: input.date ?? null, link: Boolean(input.link), source: 'update' },
      },
    ],
  };
}

/** A privacy officer confirms the DPIA record as it stands. */
export function confirmDpia(c: CaseRecord, actor: string, now: Date): { next: CaseRecord; events: CaseEvent[] } {
  const current = currentDpia(c);
  if (!current) throw new Error('there is no DPIA record to confirm');
  return {
    next: { ...c, dpia: { ...current, confirmedBy: actor, confirmedAt: now.toISOString() } },
    events: [{ type: 'dpia.confirmed', actor, data: { status: current.status, date: current.date ?? null } }],
  };
}

/** States whose intake answer an older version froze at acceptance (the tick box) and the record replaces. */
const MIGRATED_STATES: ReadonlySet<CaseState> = new Set([...DPIA_UPDATABLE, 'cancelled']);

/**
 * Data of versions before the DPIA record: the status the lead ticked in the intake becomes a
 * record without a date (reported as "date unknown"), recorded by the system.
 */
export function migrateDpiaTickBox(c: CaseRecord): CaseRecord {
  if (c.dpia || !MIGRATED_STATES.has(c.state)) return c;
  const fromIntake = dpiaFromIntake(c.intake, c.submittedAt ?? c.updatedAt, 'system');
  if (!fromIntake) return c;
  const { date: _date, ...undated } = fromIntake;
  return { ...c, dpia: { ...undated, source: 'migration' } };
}
