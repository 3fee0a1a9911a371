import type { CaseRecord } from '../case/case.js';
import { currentDpia } from '../dpia/dpia.js';
import type { Phase } from '../intake/vocabulary.js';
import {
  ASSESSMENT_TITLES,
  MAX_LENGTH,
  REGISTER_FIELD_KEYS,
  REQUIRED_FIELDS,
  STANDARD_LANGUAGE,
  STANDARD_VERSION,
  type ImpactAssessmentRef,
  type PublicationCategory,
  type RegisterField,
  type RegisterStatus,
} from './standard.js';

/**
 * A case as an entry of the algorithm register (publication standard 1.0, see standard.ts),
 * filled only from what the case record knows: the intake, the assessment, the DPIA record and
 * the advice letter. A field the bot cannot know is null and listed in `unknown`, for a person
 * to fill in; nothing is made up.
 */

export type EntryValue = string | string[] | ImpactAssessmentRef[] | null;
export type RegisterEntry = Record<RegisterField, EntryValue>;

export interface CaseEntry {
  caseId: string;
  entry: RegisterEntry;
  /** Fields left empty because the case record does not say, in the standard's order. */
  unknown: RegisterField[];
  /** The case's entry in the national register, as typed or linked (not a field of the standard). */
  registerUrl: string | null;
  /** The current advice letter's version, if one was issued (the team's link to it is signed, not public). */
  letterVersion: number | null;
  /** Of those, the ones the standard requires: the entry cannot be published without them. */
  missingRequired: RegisterField[];
}

/** What the entry needs besides the case: configuration, and the few fixed Dutch phrases (the register is in Dutch). */
export interface EntryContext {
  organization: string;
  /** The register's general contact address (ALGORITHM_REGISTER_CONTACT), when configured. */
  contact?: string;
  texts: {
    /** "{reason}": why no DPIA was needed. */
    noDpia: (reason: string) => string;
    inHouse: string;
    letterTitle: (version: number) => string;
  };
}

const DEVELOPING: ReadonlySet<Phase> = new Set(['idea', 'design', 'pilot', 'procurement']);

/** The register's status from the intake's phase: in use once live (or a change of a live system). */
function status(c: CaseRecord): RegisterStatus | null {
  const phase = c.intake.phase;
  if (!phase) return null;
  return DEVELOPING.has(phase) ? 'In ontwikkeling' : 'In gebruik';
}

/**
 * The publication category from the impact level Team Uthiek set: high → impactful (B), low →
 * other (C). Medium, and whether it is a high-risk AI system under the AI Act (A), a person decides.
 */
function publicationCategory(c: CaseRecord): PublicationCategory | null {
  const impact = c.triage?.impact;
  if (impact === 'high') return 'Impactvolle algoritmes';
  if (impact === 'low') return 'Overige algoritmes';
  return null;
}

const cut = (field: RegisterField, text: string | undefined): string | null => {
  const t = text?.trim();
  if (!t) return null;
  const max = MAX_LENGTH[field];
  return max && t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function impactAssessments(c: CaseRecord, ctx: EntryContext): ImpactAssessmentRef[] {
  const refs: ImpactAssessmentRef[] = [];
  if (c.assessment) refs.push({ title: ASSESSMENT_TITLES.uthiek, link: c.assessment.reportUrl || null });
  const letter = c.letters?.at(-1);
  if (letter) refs.push({ title: ctx.texts.letterTitle(letter.version), link: letter.upload?.webUrl ?? null });
  const dpia = currentDpia(c);
  if (dpia?.status === 'done') refs.push({ title: ASSESSMENT_TITLES.dpia, link: dpia.link ?? null });
  return refs;
}

function provider(c: CaseRecord, ctx: EntryContext): string | null {
  if (c.intake.supplier === 'in-house') return ctx.texts.inHouse;
  return cut('provider', c.intake.supplierName);
}

/** The register entry of one case. */
export function caseEntry(c: CaseRecord, ctx: EntryContext): CaseEntry {
  const dpia = currentDpia(c);
  const toetsen = impactAssessments(c, ctx);
  const known: Partial<RegisterEntry> = {
    name: cut('name', c.intake.projectName),
    description_short: cut('description_short', c.intake.purpose),
    organization: cut('organization', ctx.organization),
    status: status(c),
    contact_email: ctx.contact?.trim() || null,
    publication_category: publicationCategory(c),
    goal: cut('goal', c.intake.purpose),
    impacttoetsen_grouping: toetsen.length ? toetsen : null,
    impacttoetsen:
      dpia?.status === 'not-needed' && dpia.reason ? cut('impacttoetsen', ctx.texts.noDpia(dpia.reason)) : null,
    provider: provider(c, ctx),
    lang: STANDARD_LANGUAGE,
    standard_version: STANDARD_VERSION,
    source_id: c.id,
    lars: c.register?.lars ?? null,
  };
  const entry = Object.fromEntries(REGISTER_FIELD_KEYS.map((k) => [k, known[k] ?? null])) as RegisterEntry;
  const unknown = REGISTER_FIELD_KEYS.filter((k) => entry[k] === null);
  const registerUrl = c.register?.entryUrl ?? c.intake.algorithmRegisterUrl ?? null;
  return {
    caseId: c.id,
    entry,
    unknown,
    registerUrl,
    letterVersion: c.letters?.at(-1)?.version ?? null,
    missingRequired: unknown.filter((k) => REQUIRED_FIELDS.includes(k)),
  };
}
