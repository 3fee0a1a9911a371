import type { TimeSlot } from '../case/case.js';
import type { ImpactLevel } from '../impact/rules.js';
import * as explain from './explain.js';
import type { Explanation, Problem } from './explain.js';
import type { NeededExpertise, PanelMember, StaffAvailability } from './panel.js';
import { assessmentDays, choosePanel, coverage, rankPanel } from './panel-choice.js';
import type { ConfirmedAssessment, PanelCandidate } from './panel-choice.js';
import { commonWindow, hhmm, minutesOf, officeHours, startTimes, toUtcSlot, type Window } from './slot-times.js';
import { addCalendarDays, DEFAULT_TZ, isWorkingDay, localDate, nextWorkingDay } from './working-days.js';
import { noticeDeadline, workingDaysBetween } from './working-days.js';

export interface SlotOptions {
  tz: string;
  durationMinutes: number;
  /** Minimum notice in working days. */
  noticeDays: { high: number; other: number };
  count: number;
  /** Shorter notice on purpose; needs a non-empty reason, which is recorded. */
  urgent?: { reason: string };
  /** Office hours, local 'HH:mm'. */
  dayStart: string;
  dayEnd: string;
  /** How many calendar days after today to look. */
  searchDays: number;
  panelSize: Record<ImpactLevel, number>;
  /** Preferred local start times. */
  startTimes: string[];
}

export interface SlotSearch {
  impact: ImpactLevel;
  needed: readonly (string | NeededExpertise)[];
  handler: StaffAvailability;
  /** Unknown: Monday–Friday 09:00–17:00. */
  lead?: StaffAvailability;
  panel: readonly PanelMember[];
  assessments: readonly ConfirmedAssessment[];
  /**
   * Times the handler, the lead or internal participants are busy in their calendars (free/busy);
   * undefined when not known. A slot that overlaps one is not proposed.
   */
  busy?: readonly TimeSlot[];
  /** Moments not to propose: the assessment's current one, when it is being moved. */
  exclude?: readonly TimeSlot[];
  now: Date;
  options?: Partial<Omit<SlotOptions, 'noticeDays' | 'panelSize'>> & {
    noticeDays?: Partial<SlotOptions['noticeDays']>;
    panelSize?: Partial<SlotOptions['panelSize']>;
  };
}

export interface PanelPick {
  memberId: string;
  name: string;
  matched: string[];
  monthLoad: number;
}

export interface ProposedSlot {
  slot: TimeSlot;
  /** Local calendar date of the slot. */
  date: string;
  panel: PanelPick[];
  /** Why this date and why these people (codes; the sentences are in src/i18n). */
  reasons: Explanation[];
  /** Only on slots inside the normal notice period. */
  urgent?: { reason: string; noticeWorkingDays: number };
}

export interface Proposal {
  slots: ProposedSlot[];
  problems: Problem[];
}

export const DEFAULT_SLOT_OPTIONS: SlotOptions = {
  tz: DEFAULT_TZ,
  durationMinutes: 90,
  noticeDays: { high: 10, other: 5 },
  count: 3,
  dayStart: '09:00',
  dayEnd: '17:00',
  searchDays: 60,
  panelSize: { high: 2, medium: 1, low: 0 },
  startTimes: ['09:30', '13:00', '15:00'],
};

interface Candidate {
  date: string;
  start: number;
  panel: PanelCandidate[];
  covered: string[];
}

function resolve(options: SlotSearch['options'] = {}): SlotOptions {
  const o = { ...DEFAULT_SLOT_OPTIONS, ...options } as SlotOptions;
  o.noticeDays = { ...DEFAULT_SLOT_OPTIONS.noticeDays, ...options.noticeDays };
  o.panelSize = { ...DEFAULT_SLOT_OPTIONS.panelSize, ...options.panelSize };
  if (!(o.durationMinutes > 0) || !(o.count >= 1) || !(o.searchDays >= 0)) {
    throw new RangeError('durationMinutes and count must be positive, searchDays not negative');
  }
  return o;
}

/**
 * Proposes assessment slots (DOMAIN.md, "Scheduling rules"). Pure: the same input gives the same
 * proposal. Expected failures come back as `problems` with codes, never as exceptions; in
 * particular `urgent` without a reason gives no slots and the problem 'urgent-reason-required'.
 *
 * One slot per day, on working days inside office hours and the handler's and lead's hours, not
 * before the notice deadline (or, when urgent, the next working day and at least 24 hours ahead).
 * High impact needs a panel member with matching expertise; days without one are skipped, and the
 * days whose panel covers the most needed tags go first (expertise before an earlier date). For
 * medium and low impact the panel is optional and the earliest days go first.
 */
