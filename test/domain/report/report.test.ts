import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../src/domain/report/compute.js';
import type { Figure, Report } from '../../../src/domain/report/types.js';
import { AS_OF, CASES, EVENTS, IDS } from './dataset.js';

const fig = (caseIds: string[], ids?: string[]): Figure =>
  ids ? { value: ids.length, caseIds, ids } : { value: caseIds.length, caseIds };

describe('the 2026 report as of 1 July 2026', () => {
  const report = computeReport(EVENTS, CASES, { asOf: AS_OF });

  it('equals the hand-computed figures', () => {
    const expected: Report = {
      asOf: '2026-06-30T22:00:00.000Z',
      tz: 'Europe/Amsterdam',
      // Default year: the year of asOf's last counted moment (30 June 2026).
      year: 2026,
      period: { from: '2025-12-31T23:00:00.000Z', to: '2026-12-31T23:00:00.000Z' },
      overdueGraceDays: 0,
      assessments: {
        year: 2026,
        target: 50,
        // 2025-003 (re-assessed 10 Feb and 4 May, counts once), 2025-006 (held 00:30 on 1 Jan in Amsterdam,
        // still 31 Dec in UTC), 2026-001..004. Not 2026-007: its assessment is recorded after asOf.
        held: fig(['UTH-2025-003', 'UTH-2025-006', 'UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004']),
        perYear: [
          // 2025-004 was assessed, then cancelled: a held assessment keeps counting. 2025-005 was held
          // 16 Dec 2025 though recorded in January.
          {
            year: 2025,
            held: fig(['UTH-2025-001', 'UTH-2025-002', 'UTH-2025-003', 'UTH-2025-004', 'UTH-2025-005']),
          },
          {
            year: 2026,
            held: fig(['UTH-2025-003', 'UTH-2025-006', 'UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004']),
          },
        ],
        // 5 + 6 = 11 per year, but 2025-003 is one case: 10.
        total: fig([
          'UTH-2025-001',
          'UTH-2025-002',
          'UTH-2025-003',
          'UTH-2025-004',
          'UTH-2025-005',
          'UTH-2025-006',
          'UTH-2026-001',
          'UTH-2026-002',
          'UTH-2026-003',
          'UTH-2026-004',
        ]),
      },
      funnel: {
        // Detected in 2026 before asOf: sig-2..sig-6 (sig-6 on 29 June; its case is only created on 2 July).
        signals: fig([], ['sig-2', 'sig-3', 'sig-4', 'sig-5', 'sig-6']),
        // sig-4's writer answered "not a digitization project" on 3 March 2026.
        notAProject: fig([], ['sig-4']),
        // Created in 2026: 001–007 and 009; 010 is a duplicate, 008 is created after asOf.
        intakes: fig([
          'UTH-2026-001',
          'UTH-2026-002',
          'UTH-2026-003',
          'UTH-2026-004',
          'UTH-2026-005',
          'UTH-2026-006',
          'UTH-2026-007',
          'UTH-2026-009',
        ]),
        // Of those, 001 came from sig-2 and 002 from sig-3; 008 (from sig-6) is created after asOf.
        intakesFromSignal: fig(['UTH-2026-001', 'UTH-2026-002']),
        // 006 was abandoned in intake.
        submitted: fig([
          'UTH-2026-001',
          'UTH-2026-002',
          'UTH-2026-003',
          'UTH-2026-004',
          'UTH-2026-005',
          'UTH-2026-007',
          'UTH-2026-009',
        ]),
        // 005 declined; 009 accepted and later cancelled still counts here.
        accepted: fig(['UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004', 'UTH-2026-007', 'UTH-2026-009']),
        assessed: fig(['UTH-2025-003', 'UTH-2025-006', 'UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004']),
      },
      leadTimes: {
        // sig-2 12 Jan → 13 Jan = 1; sig-3 2 Feb → 6 Feb = 4. Median (1+4)/2; p25 1 + 0.25·3; p75 1 + 0.75·3.
        signalToIntake: {
          n: 2,
          median: 2.5,
          p25: 1.75,
          p75: 3.25,
          min: 1,
          max: 4,
          caseIds: ['UTH-2026-001', 'UTH-2026-002'],
          cases: [
            { caseId: 'UTH-2026-001', days: 1 },
            { caseId: 'UTH-2026-002', days: 4 },
          ],
        },
        // Created → first heldAt, for first assessments in 2026: 2025-006 10 Nov 10:00 → 31 Dec 23:30 = 51 d 13.5 h = 51.5625;
        // 001 13 Jan → 2 Mar = 48; 002 6 Feb → 16 Mar = 38; 003 2 Mar → 20 Apr = 49; 004 1 Apr → 15 Jun = 75.
        // 2025-003's first assessment was in 2025, so it is not here. Sorted 38, 48, 49, 51.56, 75: p25 at rank 1, p75 at rank 3.
        intakeToAssessment: {
          n: 5,
          median: 49,
          p25: 48,
          p75: 51.56,
          min: 38,
          max: 75,
          caseIds: ['UTH-2025-006', 'UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004'],
          cases: [
            { caseId: 'UTH-2025-006', days: 51.56 },
            { caseId: 'UTH-2026-001', days: 48 },
            { caseId: 'UTH-2026-002', days: 38 },
            { caseId: 'UTH-2026-003', days: 49 },
            { caseId: 'UTH-2026-004', days: 75 },
          ],
        },
        // 001: 15→20 Jan = 5; 002: 9→11 Feb = 2; 003: 3→5 Mar = 2; 004: 2→7 Apr = 5; 007: 5→12 May = 7 (incl. needs-info);
        // 009: 18→20 May = 2. Sorted 2,2,2,5,5,7: median (2+5)/2; p25 rank 1.25 → 2; p75 rank 3.75 → 5.
        submitToAccept: {
          n: 6,
          median: 3.5,
          p25: 2,
          p75: 5,
          min: 2,
          max: 7,
          caseIds: ['UTH-2026-001', 'UTH-2026-002', 'UTH-2026-003', 'UTH-2026-004', 'UTH-2026-007', 'UTH-2026-009'],
          cases: [
            { caseId: 'UTH-2026-001', days: 5 },
            { caseId: 'UTH-2026-002', days: 2 },
            { caseId: 'UTH-2026-003', days: 2 },
            { caseId: 'UTH-2026-004', days: 5 },
            { caseId: 'UTH-2026-007', days: 7 },
            { caseId: 'UTH-2026-009', days: 2 },
          ],
        },
      },
      advice: {
        // Items of the 9 cases assessed before asOf (2025-004 cancelled, 2026-007 assessed later): 2+1+2+1+1+2+1+1+1 = 12.
        items: fig(
          [
            'UTH-2025-001',
            'UTH-2025-002',
            'UTH-2025-003',
            'UTH-2025-005',
            'UTH-2025-006',
            'UTH-2026-001',
            'UTH-2026-002',
            'UTH-2026-003',
            'UTH-2026-004',
          ],
          [
            'UTH-2025-001/a1',
            'UTH-2025-001/a2',
            'UTH-2025-002/a1',
            'UTH-2025-003/a1',
            'UTH-2025-003/a2',
            'UTH-2025-005/a1',
            'UTH-2025-006/a1',
            'UTH-2026-001/a1',
            'UTH-2026-001/a2',
            'UTH-2026-002/a1',
            'UTH-2026-003/a1',
            'UTH-2026-004/a1',
          ],
        ),
        settled: fig(
          ['UTH-2025-001', 'UTH-2025-003', 'UTH-2025-005', 'UTH-2025-006', 'UTH-2026-001', 'UTH-2026-002'],
          [
            'UTH-2025-001/a1',
            'UTH-2025-001/a2',
            'UTH-2025-003/a1',
            'UTH-2025-005/a1',
            'UTH-2025-006/a1',
            'UTH-2026-001/a1',
            'UTH-2026-002/a1',
          ],
        ),
        // No case was closed by Team Uthiek with items still open (UTH-2025-001 closed when both were settled).
        openAtClose: fig([], []),
        // 2025-002/a1 (due 1 Dec 2025, in progress); 2025-003/a2 (due 30 June: asOf is the first moment of 1 July);
        // 2026-001/a2 (due 1 May; implemented only on 3 July); 2026-003/a1 (due 15 May). Not 2026-004/a1: due on 1 July itself.
        overdue: fig(
          ['UTH-2025-002', 'UTH-2025-003', 'UTH-2026-001', 'UTH-2026-003'],
          ['UTH-2025-002/a1', 'UTH-2025-003/a2', 'UTH-2026-001/a2', 'UTH-2026-003/a1'],
        ),
        notFollowed: fig(['UTH-2025-001', 'UTH-2025-006'], ['UTH-2025-001/a2', 'UTH-2025-006/a1']),
        // Only 2025-002/a1 reached the report level; 2026-003/a1 went to the handler only.
        escalated: fig(['UTH-2025-002'], ['UTH-2025-002/a1']),
      },
      // Assessed in 2026 with impact high: 2026-001 (panel-2 present) and 2026-003 (nobody from the panel).
      highImpact: { withPanel: fig(['UTH-2026-001']), withoutPanel: fig(['UTH-2026-003']) },
      // Latest 2026 assessment per case: 2025-003 on 4 May 'done' on 20 April (10 Feb was 'in-progress'),
      // 2025-006 'not-needed', 2026-001 'done' but corrected afterwards to 9 March (a week after its assessment),
      // 2026-002 'planned', 2026-003 'in-progress', 2026-004 'done' without a date.
      dpia: {
        doneBefore: fig(['UTH-2025-003']),
        doneAfter: fig(['UTH-2026-001']),
        dateUnknown: fig(['UTH-2026-004']),
        notNeeded: fig(['UTH-2025-006']),
        notDone: fig(['UTH-2026-002', 'UTH-2026-003']),
      },
      // 2026-002 accepted at medium although high was suggested; 2026-003 planned urgently, high impact, no panel yes.
      planning: {
        impactLowered: fig(['UTH-2026-002']),
        urgent: fig(['UTH-2026-003']),
        panelOverride: fig(['UTH-2026-003']),
      },
      // Algorithm: 2025-002, 2025-003, 2025-004 (assessed, then cancelled), 2026-002, 2026-003 (2026-007 after asOf).
      // Register says 'none' (2025-002; corrected only on 10 July; 2025-004) or 'planned' (2026-002);
      // 2026-003 never checked.
      algorithmRegister: {
        algorithmCases: fig(['UTH-2025-002', 'UTH-2025-003', 'UTH-2025-004', 'UTH-2026-002', 'UTH-2026-003']),
        registerToUpdate: fig(['UTH-2025-002', 'UTH-2025-004', 'UTH-2026-002']),
        notChecked: fig(['UTH-2026-003']),
      },
      // The dataset has no reviews, snoozes or withdrawals (see follow-through.test.ts); 2026-009 was cancelled
      // in 2026; every assessed case had moved on to follow-up before asOf.
      followThrough: {
        decisionsPending: fig([]),
        escalatedToHandler: fig(['UTH-2025-002', 'UTH-2026-003'], ['UTH-2025-002/a1', 'UTH-2026-003/a1']),
        escalatedToReport: fig(['UTH-2025-002'], ['UTH-2025-002/a1']),
        reviewsOpened: fig([], []),
        reviewsAccepted: fig([], []),
        reviewsOpen: fig([], []),
        reviewsEscalated: [],
        snoozedPastDue: fig([], []),
        withdrawn: fig([]),
        cancelled: fig(['UTH-2026-009']),
      },
    };
    expect(report).toEqual(expected);
  });

  it('never counts a case twice in a figure', () => {
    const figures: Figure[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if ('value' in v && 'caseIds' in v) figures.push(v as Figure);
        Object.values(v).forEach(walk);
      }
    };
    walk(report);
    // 24 before, 2 more DPIA figures, 3 planning figures, 9 follow-through figures (no review was escalated,
    // so no figure per level) and the intakes from a signal
    expect(figures.length).toBe(39);
    for (const f of figures) {
      expect(new Set(f.caseIds).size).toBe(f.caseIds.length);
      expect(f.value).toBe((f.ids ?? f.caseIds).length);
    }
  });
});

