import type { IntakeData } from './intake.js';
import { detailQuestions, type StepId } from './steps.js';

/** One minimum requirement of a case description that is not met yet, and the step that asks it. */
export interface Missing {
  requirement: Requirement;
  step: StepId;
}

export type Requirement =
  | 'projectName'
  | 'orgUnit'
  | 'lead'
  | 'phase'
  | 'plannedDate'
  | 'purpose'
  | 'means'
  | 'affectedGroups'
  | 'affectedNote'
  | 'technologies'
  | 'personalData'
  | 'details'
  | 'supplier'
  | 'dpiaStatus'
  | 'dpiaNote'
  | 'algorithmRegister'
  | 'values'
  | 'experts';

const blank = (s: string | undefined) => !s || !s.trim();

/**
 * What a complete case description still lacks (DOMAIN.md, "Intake: minimum requirements").
 * Empty means complete: it may be submitted, and later scheduled.
 */
export function missingRequirements(intake: IntakeData): Missing[] {
  const out: Missing[] = [];
  const need = (ok: boolean, requirement: Requirement, step: StepId) => {
    if (!ok) out.push({ requirement, step });
  };
  need(!blank(intake.projectName), 'projectName', 'basics');
  need(!blank(intake.orgUnit), 'orgUnit', 'basics');
  // the lead: the registrant, someone chosen with Teams' people picker, or a name with an e-mail address
  const named = Boolean(intake.leadAadObjectId) || (!blank(intake.leadName) && !blank(intake.leadEmail));
  need(intake.leadIsMe === true || named, 'lead', 'basics');
  need(intake.phase !== undefined, 'phase', 'basics');
  need(!blank(intake.plannedDate), 'plannedDate', 'basics');
  need(!blank(intake.purpose), 'purpose', 'purpose');
  need(!blank(intake.means), 'means', 'purpose');
  const groups = intake.affectedGroups ?? [];
  need(groups.length > 0, 'affectedGroups', 'people');
  need(
    !(groups.includes('specific-groups') || groups.includes('vulnerable-groups')) || !blank(intake.affectedNote),
    'affectedNote',
    'people',
  );
  need((intake.technologies ?? []).length > 0, 'technologies', 'technology');
  need(intake.personalData !== undefined, 'personalData', 'technology');
  need(
    intake.supplier !== undefined && (intake.supplier === 'in-house' || !blank(intake.supplierName)),
    'supplier',
    'technology',
  );
  need(
    detailQuestions(intake).every((q) => intake[q] !== undefined),
    'details',
    'details',
  );
  need(intake.dpiaStatus !== undefined, 'dpiaStatus', 'legal');
  need(intake.dpiaStatus !== 'not-needed' || !blank(intake.dpiaNote), 'dpiaNote', 'legal');
  need(intake.algorithmRegister !== undefined, 'algorithmRegister', 'legal');
  need(
    Object.values(intake.values ?? {}).some((why) => !blank(why)),
    'values',
    'values',
  );
  need(!blank(intake.experts), 'experts', 'experts');
  return out;
}

export const isComplete = (intake: IntakeData) => missingRequirements(intake).length === 0;
