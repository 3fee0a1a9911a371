import type { ImpactLevel } from '../impact/rules.js';
import type { PanelCandidate } from './panel-choice.js';

/**
 * Why a proposal looks the way it does, as codes and parameters: the sentences, in Dutch and
 * English, are in src/i18n (explain.*, problem.*). Expertise tags stay codes too.
 */

/** A sentence stored by an older version of the bot, kept as it was written, in both languages. */
export interface StoredText {
  code: 'text';
  params: { nl: string; en: string };
}

/** Why this date and why these people. */
export type Explanation =
  | { code: 'notice-met'; params: { impact: ImpactLevel; days: number; deadline: string } }
  | { code: 'urgent-notice'; params: { reason: string; given: number; required: number } }
  | { code: 'within-hours'; params: { from: string; to: string; tz: string } }
  | { code: 'panel-rule'; params: Record<string, never> }
  | { code: 'calendars-free'; params: Record<string, never> }
  | { code: 'member-why'; params: { name: string; tags: string[]; load: number } }
  | { code: 'small-panel'; params: { chosen: number; size: number } }
  | { code: 'best-coverage'; params: { tags: string[] } }
  | { code: 'no-panel'; params: { impact: ImpactLevel; size: number } }
  | StoredText;

export const memberWhy = (c: PanelCandidate): Explanation => ({
  code: 'member-why',
  params: { name: c.member.name, tags: [...c.matched], load: c.monthLoad },
});

export const panelRule: Explanation = { code: 'panel-rule', params: {} };

/** The Outlook calendars (free/busy) of the handler, the lead and internal participants show them free. */
export const calendarsFree: Explanation = { code: 'calendars-free', params: {} };

export const noPanel = (impact: ImpactLevel, size: number): Explanation => ({
  code: 'no-panel',
  params: { impact, size },
});

export const smallPanel = (chosen: number, size: number): Explanation => ({
  code: 'small-panel',
  params: { chosen, size },
});

export const noticeMet = (impact: ImpactLevel, days: number, deadline: string): Explanation => ({
  code: 'notice-met',
  params: { impact, days, deadline },
});

export const urgentNotice = (reason: string, given: number, required: number): Explanation => ({
  code: 'urgent-notice',
  params: { reason, given, required },
});

export const withinHours = (from: string, to: string, tz: string): Explanation => ({
  code: 'within-hours',
  params: { from, to, tz },
});

export const bestCoverage = (covered: readonly string[]): Explanation => ({
  code: 'best-coverage',
  params: { tags: [...covered] },
});

export type ProblemCode =
  | 'urgent-reason-required'
  | 'no-expertise-needed'
  | 'no-matching-panel'
  | 'no-common-time'
  | 'fewer-slots-than-requested'
  | 'expertise-partly-covered'
  | 'free-busy-unavailable';

/** Why there are fewer proposals than asked for, or none. */
export type Problem =
  | { code: 'urgent-reason-required' | 'no-expertise-needed' | 'free-busy-unavailable'; params: Record<string, never> }
  | { code: 'no-matching-panel'; params: { searchDays: number; tags: string[] } }
  | { code: 'no-common-time'; params: { searchDays: number } }
  | { code: 'fewer-slots-than-requested'; params: { searchDays: number; found: number; count: number } }
  | { code: 'expertise-partly-covered'; params: { tags: string[] } }
  | StoredText;

export function problem(
  code: ProblemCode,
  detail: { searchDays?: number; found?: number; count?: number; tags?: readonly string[] } = {},
): Problem {
  const { searchDays = 0, found = 0, count = 0, tags = [] } = detail;
  switch (code) {
    case 'urgent-reason-required':
    case 'no-expertise-needed':
    case 'free-busy-unavailable':
      return { code, params: {} };
    case 'no-matching-panel':
      return { code, params: { searchDays, tags: [...tags] } };
    case 'no-common-time':
      return { code, params: { searchDays } };
    case 'fewer-slots-than-requested':
      return { code, params: { searchDays, found, count } };
    case 'expertise-partly-covered':
      return { code, params: { tags: [...tags] } };
  }
}
