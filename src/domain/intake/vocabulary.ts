/**
 * The fixed choice lists of the intake (DOMAIN.md, "Intake: minimum requirements").
 * Codes are stored; labels live in the i18n catalogues.
 */

export const PHASES = ['idea', 'design', 'pilot', 'procurement', 'live', 'change'] as const;
export type Phase = (typeof PHASES)[number];

export const AFFECTED_GROUPS = [
  'residents',
  'employees',
  'visitors',
  'entrepreneurs',
  'specific-groups',
  'vulnerable-groups',
] as const;
export type AffectedGroup = (typeof AFFECTED_GROUPS)[number];

export const TECHNOLOGIES = [
  'algorithm-ai',
  'sensors-iot',
  'cameras',
  'biometrics',
  'drones',
  'data-linking',
  'platform-app',
  'dashboard',
  'chatbot',
  'automated-decisions',
  'generative-ai',
] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

/** 'unknown' = the lead does not know whether a DPIA is needed: a privacy officer is asked. */
export const DPIA_STATUSES = ['not-needed', 'planned', 'in-progress', 'done', 'unknown'] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

export const SUPPLIERS = ['in-house', 'supplier', 'both'] as const;
export type Supplier = (typeof SUPPLIERS)[number];

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
