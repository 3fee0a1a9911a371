import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PanelMember, StaffAvailability } from '../../../src/domain/schedule/panel.js';
import {
  proposeSlots,
  type Proposal,
  type ProposedSlot,
  type SlotSearch,
} from '../../../src/domain/schedule/slot-finder.js';
import { problemWords, words } from './words.js';
import { refAddWorkingDays, refIsWorkingDay, refShift } from './dutch-holidays.fixture.js';
import { scenario, toSearch, TZ } from './slot-scenario.fixture.js';

const NOTICE = { high: 10, other: 5 };
const PANEL_SIZE = { high: 2, medium: 1, low: 0 };
const RUNS = { numRuns: 300 };

const local = (iso: string) => DateTime.fromISO(iso, { zone: TZ });
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const todayOf = (input: SlotSearch) => DateTime.fromJSDate(input.now, { zone: TZ }).toISODate() as string;
const hasReason = (input: SlotSearch) => (input.options?.urgent?.reason ?? '').trim() !== '';
const lead = (input: SlotSearch): StaffAvailability =>
  input.lead ?? { aadObjectId: 'lead', workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', unavailable: [] };

/** Independent view of a member's load and eligibility on a date, from the spec. */
function loadOn(input: SlotSearch, member: PanelMember, date: string) {
  const days = input.assessments
    .filter((a) => a.panelIds.includes(member.id))
    .map((a) => local(a.start).toISODate() as string);
  const month = days.filter((d) => d.slice(0, 7) === date.slice(0, 7)).length;
  const eligible =
    member.active && !member.unavailable.includes(date) && month < member.monthlyMax && !days.includes(date);
  const matches = member.expertise.filter((t) => (input.needed as string[]).includes(t)).length;
  return { month, eligible, matches };
}

/** Property runs that check every slot of every proposal. */
function forEverySlot(check: (input: SlotSearch, slot: ProposedSlot, proposal: Proposal) => void) {
  fc.assert(
    fc.property(scenario, (s) => {
      const input = toSearch(s);
      const proposal = proposeSlots(input);
      for (const slot of proposal.slots) check(input, slot, proposal);
    }),
    RUNS,
  );
}

describe('proposeSlots (properties over random registries, calendars and moments in 2026–2028)', () => {
  it('never proposes a weekend or a Dutch public holiday, and one slot per day at most', () => {
    forEverySlot((_, slot, proposal) => {
      expect(refIsWorkingDay(local(slot.slot.start).toISODate() as string)).toBe(true);
      expect(new Set(proposal.slots.map((x) => x.date)).size).toBe(proposal.slots.length);
    });
  });

  it('stays within office hours and the handler and lead hours, local time, for 90 minutes', () => {
    forEverySlot((input, slot) => {
      const start = local(slot.slot.start);
      const end = local(slot.slot.end);
      expect(end.diff(start, 'minutes').minutes).toBe(90);
      expect(slot.date).toBe(start.toISODate());
      expect(end.toISODate()).toBe(slot.date);
      const [from, to] = [start.hour * 60 + start.minute, end.hour * 60 + end.minute];
      expect(from).toBeGreaterThanOrEqual(9 * 60);
      expect(to).toBeLessThanOrEqual(17 * 60);
      for (const person of [input.handler, lead(input)]) {
        expect(person.workingDays).toContain(start.weekday);
        expect(person.unavailable).not.toContain(slot.date);
        expect(from).toBeGreaterThanOrEqual(minutes(person.start));
        expect(to).toBeLessThanOrEqual(minutes(person.end));
      }
    });
  });

  it('respects the notice period unless urgent with a reason, which is then recorded', () => {
    forEverySlot((input, slot) => {
      const today = todayOf(input);
      const deadline = refAddWorkingDays(today, input.impact === 'high' ? NOTICE.high : NOTICE.other);
      if (!hasReason(input)) {
        expect(slot.date >= deadline).toBe(true);
        expect(slot.urgent).toBeUndefined();
        return;
      }
      expect(slot.date > today).toBe(true);
      expect(Date.parse(slot.slot.start) - input.now.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000);
      if (slot.date < deadline) {
        expect(slot.urgent?.reason).toBe(input.options?.urgent?.reason.trim());
        expect(words(slot.reasons[0]!).nl).toContain(input.options?.urgent?.reason.trim());
      } else {
        expect(slot.urgent).toBeUndefined();
      }
    });
  });

  it('refuses urgent without a reason, with a problem code and no slots', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = toSearch(s);
        const proposal = proposeSlots(input);
        if (input.options?.urgent && !hasReason(input)) {
          expect(proposal.slots).toEqual([]);
          expect(proposal.problems.map((p) => p.code)).toEqual(['urgent-reason-required']);
        }
        if (proposal.slots.length < (input.options?.count ?? 3)) expect(proposal.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('gives high impact at least one matching panel member, or no slots and a reason', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = toSearch({ ...s, impact: 'high' });
        const proposal = proposeSlots(input);
        for (const slot of proposal.slots) {
          expect(slot.panel.some((p) => p.matched.length > 0)).toBe(true);
        }
        if (proposal.slots.length === 0) {
          expect(proposal.problems.length).toBeGreaterThan(0);
          expect(problemWords(proposal.problems[0]!).nl.length).toBeGreaterThan(0);
          expect(problemWords(proposal.problems[0]!).en.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('chooses by expertise first, then the lowest month load, among eligible members only', () => {
    forEverySlot((input, slot) => {
      const size = PANEL_SIZE[input.impact];
      expect(slot.panel.length).toBeLessThanOrEqual(size);
      const chosen = new Set(slot.panel.map((p) => p.memberId));
      const view = new Map(input.panel.map((m) => [m.id, { member: m, ...loadOn(input, m, slot.date) }]));
      for (const pick of slot.panel) {
        const c = view.get(pick.memberId);
        expect(c?.eligible).toBe(true);
        expect(pick.matched).toEqual((input.needed as string[]).filter((t) => c?.member.expertise.includes(t)));
        expect(pick.matched.length).toBeGreaterThan(0);
        expect(pick.monthLoad).toBe(c?.month);
        expect(slot.reasons.some((r) => words(r).nl.startsWith(`${c?.member.name}: expertise`))).toBe(true);
        for (const u of view.values()) {
          if (chosen.has(u.member.id) || !u.eligible || !c) continue;
          expect(u.matches).toBeLessThanOrEqual(c.matches);
          if (u.matches === c.matches) expect(c.month).toBeLessThanOrEqual(u.month);
        }
      }
      if (slot.panel.length < size) {
        for (const u of view.values()) if (!chosen.has(u.member.id) && u.eligible) expect(u.matches).toBe(0);
      }
    });
  });

  it('never takes a member past their monthly maximum', () => {
    forEverySlot((input, slot) => {
      for (const pick of slot.panel) {
        const member = input.panel.find((m) => m.id === pick.memberId) as PanelMember;
        expect(loadOn(input, member, slot.date).month + 1).toBeLessThanOrEqual(member.monthlyMax);
      }
    });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = toSearch(s);
        expect(proposeSlots(structuredClone(input))).toEqual(proposeSlots(input));
      }),
      { numRuns: 100 },
    );
  });

  it('looks no further than the search window', () => {
    forEverySlot((input, slot) => {
      expect(slot.date <= refShift(todayOf(input), 60)).toBe(true);
    });
  });
});
