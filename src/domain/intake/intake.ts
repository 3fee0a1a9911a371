import type { AffectedGroup, DpiaStatus, Phase, Supplier, Technology, YesNoUnknown } from './vocabulary.js';

export type YesNo = 'yes' | 'no';

/**
 * The case description as the project lead writes it (DOMAIN.md, "Intake: minimum
 * requirements"). Every field is optional in a draft; `missingRequirements` says what a
 * complete one still needs.
 */
export interface IntakeData {
  projectName?: string;
  orgUnit?: string;
  /** True when the person filling in the intake leads the project; else name and e-mail below. */
  leadIsMe?: boolean;
  leadName?: string;
  leadEmail?: string;
  /** The lead chosen with the people picker (Teams only): their object id. */
  leadAadObjectId?: string;
  phase?: Phase;
  /** Planned start or decision date, YYYY-MM-DD (Europe/Amsterdam calendar date). */
  plannedDate?: string;
  purpose?: string;
  means?: string;
  affectedGroups?: AffectedGroup[];
  affectedNote?: string;
  technologies?: Technology[];
  technologyNote?: string;
  personalData?: YesNoUnknown;
  supplier?: Supplier;
  supplierName?: string;
  // conditional details, asked only when relevant
  specialCategories?: YesNoUnknown;
  specialCategoriesNote?: string;
  camerasPublicSpace?: YesNo;
  camerasNote?: string;
  automatedDecisionsResidents?: YesNo;
  automatedDecisionsNote?: string;
  genAiResidentFacing?: YesNo;
  genAiNote?: string;
  // legal
  dpiaStatus?: DpiaStatus;
  dpiaNote?: string;
  algorithmRegister?: YesNoUnknown;
  algorithmRegisterUrl?: string;
  /** Value id → why it is at stake. */
  values?: Record<string, string>;
  experts?: string;
}

export type IntakeField = keyof IntakeData;