describe('the 2025 report', () => {
  const report = computeReport(EVENTS, CASES, { asOf: AS_OF, year: 2025, target: 40 });

  it('counts 2025 by heldAt in Amsterdam time, with the case cancelled after its assessment', () => {
    expect(report.assessments).toMatchObject({
      year: 2025,
      target: 40,
      held: fig(['UTH-2025-001', 'UTH-2025-002', 'UTH-2025-003', 'UTH-2025-004', 'UTH-2025-005']),
    });
    expect(report.period).toEqual({ from: '2024-12-31T23:00:00.000Z', to: '2025-12-31T23:00:00.000Z' });
  });

  it('funnel and quality figures for 2025', () => {
    const six = ['UTH-2025-001', 'UTH-2025-002', 'UTH-2025-003', 'UTH-2025-004', 'UTH-2025-005', 'UTH-2025-006'];
    expect(report.funnel).toEqual({
      signals: fig([], ['sig-1']),
      // the only "not a project" answer is from 2026
      notAProject: fig([], []),
      intakes: fig(six),
      // 2025-001 came from sig-1; the other five were registered without a signal.
      intakesFromSignal: fig(['UTH-2025-001']),
      submitted: fig(six),
      accepted: fig(six),
      // 004 was assessed before it was cancelled; 006 held on 1 Jan 2026 local time.
      assessed: fig(['UTH-2025-001', 'UTH-2025-002', 'UTH-2025-003', 'UTH-2025-004', 'UTH-2025-005']),
    });
    // 2025-002 had panel-1; 2025-004 (high, no panel) was cancelled after its assessment, which counts.
    expect(report.highImpact).toEqual({ withPanel: fig(['UTH-2025-002']), withoutPanel: fig(['UTH-2025-004']) });
    // events of an older version carry no DPIA date: "done" then counts apart, never as "before"
    expect(report.dpia).toEqual({
      doneBefore: fig([]),
      doneAfter: fig([]),
      dateUnknown: fig(['UTH-2025-001', 'UTH-2025-003', 'UTH-2025-005']),
      notNeeded: fig([]),
      // 2025-004's DPIA was only planned when it was assessed
      notDone: fig(['UTH-2025-002', 'UTH-2025-004']),
    });
    // heldAt, not the event time: 2025-005 created 3 Nov 10:00, held 16 Dec 10:00 = 43 days.
    // 2025-001: 5 Mar 10:00 → 15 Apr 08:00 = 41 d − 2 h = 40.9167.
    expect(report.leadTimes.intakeToAssessment.cases).toContainEqual({ caseId: 'UTH-2025-005', days: 43 });
    expect(report.leadTimes.intakeToAssessment.cases).toContainEqual({ caseId: 'UTH-2025-001', days: 40.92 });
    expect(report.leadTimes.signalToIntake).toMatchObject({ n: 1, median: 2, caseIds: ['UTH-2025-001'] });
  });
});