export function proposeSlots(input: SlotSearch): Proposal {
  const o = resolve(input.options);
  const { impact, now } = input;
  if (o.urgent && !(o.urgent.reason ?? '').trim()) {
    return { slots: [], problems: [explain.problem('urgent-reason-required')] };
  }
  const needed = [...new Set(input.needed.map((n) => (typeof n === 'string' ? n : n.tag)))];
  const high = impact === 'high';
  if (high && needed.length === 0) return { slots: [], problems: [explain.problem('no-expertise-needed')] };

  const today = localDate(now, o.tz);
  const required = o.noticeDays[high ? 'high' : 'other'];
  const deadline = noticeDeadline(now, required, o.tz);
  const first = o.urgent ? nextWorkingDay(today) : deadline;
  const last = addCalendarDays(today, o.searchDays);
  const earliestStart = o.urgent ? now.getTime() + 24 * 3_600_000 : -Infinity;
  const office: Window = { start: minutesOf(o.dayStart), end: minutesOf(o.dayEnd) };
  const people = [input.handler, input.lead ?? officeHours('lead')];
  const preferred = o.startTimes.map(minutesOf);
  const size = o.panelSize[impact];
  const booked = assessmentDays(input.assessments, o.tz);

  const candidates: Candidate[] = [];
  let workable = 0;
  let withoutPanel = 0;
  for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
    if (!isWorkingDay(date)) continue;
    const window = commonWindow(date, office, people);
    if (!window) continue;
    const start = startTimes(window, preferred, workable, o.durationMinutes).find((s) => {
      const slot = toUtcSlot(date, s, o.durationMinutes, o.tz);
      return (
        Date.parse(slot.start) >= earliestStart && !overlapsBusy(slot, input.busy) && !overlapsBusy(slot, input.exclude)
      );
    });
    if (start === undefined) continue;
    workable++;
    const panel = size > 0 ? choosePanel(rankPanel(input.panel, needed, date, booked), size) : [];
    if (high && panel.length === 0) {
      withoutPanel++;
      continue;
    }
    candidates.push({ date, start, panel, covered: coverage(panel, needed) });
  }

  const best = Math.max(0, ...candidates.map((c) => c.covered.length));
  const picked = (high ? [...candidates].sort((a, b) => b.covered.length - a.covered.length) : candidates)
    .slice(0, o.count)
    .sort((a, b) => (a.date < b.date ? -1 : 1));

  const problems: Problem[] = [];
  const { searchDays, count } = o;
  if (candidates.length === 0) {
    problems.push(
      withoutPanel > 0
        ? explain.problem('no-matching-panel', { searchDays, tags: needed })
        : explain.problem('no-common-time', { searchDays }),
    );
  } else if (picked.length < count) {
    problems.push(explain.problem('fewer-slots-than-requested', { searchDays, found: picked.length, count }));
  }
  const missing = needed.filter((tag) => picked.length > 0 && !picked.some((c) => c.covered.includes(tag)));
  if (high && missing.length > 0) problems.push(explain.problem('expertise-partly-covered', { tags: missing }));

  const coverageMattered = high && candidates.some((c) => c.covered.length < best);
  const freeBusy = input.busy !== undefined;
  const context: Context = { impact, o, today, deadline, required, office, people, size, coverageMattered, freeBusy };
  return { slots: picked.map((c) => describe(c, context)), problems };
}

interface Context {
  impact: ImpactLevel;
  o: SlotOptions;
  today: string;
  deadline: string;
  required: number;
  office: Window;
  people: StaffAvailability[];
  size: number;
  /** Some days had a panel with less of the needed expertise, so the date was chosen for it. */
  coverageMattered: boolean;
  /** The calendars' free/busy was taken into account. */
  freeBusy: boolean;
}

function overlapsBusy(slot: TimeSlot, busy: readonly TimeSlot[] | undefined): boolean {
  if (!busy) return false;
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  return busy.some((b) => Date.parse(b.start) < end && Date.parse(b.end) > start);
}

function describe(c: Candidate, x: Context): ProposedSlot {
  const { o, impact } = x;
  const reasons: Explanation[] = [];
  const urgent =
    o.urgent && c.date < x.deadline
      ? { reason: o.urgent.reason.trim(), noticeWorkingDays: workingDaysBetween(x.today, c.date) }
      : undefined;
  reasons.push(
    urgent
      ? explain.urgentNotice(urgent.reason, urgent.noticeWorkingDays, x.required)
      : explain.noticeMet(impact, x.required, x.deadline),
  );
  const window = commonWindow(c.date, x.office, x.people) as Window;
  reasons.push(explain.withinHours(hhmm(window.start), hhmm(window.end), o.tz));
  if (x.freeBusy) reasons.push(explain.calendarsFree);
  if (c.panel.length > 0) {
    reasons.push(explain.panelRule, ...c.panel.map(explain.memberWhy));
    if (c.panel.length < x.size) reasons.push(explain.smallPanel(c.panel.length, x.size));
    if (x.coverageMattered) reasons.push(explain.bestCoverage(c.covered));
  } else {
    reasons.push(explain.noPanel(impact, x.size));
  }
  const panel = c.panel.map((p) => ({
    memberId: p.member.id,
    name: p.member.name,
    matched: p.matched,
    monthLoad: p.monthLoad,
  }));
  const slot = toUtcSlot(c.date, c.start, o.durationMinutes, o.tz);
  return urgent ? { slot, date: c.date, panel, reasons, urgent } : { slot, date: c.date, panel, reasons };
}
