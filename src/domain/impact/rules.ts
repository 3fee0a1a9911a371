import type { Locale } from '../locale.js';
import type { IntakeData } from '../intake/intake.js';

export const IMPACT_LEVELS = ['low', 'medium', 'high'] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

/** A condition on one intake field: it equals a value, or (for lists) includes one. */
export type Condition =
  | { field: keyof IntakeData; equals: string | boolean }
  | { field: keyof IntakeData; includes: string }
  | { field: keyof IntakeData; includesAny: string[] };

/**
 * One explainable rule: when its conditions hold, the case is at least `level`, for the reason
 * given. Rules are configuration (a JSON file), so a city can change them without code.
 */
export interface ImpactRule {
  id: string;
  level: ImpactLevel;
  all?: Condition[];
  any?: Condition[];
  reason: Record<Locale, string>;
}

export interface ImpactSuggestion {
  level: ImpactLevel;
  /** The rules that fired, highest level first. */
  reasons: { ruleId: string; level: ImpactLevel; text: Record<Locale, string> }[];
}

function holds(c: Condition, intake: IntakeData): boolean {
  const value = intake[c.field] as unknown;
  if ('equals' in c) return value === c.equals;
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  if ('includes' in c) return list.includes(c.includes);
  return c.includesAny.some((x) => list.includes(x));
}

export function ruleFires(rule: ImpactRule, intake: IntakeData): boolean {
  const all = rule.all ?? [];
  const any = rule.any ?? [];
  return all.every((c) => holds(c, intake)) && (any.length === 0 || any.some((c) => holds(c, intake)));
}

const rank = (l: ImpactLevel) => IMPACT_LEVELS.indexOf(l);

/** Whether a level set by a person is lower than the rules suggested: that needs a recorded reason. */
export const isLowered = (set: ImpactLevel, suggested: ImpactLevel): boolean => rank(set) < rank(suggested);

/** The suggested level is the highest level of the rules that fire; low when none does. */
export function suggestImpact(intake: IntakeData, rules: readonly ImpactRule[]): ImpactSuggestion {
  const fired = rules.filter((r) => ruleFires(r, intake)).sort((a, b) => rank(b.level) - rank(a.level));
  return {
    level: fired[0]?.level ?? 'low',
    reasons: fired.map((r) => ({ ruleId: r.id, level: r.level, text: r.reason })),
  };
}
