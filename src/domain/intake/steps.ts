import { z } from 'zod';
import type { IntakeData, IntakeField } from './intake.js';
import { AFFECTED_GROUPS, DPIA_STATUSES, PHASES, SUPPLIERS, TECHNOLOGIES, YES_NO_UNKNOWN } from './vocabulary.js';
import { isCalendarDate } from '../time.js';
import { expertEntries } from './experts.js';
import { holdsLink } from '../text/names.js';

/**
 * The intake dialog, step by step: which fields each step asks, and how a step's submitted
 * form is checked. Input arrives as a card sends it (strings; multi-select as "a,b"; toggles as
 * "true"/"false"; an empty input may be missing altogether). Valid fields are returned even
 * when others are wrong, so they can be saved; wrong fields keep their saved value.
 */

export const STEP_IDS = [
  'basics',
  'purpose',
  'people',
  'technology',
  'details',
  'legal',
  'values',
  'experts',
  'review',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'pastDate'
  | 'futureDate'
  | 'invalidDate'
  | 'invalidChoice'
  | 'invalidEmail'
  | 'invalidUrl'
  | 'nameLink'
  | 'expertLink'
  | 'chooseOne'
  | 'whyRequired';

export interface FieldError {
  field: string;
  code: ErrorCode;
  max?: number;
}

export interface StepResult {
  values: Partial<IntakeData>;
  errors: FieldError[];
}

export interface StepContext {
  /** Today as YYYY-MM-DD in the people's time zone. */
  today: string;
  valueIds: string[];
}

export const LIMITS = {
  name: 120,
  note: 1000,
  long: 2000,
  why: 500,
  experts: 1000,
  url: 500,
} as const;

/** The fields a step asks; `details` and `values` depend on earlier answers. */
export function fieldsOf(step: StepId, intake: IntakeData, valueIds: string[] = []): string[] {
  switch (step) {
    case 'basics':
      return ['projectName', 'orgUnit', 'leadIsMe', 'leadName', 'leadAadObjectId', 'leadEmail', 'phase', 'plannedDate'];
    case 'purpose':
      return ['purpose', 'means'];
    case 'people':
      return ['affectedGroups', 'affectedNote'];
    case 'technology':
      return ['technologies', 'technologyNote', 'personalData', 'supplier', 'supplierName'];
    case 'details':
      return detailQuestions(intake).flatMap((q) => [q, NOTE_OF[q]]);
    case 'legal':
      return ['dpiaStatus', 'dpiaNote', 'dpiaDate', 'dpiaLink', 'algorithmRegister', 'algorithmRegisterUrl'];
    case 'values':
      return valueIds.flatMap((id) => [`about_${id}`, `serves_${id}`, `value_${id}`, `why_${id}`]);
    case 'experts':
      return ['experts'];
    case 'review':
      return [];
  }
}

export type DetailQuestion =
  'specialCategories' | 'camerasPublicSpace' | 'automatedDecisionsResidents' | 'genAiResidentFacing';

export const NOTE_OF: Record<DetailQuestion, IntakeField> = {
  specialCategories: 'specialCategoriesNote',
  camerasPublicSpace: 'camerasNote',
  automatedDecisionsResidents: 'automatedDecisionsNote',
  genAiResidentFacing: 'genAiNote',
};

/** The follow-up questions that apply, given the technologies and data chosen. */
export function detailQuestions(intake: IntakeData): DetailQuestion[] {
  const tech = new Set(intake.technologies ?? []);
  const out: DetailQuestion[] = [];
  if (intake.personalData === 'yes') out.push('specialCategories');
  if (tech.has('cameras') || tech.has('biometrics') || tech.has('drones')) out.push('camerasPublicSpace');
  if (tech.has('automated-decisions')) out.push('automatedDecisionsResidents');
  if (tech.has('generative-ai') || tech.has('chatbot')) out.push('genAiResidentFacing');
  return out;
}

/** The steps this intake goes through: `details` only when a follow-up question applies. */
export function stepsFor(intake: IntakeData): StepId[] {
  return STEP_IDS.filter((s) => s !== 'details' || detailQuestions(intake).length > 0);
}

export function nextStep(step: StepId, intake: IntakeData): StepId {
  const steps = stepsFor(intake);
  const i = steps.indexOf(step);
  return steps[Math.min(i + 1, steps.length - 1)] ?? 'review';
}

export function previousStep(step: StepId, intake: IntakeData): StepId {
  const steps = stepsFor(intake);
  const i = steps.indexOf(step);
  return steps[Math.max(i - 1, 0)] ?? 'basics';
}

// --- reading form values ---------------------------------------------------------------

const str = (raw: Record<string, unknown>, key: string): string => {
  const v = raw[key];
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
};

const emailSchema = z.string().email();
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

class StepReader {
  readonly values: Partial<Record<string, unknown>> = {};
  readonly errors: FieldError[] = [];
  constructor(private readonly raw: Record<string, unknown>) {}

  private fail(field: string, code: ErrorCode, max?: number): undefined {
    this.errors.push(max === undefined ? { field, code } : { field, code, max });
    return undefined;
  }

  text(field: string, max: number, required: boolean): string | undefined {
    const v = str(this.raw, field);
    if (!v) {
      if (required) return this.fail(field, 'required');
      this.values[field] = undefined;
      return undefined;
    }
    if (v.length > max) return this.fail(field, 'tooLong', max);
    this.values[field] = v;
    return v;
  }

  choice<T extends string>(field: string, options: readonly T[], required: boolean): T | undefined {
    const v = str(this.raw, field);
    if (!v) return required ? this.fail(field, 'required') : ((this.values[field] = undefined), undefined);
    if (!options.includes(v as T)) return this.fail(field, 'invalidChoice');
    this.values[field] = v;
    return v as T;
  }

  multi<T extends string>(field: string, options: readonly T[], required: boolean): T[] | undefined {
    const raw = this.raw[field];
    const list = (Array.isArray(raw) ? raw.map(String) : str(this.raw, field).split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    if (list.length === 0) return required ? this.fail(field, 'chooseOne') : ((this.values[field] = []), []);
    if (list.some((s) => !options.includes(s as T))) return this.fail(field, 'invalidChoice');
    const unique = [...new Set(list)] as T[];
    this.values[field] = unique;
    return unique;
  }

  toggle(field: string): boolean {
    const v = str(this.raw, field).toLowerCase();
    const on = v === 'true' || v === 'yes' || v === 'on';
    this.values[field] = on;
    return on;
  }

  /** A calendar date; with `today`, not before it. */
  date(field: string, today: string | undefined, required: boolean): string | undefined {
    const v = str(this.raw, field);
    if (!v) return required ? this.fail(field, 'required') : ((this.values[field] = undefined), undefined);
    if (!isCalendarDate(v)) return this.fail(field, 'invalidDate');
    if (today !== undefined && v < today) return this.fail(field, 'pastDate');
    this.values[field] = v;
    return v;
  }

  /** A person chosen with the people picker: their Entra object id (a GUID). */
  objectId(field: string): string | undefined {
    const v = str(this.raw, field).toLowerCase();
    if (!v) return (this.values[field] = undefined);
    if (!OBJECT_ID.test(v)) return this.fail(field, 'invalidChoice');
    this.values[field] = v;
    return v;
  }

  /** A text that passes `text` and holds no link (`holdsLink` on what `names` gives); else `code`. */
  private linkFree(field: string, max: number, required: boolean, code: ErrorCode, names: (v: string) => string[]) {
    const v = this.text(field, max, required);
    if (v && names(v).some(holdsLink)) {
      delete this.values[field];
      return this.fail(field, code);
    }
    return v;
  }

  /** A person's name: no link or e-mail address in it (domain/text/names.ts). */
  name(field: string, required: boolean): string | undefined {
    return this.linkFree(field, LIMITS.name, required, 'nameLink', (v) => [v]);
  }

  /** Subject experts, each a name, an e-mail address or both: no link in a name. */
  experts(field: string): string | undefined {
    return this.linkFree(field, LIMITS.experts, true, 'expertLink', (v) => expertEntries(v).map((x) => x.name));
  }

  email(field: string, required: boolean): string | undefined {
    const v = this.text(field, LIMITS.name, required);
    if (v && !emailSchema.safeParse(v).success) {
      delete this.values[field];
      return this.fail(field, 'invalidEmail');
    }
    return v;
  }

  url(field: string): string | undefined {
    const v = this.text(field, LIMITS.url, false);
    if (v && !/^https:\/\/[^\s<>"]+$/i.test(v)) {
      delete this.values[field];
      return this.fail(field, 'invalidUrl');
    }
    return v;
  }
}

/** Checks one step's form; see the module comment for the input conventions. */
export function parseStep(
  step: StepId,
  raw: Record<string, unknown>,
  intake: IntakeData,
  ctx: StepContext,
): StepResult {
  const r = new StepReader(raw ?? {});
  switch (step) {
    case 'basics': {
      r.text('projectName', LIMITS.name, true);
      r.text('orgUnit', LIMITS.name, true);
      // The lead is a person: the registrant, or someone named, found with the people picker
      // (Teams) or by e-mail address (everywhere).
      const self = r.toggle('leadIsMe');
      const picked = self ? (r.values.leadAadObjectId = undefined) : r.objectId('leadAadObjectId');
      r.name('leadName', !self && !picked);
      r.email('leadEmail', !self && !picked);
      r.choice('phase', PHASES, true);
      r.date('plannedDate', ctx.today, true);
      break;
    }
    case 'purpose':
      r.text('purpose', LIMITS.long, true);
      r.text('means', LIMITS.long, true);
      break;
    case 'people': {
      const groups = r.multi('affectedGroups', AFFECTED_GROUPS, true) ?? [];
      r.text('affectedNote', LIMITS.note, groups.includes('specific-groups') || groups.includes('vulnerable-groups'));
      break;
    }
    case 'technology': {
      r.multi('technologies', TECHNOLOGIES, true);
      r.text('technologyNote', LIMITS.note, false);
      r.choice('personalData', YES_NO_UNKNOWN, true);
      const supplier = r.choice('supplier', SUPPLIERS, true);
      r.text('supplierName', LIMITS.name, supplier === 'supplier' || supplier === 'both');
      break;
    }
    case 'details':
      for (const q of detailQuestions(intake)) {
        r.choice(q, q === 'specialCategories' ? YES_NO_UNKNOWN : (['yes', 'no'] as const), true);
        r.text(NOTE_OF[q], LIMITS.note, false);
      }
      break;
    case 'legal': {
      const dpia = r.choice('dpiaStatus', DPIA_STATUSES, true);
      r.text('dpiaNote', LIMITS.note, dpia === 'not-needed');
      const done = r.date('dpiaDate', undefined, dpia === 'done');
      if (dpia === 'done' && done && done > ctx.today) {
        delete r.values.dpiaDate;
        r.errors.push({ field: 'dpiaDate', code: 'futureDate' });
      }
      r.url('dpiaLink');
      r.choice('algorithmRegister', YES_NO_UNKNOWN, true);
      r.url('algorithmRegisterUrl');
      break;
    }
    case 'values': {
      const chosen: Record<string, string> = {};
      const served = ctx.valueIds.filter((id) => r.toggle(`serves_${id}`));
      for (const id of ctx.valueIds) {
        if (!r.toggle(`value_${id}`)) continue;
        const why = r.text(`why_${id}`, LIMITS.why, false);
        if (!why) r.errors.push({ field: `why_${id}`, code: 'whyRequired' });
        else chosen[id] = why;
      }
      const hasErrors = r.errors.length > 0;
      if (!hasErrors && Object.keys(chosen).length === 0) r.errors.push({ field: 'values', code: 'chooseOne' });
      // keep the raw toggles/whys out of the intake itself; only the map is stored
      for (const key of Object.keys(r.values)) if (/^(value|why|serves)_/.test(key)) delete r.values[key];
      if (Object.keys(chosen).length > 0 || !hasErrors) r.values.values = chosen;
      r.values.valuesServed = served;
      break;
    }
    case 'experts':
      r.experts('experts');
      break;
    case 'review':
      break;
  }
  return { values: r.values as Partial<IntakeData>, errors: r.errors };
}
