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
