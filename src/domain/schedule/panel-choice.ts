import { matchedExpertise, type PanelMember } from './panel.js';
import { addCalendarDays, localDate } from './working-days.js';

/** A confirmed assessment, for the panel load. */
export interface ConfirmedAssessment {
  /** ISO instant. */
  start: string;
  panelIds: string[];
}

/** Confirmed assessments by local calendar date. */
export interface AssessmentDay {
  date: string;
  panelIds: readonly string[];
}

export const RECENT_DAYS = 90;

export function assessmentDays(assessments: readonly ConfirmedAssessment[], tz: string): AssessmentDay[] {
  return assessments.map((a) => {
    const at = new Date(a.start);
    if (Number.isNaN(at.getTime())) throw new RangeError(`Assessment start is not an instant: ${a.start}`);
    return { date: localDate(at, tz), panelIds: a.panelIds };
  });
}

export interface PanelLoad {
  /** Assessments in the calendar month of the date. */
  month: number;
  /** Assessments in the 90 days before the date. */
  recent: number;
  /** Already on an assessment that day. */
  sameDay: boolean;
}

export function panelLoad(memberId: string, date: string, days: readonly AssessmentDay[]): PanelLoad {
  const month = date.slice(0, 7);
  const recentFrom = addCalendarDays(date, -RECENT_DAYS);
  const load: PanelLoad = { month: 0, recent: 0, sameDay: false };
  for (const d of days) {
    if (!d.panelIds.includes(memberId)) continue;
    if (d.date.slice(0, 7) === month) load.month++;
    if (d.date >= recentFrom && d.date < date) load.recent++;
    if (d.date === date) load.sameDay = true;
  }
  return load;
}

/**
 * Whether a member can be invited for a date: active, not marked unavailable, under the monthly
 * maximum, and not on another assessment that day (the members are unpaid volunteers).
 */
export function isEligible(member: PanelMember, date: string, load: PanelLoad): boolean {
  return member.active && !member.unavailable.includes(date) && load.month < member.monthlyMax && !load.sameDay;
}

export interface PanelCandidate {
  member: PanelMember;
  matched: string[];
  monthLoad: number;
  recentLoad: number;
}

/**
 * Eligible members for a date, best first: most needed tags covered, then fewest assessments this
 * month, then fewest in the last 90 days, then id (only to be deterministic). Availability decides
 * who is eligible, never the order.
 */
export function rankPanel(
  members: readonly PanelMember[],
  needed: readonly string[],
  date: string,
  days: readonly AssessmentDay[],
): PanelCandidate[] {
  const ranked: PanelCandidate[] = [];
  for (const member of members) {
    const load = panelLoad(member.id, date, days);
    if (!isEligible(member, date, load)) continue;
    ranked.push({ member, matched: matchedExpertise(member, needed), monthLoad: load.month, recentLoad: load.recent });
  }
  return ranked.sort(
    (a, b) =>
      b.matched.length - a.matched.length ||
      a.monthLoad - b.monthLoad ||
      a.recentLoad - b.recentLoad ||
      (a.member.id < b.member.id ? -1 : a.member.id > b.member.id ? 1 : 0),
  );
}

/** The panel for a date: the best `size` ranked members, and only those with matching expertise. */
export function choosePanel(ranked: readonly PanelCandidate[], size: number): PanelCandidate[] {
  return ranked.filter((c) => c.matched.length > 0).slice(0, Math.max(0, size));
}

/** The needed tags the chosen panel covers together. */
export function coverage(panel: readonly PanelCandidate[], needed: readonly string[]): string[] {
  return needed.filter((tag) => panel.some((c) => c.matched.includes(tag)));
}
