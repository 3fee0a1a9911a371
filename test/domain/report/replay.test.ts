import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/domain/report/compute.js';
import type { AuditEvent } from '../../../src/store/store.js';
import { AS_OF, CASES, EVENTS, IDS } from './dataset.js';

const before = (asOf: string) => EVENTS.filter((e) => Date.parse(e.at) < Date.parse(asOf));

/** Events that would change almost every figure if they counted. */
function laterEvents(from: number): AuditEvent[] {
  const at = (days: number) => new Date(from + days * 86_400_000).toISOString();
  let seq = 10_000;
  const e = (days: number, type: string, caseId?: string, data?: AuditEvent['data']): AuditEvent => ({
    seq: seq++,
    at: at(days),
    actor: 'x',
    type,
    caseId,
    data,
  });
  return [
    e(0, 'signal.detected', undefined, { signalId: 'sig-late' }),
    e(0, 'case.record-assessment', IDS.c13, { heldAt: at(0), panelPresent: [], dpiaStatus: 'done', algorithm: true }),
    e(1, 'case.cancel', IDS.c7),
    e(1, 'case.mark-duplicate', IDS.c8, { duplicateOf: IDS.c9 }),
    e(2, 'advice.status', IDS.c2, { itemId: 'a1', status: 'implemented' }),
    e(2, 'nudge.escalated', IDS.c9, { itemId: 'a1', level: 'report' }),
    e(3, 'register.recorded', IDS.c8, { statedAssessmentStatus: 'done' }),
    e(3, 'case.created', 'UTH-2026-099', { origin: 'command' }),
  ];
}

describe('replay to a past date', () => {
  const monthStarts = Array.from(
    { length: 22 },
    (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01T00:00:00+01:00`,
  );
  const eventTimes = EVENTS.map((e) => e.at);

  it.each([...monthStarts, ...eventTimes])('as of %s equals the report from only the earlier events', (asOf) => {
    expect(computeReport(EVENTS, CASES, { asOf })).toEqual(computeReport(before(asOf), CASES, { asOf }));
  });

  it('later events do not change a past-date report', () => {
    const past = computeReport(EVENTS, CASES, { asOf: AS_OF });
    const withLater = [...EVENTS, ...laterEvents(Date.parse(AS_OF))];
    expect(computeReport(withLater, CASES, { asOf: AS_OF })).toEqual(past);
    // …while they do change the report a week later.
    const week = computeReport(withLater, CASES, { asOf: '2026-07-08T00:00:00+02:00' });
    // a held assessment keeps counting after its case is cancelled; the duplicate leaves every figure
    expect(week.assessments.held.caseIds).toContain(IDS.c7);
    expect(week.followThrough.cancelled.caseIds).toContain(IDS.c7);
    expect(week.assessments.held.caseIds).not.toContain(IDS.c8);
    expect(week.advice.escalated.ids).toEqual([`${IDS.c9}/a1`]);
  });

  it('holds for any asOf and any events after it', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    const end = Date.parse('2026-09-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), fc.integer({ min: 0, max: 8 }), (ms, keep) => {
        const asOf = new Date(ms).toISOString();
        const extra = laterEvents(ms).slice(0, keep);
        const full = computeReport([...EVENTS, ...extra], CASES, { asOf });
        expect(full).toEqual(computeReport(before(asOf), CASES, { asOf }));
      }),
      { numRuns: 200 },
    );
  });

  it('an event exactly at asOf does not count yet', () => {
    const heldAt = '2026-06-15T11:00:00.000Z'; // UTH-2026-004's assessment is recorded at this instant
    expect(computeReport(EVENTS, CASES, { asOf: heldAt }).funnel.assessed.caseIds).not.toContain(IDS.c10);
    expect(computeReport(EVENTS, CASES, { asOf: '2026-06-15T11:00:00.001Z' }).funnel.assessed.caseIds).toContain(
      IDS.c10,
    );
  });

  it('shows what the log knew then', () => {
    // On 25 Nov 2025 UTH-2025-004 was assessed and not yet cancelled (cancelled 1 Dec).
    expect(computeReport(EVENTS, CASES, { asOf: '2025-11-25T00:00:00+01:00' }).assessments.held.caseIds).toEqual([
      IDS.c1,
      IDS.c2,
      IDS.c3,
      IDS.c4,
    ]);
    // On 1 Jan 2026, 2025-004 is cancelled (its assessment still counts) and 2025-005's assessment (held
    // 16 Dec) is not recorded yet (6 Jan).
    const newYear = computeReport(EVENTS, CASES, { asOf: '2026-01-01T00:00:00+01:00' });
    expect(newYear.year).toBe(2025);
    expect(newYear.assessments.perYear.map((y) => [y.year, y.held.caseIds])).toEqual([
      [2025, [IDS.c1, IDS.c2, IDS.c3, IDS.c4]],
    ]);
    // By 1 July it is counted in 2025, where it was held.
    expect(computeReport(EVENTS, CASES, { asOf: AS_OF }).assessments.perYear[0]?.held.caseIds).toContain(IDS.c5);
  });

  it('does not depend on the order of the events given', () => {
    const shuffled = [...EVENTS].reverse();
    expect(computeReport(shuffled, CASES, { asOf: AS_OF })).toEqual(computeReport(EVENTS, CASES, { asOf: AS_OF }));
  });
});

describe('an assessment held on a calendar day (a date typed on a form)', () => {
  let seq = 0;
  const e = (at: string, type: string, data?: AuditEvent['data']): AuditEvent => ({
    seq: seq++,
    at,
    actor: 'x',
    type,
    caseId: 'UTH-2026-050',
    data,
  });
  const held = (createdAt: string, heldOn: string) =>
    computeReport(
      [
        e(createdAt, 'case.created', { origin: 'command' }),
        e('2026-12-07T11:00:00Z', 'case.hold-outside', { heldAt: heldOn, panelPresent: [], algorithm: false }),
      ],
      [],
      { asOf: '2026-12-08T00:00:00Z' },
    ).leadTimes.intakeToAssessment.cases;

  it('counts whole Amsterdam days from the day of registration, not from UTC midnight', () => {
    // registered 10:00 on 7 December, held that day: 0 days (UTC midnight made it -0.38)
    expect(held('2026-12-07T09:00:00Z', '2026-12-07')).toEqual([{ caseId: 'UTH-2026-050', days: 0 }]);
    // 23:30 UTC on 6 December is 7 December in Amsterdam
    expect(held('2026-12-06T23:30:00Z', '2026-12-07')).toEqual([{ caseId: 'UTH-2026-050', days: 0 }]);
    expect(held('2026-12-01T15:00:00Z', '2026-12-07')).toEqual([{ caseId: 'UTH-2026-050', days: 6 }]);
  });
});
