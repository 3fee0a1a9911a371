import type { MessageKey } from '../../i18n/index.js';
import { LIMITS } from '../../domain/intake/steps.js';
import {
  AFFECTED_GROUPS,
  DPIA_STATUSES,
  PHASES,
  SUPPLIERS,
  TECHNOLOGIES,
  YES_NO_UNKNOWN,
} from '../../domain/intake/vocabulary.js';

/** How each intake field is asked on a card. */
type Kind = 'text' | 'multiline' | 'date' | 'toggle' | 'choice' | 'radio' | 'multi' | 'people';

/** An answer to choose, and the key of its text. */
interface Choice {
  value: string;
  key: MessageKey;
}

export interface FieldSpec {
  kind: Kind;
  /** The key of the field's label. */
  label: MessageKey;
  max?: number;
  choices?: Choice[];
}

/** The choices for a vocabulary; `key` names each value's text, so a value without one does not compile. */
const choices = <V extends string>(values: readonly V[], key: (value: V) => MessageKey): Choice[] =>
  values.map((value) => ({ value, key: key(value) }));

const yn = choices(['yes', 'no'], (v) => `intake.choice.yn.${v}`);
const ynu = choices(YES_NO_UNKNOWN, (v) => `intake.choice.yn.${v}`);
const note: FieldSpec = { kind: 'multiline', label: 'intake.field.note', max: LIMITS.note };

export const SPECS: Record<string, FieldSpec> = {
  projectName: { kind: 'text', label: 'intake.field.projectName', max: LIMITS.name },
  orgUnit: { kind: 'text', label: 'intake.field.orgUnit', max: LIMITS.name },
  leadIsMe: { kind: 'toggle', label: 'intake.field.leadIsMe' },
  leadName: { kind: 'text', label: 'intake.field.leadName', max: LIMITS.name },
  // Teams' people picker; where it is not shown (the Agents Playground), the e-mail address is the way
  leadAadObjectId: { kind: 'people', label: 'intake.field.leadPick' },
  leadEmail: { kind: 'text', label: 'intake.field.leadEmail', max: LIMITS.name },
  phase: { kind: 'choice', label: 'intake.field.phase', choices: choices(PHASES, (v) => `intake.choice.phase.${v}`) },
  plannedDate: { kind: 'date', label: 'intake.field.plannedDate' },
  purpose: { kind: 'multiline', label: 'intake.field.purpose', max: LIMITS.long },
  means: { kind: 'multiline', label: 'intake.field.means', max: LIMITS.long },
  affectedGroups: {
    kind: 'multi',
    label: 'intake.field.affectedGroups',
    choices: choices(AFFECTED_GROUPS, (v) => `intake.choice.group.${v}`),
  },
  affectedNote: { kind: 'multiline', label: 'intake.field.affectedNote', max: LIMITS.note },
  technologies: {
    kind: 'multi',
    label: 'intake.field.technologies',
    choices: choices(TECHNOLOGIES, (v) => `intake.choice.tech.${v}`),
  },
  technologyNote: { kind: 'multiline', label: 'intake.field.technologyNote', max: LIMITS.note },
  personalData: { kind: 'radio', label: 'intake.field.personalData', choices: ynu },
  supplier: {
    kind: 'radio',
    label: 'intake.field.supplier',
    choices: choices(SUPPLIERS, (v) => `intake.choice.supplier.${v}`),
  },
  supplierName: { kind: 'text', label: 'intake.field.supplierName', max: LIMITS.name },
  specialCategories: { kind: 'radio', label: 'intake.field.specialCategories', choices: ynu },
  camerasPublicSpace: { kind: 'radio', label: 'intake.field.camerasPublicSpace', choices: yn },
  automatedDecisionsResidents: { kind: 'radio', label: 'intake.field.automatedDecisionsResidents', choices: yn },
  genAiResidentFacing: { kind: 'radio', label: 'intake.field.genAiResidentFacing', choices: yn },
  specialCategoriesNote: note,
  camerasNote: note,
  automatedDecisionsNote: note,
  genAiNote: note,
  dpiaStatus: {
    kind: 'radio',
    label: 'intake.field.dpiaStatus',
    choices: choices(DPIA_STATUSES, (v) => `intake.choice.dpia.${v}`),
  },
  dpiaNote: { kind: 'multiline', label: 'intake.field.dpiaNote', max: LIMITS.note },
  algorithmRegister: { kind: 'radio', label: 'intake.field.algorithmRegister', choices: ynu },
  algorithmRegisterUrl: { kind: 'text', label: 'intake.field.algorithmRegisterUrl', max: LIMITS.url },
  experts: { kind: 'multiline', label: 'intake.field.experts', max: LIMITS.experts },
};

/** How an intake field is asked: its own spec, or that of a value's question (value_*, why_*). */
export function specOf(field: string): FieldSpec {
  if (field.startsWith('value_')) return { kind: 'toggle', label: 'intake.field.value' };
  if (field.startsWith('why_')) return { kind: 'multiline', label: 'intake.field.valueWhy', max: LIMITS.why };
  const spec = SPECS[field];
  if (!spec) throw new Error(`no card spec for intake field ${field}`);
  return spec;
}