describe('options', () => {
  it('a custom period is half-open [from, to)', () => {
    // 2026-001 is held exactly at `from`, 2026-002 exactly at `to`.
    const report = computeReport(EVENTS, CASES, {
      asOf: AS_OF,
      period: { from: '2026-03-02T10:00:00Z', to: '2026-03-16T10:00:00Z' },
    });
    expect(report.funnel).toEqual({
      // sig-4 was detected at 10:00 on 2 March, and called "not a project" on 3 March.
      signals: fig([], ['sig-4']),
      notAProject: fig([], ['sig-4']),
      intakes: fig(['UTH-2026-003']),
      // 2026-003 was registered without a signal.
      intakesFromSignal: fig([]),
      submitted: fig(['UTH-2026-003']),
      accepted: fig(['UTH-2026-003']),
      assessed: fig(['UTH-2026-001']),
    });
    // The year figure does not depend on the period.
    expect(report.assessments.held.value).toBe(6);
  });

  it('a date-only period is read in Amsterdam time', () => {
    const report = computeReport(EVENTS, CASES, { asOf: AS_OF, period: { from: '2026-01-01', to: '2026-01-02' } });
    expect(report.period).toEqual({ from: '2025-12-31T23:00:00.000Z', to: '2026-01-01T23:00:00.000Z' });
    expect(report.funnel.assessed).toEqual(fig(['UTH-2025-006']));
  });

  it('grace days delay overdue', () => {
    // One grace day: 2025-003/a2 (due 30 June) is not overdue until 2 July.
    const report = computeReport(EVENTS, CASES, { asOf: AS_OF, overdueGraceDays: 1 });
    expect(report.advice.overdue.ids).toEqual(['UTH-2025-002/a1', 'UTH-2026-001/a2', 'UTH-2026-003/a1']);
  });

  it('items still open when Team Uthiek closes the case count as open at close, not overdue or escalated', () => {
    // UTH-2025-002's item is in progress, overdue and escalated to the report; the case is closed by hand in March.
    const close = {
      seq: EVENTS.length + 1,
      at: '2026-03-02T10:00:00.000Z',
      type: 'case.close',
      caseId: IDS.c2,
      actor: 'h1',
      data: { how: 'manual' },
    };
    const closed = computeReport([...EVENTS, close], CASES, { asOf: AS_OF });
    expect(closed.advice.openAtClose).toEqual(fig([IDS.c2], [`${IDS.c2}/a1`]));
    expect(closed.advice.overdue.ids).not.toContain(`${IDS.c2}/a1`);
    expect(closed.advice.escalated.ids).not.toContain(`${IDS.c2}/a1`);
    expect(closed.advice.items).toEqual(computeReport(EVENTS, CASES, { asOf: AS_OF }).advice.items);
    // before the close it was overdue, as the report of any earlier date still says
    const before = computeReport([...EVENTS, close], CASES, { asOf: '2026-03-01T00:00:00+01:00' });
    expect(before.advice.overdue.ids).toContain(`${IDS.c2}/a1`);
    expect(before.advice.openAtClose.value).toBe(0);
  });

  it('refuses an empty period and a bad asOf', () => {
    expect(() =>
      computeReport(EVENTS, CASES, { asOf: AS_OF, period: { from: '2026-02-01', to: '2026-02-01' } }),
    ).toThrow(RangeError);
    expect(() => computeReport(EVENTS, CASES, { asOf: 'yesterday' })).toThrow(RangeError);
  });
});
