import type { CaseRecord } from '../case/case.js';

/**
 * The algorithm register check: does what the public register says about the ethics assessment
 * match the case record? (The audit found an entry claiming no assessment had been done when
 * one had.)
 */
export function registerStatus(c: CaseRecord): 'ok' | 'contradiction' | 'unchecked' {
  const stated = c.register?.statedAssessmentStatus;
  if (!stated) return 'unchecked';
  const assessed = Boolean(c.assessment);
  const planned = c.state === 'scheduled' || c.state === 'accepted';
  if (assessed) return stated === 'done' ? 'ok' : 'contradiction';
  if (stated === 'done') return 'contradiction';
  if (stated === 'planned' && !planned) return 'contradiction';
  return 'ok';
}

/**
 * The fields the national algorithm register standard asks about impact assessments
 * ("impacttoetsen": which assessments were done, when, with a link), per case with an algorithm.
 */
export function registerExport(cases: readonly CaseRecord[], organisation: string) {
  return cases.map((c) => ({
    naam: c.intake.projectName ?? c.id,
    organisatie: organisation,
    registratie: c.register?.entryUrl ?? c.intake.algorithmRegisterUrl ?? null,
    zaak: c.id,
    impacttoetsen: [
      {
        titel: 'Ethische toets (Utrechtse waarden, Team Uthiek)',
        uitgevoerd: Boolean(c.assessment),
        datum: c.assessment?.heldAt ?? null,
        link: c.assessment?.reportUrl ?? null,
      },
      {
        titel: 'Data Protection Impact Assessment (DPIA)',
        uitgevoerd: c.intake.dpiaStatus === 'done',
        status: c.intake.dpiaStatus ?? null,
      },
    ],
    controle: registerStatus(c),
  }));
}
