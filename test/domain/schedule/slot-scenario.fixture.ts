import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { ImpactLevel } from '../../../src/domain/impact/rules.js';
import type { PanelMember, StaffAvailability } from '../../../src/domain/schedule/panel.js';
import type { SlotSearch } from '../../../src/domain/schedule/slot-finder.js';
import { refShift } from './dutch-holidays.fixture.js';

export const TZ = 'Europe/Amsterdam';
export const TAGS = ['algorithms', 'ai', 'privacy', 'data-protection', 'surveillance', 'platforms', 'ethics', 'health'];

const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2028-12-31T23:59:59Z');

/** Days after `now`'s local date, turned into dates once `now` is known. */
const offsets = fc.array(fc.integer({ min: 0, max: 75 }), { maxLength: 25 });

const staff = fc.record({
  workingDays: fc.oneof(
    { arbitrary: fc.constant<number[]>([1, 2, 3, 4, 5]), weight: 3 },
    { arbitrary: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }), weight: 2 },
  ),
  start: fc.constantFrom('07:00', '08:30', '09:00', '09:00', '10:00', '12:00'),
  end: fc.constantFrom('12:30', '15:00', '16:00', '17:00', '17:00', '18:00'),
  unavailable: offsets,
});

const member = fc.record({
  expertise: fc.subarray(TAGS),
  monthlyMax: fc.integer({ min: 0, max: 3 }),
  active: fc.constantFrom(true, true, true, false),
  unavailable: offsets,
});

const assessment = fc.record({
  day: fc.integer({ min: -100, max: 70 }),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
  panel: fc.array(fc.nat({ max: 20 }), { maxLength: 3 }),
});

export const scenario = fc.record({
  now: fc.integer({ min: FROM, max: TO }),
  impact: fc.constantFrom<ImpactLevel>('low', 'medium', 'high'),
  needed: fc.subarray(TAGS),
  handler: staff,
  lead: fc.option(staff, { nil: undefined }),
  members: fc.array(member, { maxLength: 8 }),
  assessments: fc.array(assessment, { maxLength: 20 }),
  urgent: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 5 },
    { arbitrary: fc.constantFrom('', '   '), weight: 1 },
    { arbitrary: fc.constant('raadsbesluit volgende week'), weight: 3 },
  ),
  count: fc.integer({ min: 1, max: 4 }),
});

export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** A random scenario as slot-finder input, with all dates relative to `now`. */
export function toSearch(s: Scenario): SlotSearch {
  const now = new Date(s.now);
  const today = DateTime.fromJSDate(now, { zone: TZ }).toISODate() as string;
  const dates = (list: number[]) => list.map((d) => refShift(today, d));
  const person = (id: string, p: Scenario['handler']): StaffAvailability => ({
    aadObjectId: id,
    ...p,
    unavailable: dates(p.unavailable),
  });
  const panel: PanelMember[] = s.members.map((m, i) => ({
    id: `p${i}`,
    name: `Lid ${i}`,
    email: `lid${i}@example.org`,
    ...m,
    unavailable: dates(m.unavailable),
  }));
  const assessments = s.assessments.map((a) => ({
    start: DateTime.fromISO(refShift(today, a.day), { zone: TZ }).plus({ minutes: a.minute }).toUTC().toISO() as string,
    panelIds: panel.length === 0 ? [] : [...new Set(a.panel.map((i) => `p${i % panel.length}`))],
  }));
  return {
    impact: s.impact,
    needed: s.needed,
    handler: person('handler', s.handler),
    ...(s.lead ? { lead: person('lead', s.lead) } : {}),
    panel,
    assessments,
    now,
    options: { count: s.count, ...(s.urgent !== undefined ? { urgent: { reason: s.urgent } } : {}) },
  };
}
