import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdviceItem, CaseRecord } from '../../../src/domain/case/case.js';
import { EVENT_TYPES, type AuditEvent } from '../../../src/domain/case/events.js';
import { computeReport } from '../../../src/domain/report/compute.js';
import { replay } from '../../../src/domain/report/replay.js';
import { finish, ReportProjection } from '../../../src/domain/report/projection.js';
import type { ReportOptions } from '../../../src/domain/report/types.js';
import { caseRecord } from '../../support/case-record.js';
import { AS_OF, CASES, EVENTS } from './dataset.js';

/** The projection fed the events in log (seq) order, as the store does. */
function projected(events: readonly AuditEvent[]): ReportProjection {
  const p = new ReportProjection();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) p.record(e);
  return p;
}

const viaProjection = (p: ReportProjection, cases: readonly CaseRecord[], options: ReportOptions) =>
  finish(p.report(cases, options));

describe('the report projection gives the figures of the full computation', () => {
  const monthStarts = Array.from(
    { length: 24 },
    (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01T00:00:00+01:00`,
  );
  const eventTimes = EVENTS.map((e) => e.at);
  const p = projected(EVENTS);

  it.each([...monthStarts, ...eventTimes, AS_OF, '2030-01-01T00:00:00Z'])(
    'on the hand-written log, as of %s',
    (asOf) => {
      expect(viaProjection(p, CASES, { asOf })).toEqual(computeReport(EVENTS, CASES, { asOf }));
      expect(viaProjection(p, CASES, { asOf, year: 2025, overdueGraceDays: 2 })).toEqual(
        computeReport(EVENTS, CASES, { asOf, year: 2025, overdueGraceDays: 2 }),
      );
    },
  );

  it('with the follow-through events of issue 15, at every moment and after every event', () => {
    const at = (day: string) => `2026-${day}T10:00:00.000Z`;
    const held = (day: string) => ({ heldAt: at(day), panelPresent: ['p1'], dpiaStatus: 'done', algorithm: true });
    const raw: [string, string, string, AuditEvent['data']?][] = [
      // F1: assessed, then cancelled by Team Uthiek: the held assessment keeps counting
      ['01-05', 'case.created', 'F1'],
      ['01-06', 'case.submit', 'F1'],
      ['01-08', 'case.accept', 'F1', { impact: 'high' }],
      ['02-10', 'case.record-assessment', 'F1', held('02-09')],
      ['03-01', 'case.cancel', 'F1', { reason: 'stopped' }],
      // F2: withdrawn by its lead before acceptance
      ['01-12', 'case.created', 'F2'],
      ['01-13', 'case.submit', 'F2'],
      ['01-20', 'case.abandon', 'F2', { by: 'lead' }],
      // F3: held outside the bot, its outcome, the pending decision chased and escalated, then decided;
      // reviews accepted and escalated; an item snoozed past its due date
      ['02-01', 'case.created', 'F3'],
      ['02-03', 'case.accept', 'F3', { impact: 'medium' }],
      ['02-20', 'case.hold-outside', 'F3', held('02-18')],
      ['02-21', 'case.record-assessment', 'F3', held('02-18')],
      ['03-05', 'nudge.sent', 'F3', { itemId: 'decision' }],
      ['03-12', 'nudge.escalated', 'F3', { itemId: 'decision', level: 'handler' }],
      ['03-19', 'nudge.escalated', 'F3', { itemId: 'decision', level: 'report' }],
      ['03-20', 'decision.recorded', 'F3', { overall: 'not' }],
      ['03-20', 'review.opened', 'F3', { reviewId: 'r1', kind: 'decision', itemIds: ['a1'] }],
      ['03-25', 'review.escalated', 'F3', { reviewId: 'r1', level: 'dr', levelName: 'Directieraad' }],
      ['04-01', 'review.opened', 'F3', { reviewId: 'r2', kind: 'item', itemIds: ['a2'] }],
      ['04-03', 'review.accepted', 'F3', { reviewId: 'r2' }],
      ['04-10', 'advice.snoozed', 'F3', { itemId: 'a1', until: 'month', untilAt: at('05-10') }],
      // F4: held outside the bot, then cancelled before its outcome: it still counts
      ['03-02', 'case.accept', 'F4'],
      ['03-04', 'case.hold-outside', 'F4', held('03-03')],
      ['03-06', 'case.cancel', 'F4'],
      // F5: outcome recorded, the decision still pending
      ['04-02', 'case.accept', 'F5'],
      ['04-20', 'case.record-assessment', 'F5', held('04-20')],
    ];
    const events = raw.map(([day, type, caseId, data], i): AuditEvent => ({
      seq: i + 1,
      at: at(day),
      type,
      actor: 'x',
      caseId,
      data,
    }));
    const item = (id: string, dueDate: string): AdviceItem => ({
      id,
      text: 'x',
      values: ['privacy'],
      dueDate,
      status: 'open',
      unansweredNudges: 0,
    });
    const cases = [
      { id: 'F1', advice: [item('a1', '2026-04-01')] },
      { id: 'F3', advice: [item('a1', '2026-04-30'), item('a2', '2026-06-01')] },
    ].map((d) => caseRecord({ ...d, state: 'follow-up' }));
    const moments = [...events.map((e) => e.at), '2026-02-15T00:00:00Z', '2026-12-31T00:00:00Z'];

    const p = projected(events);
    for (const asOf of moments)
      expect(viaProjection(p, cases, { asOf })).toEqual(computeReport(events, cases, { asOf }));
    // kept up to date event by event, the report of now each time
    const live = new ReportProjection();
    events.forEach((e, i) => {
      live.record(e);
      const now = { asOf: '2026-12-31T00:00:00Z' };
      expect(viaProjection(live, cases, now)).toEqual(computeReport(events.slice(0, i + 1), cases, now));
    });

    // the figures the equivalence is about are really there
    const report = viaProjection(live, cases, { asOf: '2026-12-31T00:00:00Z' });
    expect(report.assessments.held.caseIds).toEqual(['F1', 'F3', 'F4', 'F5']);
    const ft = report.followThrough;
    expect(ft.cancelled.caseIds).toEqual(['F1', 'F4']);
    expect(ft.withdrawn.caseIds).toEqual(['F2']);
    expect(ft.decisionsPending.caseIds).toEqual(['F5']);
    expect(ft.escalatedToHandler.ids).toEqual(['F3/decision']);
    expect(ft.escalatedToReport.ids).toEqual(['F3/decision']);
    expect(ft.reviewsAccepted.ids).toEqual(['F3/r2']);
    expect(ft.reviewsEscalated).toEqual([
      { level: 'Directieraad', escalated: { value: 1, caseIds: ['F3'], ids: ['F3/r1'] } },
    ]);
    expect(ft.snoozedPastDue.ids).toEqual(['F3/a1']);
    // a cancelled case's advice is no longer followed up
    expect(report.advice.items.ids).toEqual(['F3/a1', 'F3/a2']);
  });

  it('after a reset and the same log again', () => {
    const q = projected(EVENTS.slice(0, 30));
    q.reset();
    for (const e of EVENTS) q.record(e);
    expect(viaProjection(q, CASES, { asOf: AS_OF })).toEqual(computeReport(EVENTS, CASES, { asOf: AS_OF }));
  });

  it('on generated logs with every event kind, odd data, times out of order, at any moment and options', () => {
    fc.assert(
      fc.property(
        arbitraryLog,
        arbitraryCases,
        fc.array(arbitraryOptions, { minLength: 1, maxLength: 6 }),
        (events, cases, optionsList) => {
          const p = projected(events);
          for (const options of optionsList)
            expect(viaProjection(p, cases, options)).toEqual(computeReport(events, cases, options));
          // the report of "now", after every event: from the live history
          for (const now of nowOptions) expect(viaProjection(p, cases, now)).toEqual(computeReport(events, cases, now));
        },
      ),
      { numRuns: 300 },
    );
  });

  const sameHistory = (events: AuditEvent[], moments: number[]) => {
    const p = projected(events);
    for (const asOf of [...moments, ...events.map((e) => Date.parse(e.at)).filter((t) => !Number.isNaN(t))])
      expect(finish(p.historyAt(asOf))).toEqual(replay(events, asOf));
  };

  it('folds the same history as the replay of the log, at any moment', () => {
    fc.assert(fc.property(arbitraryLog, fc.array(instantMs, { minLength: 1, maxLength: 5 }), sameHistory), {
      numRuns: 200,
    });
    fc.assert(fc.property(arbitraryDenseLog, fc.array(instantMs, { minLength: 1, maxLength: 5 }), sameHistory), {
      numRuns: 200,
    });
  });

  const eventByEvent = (events: AuditEvent[], cases: CaseRecord[]) => {
    const p = new ReportProjection();
    events.forEach((e, i) => {
      p.record(e);
      if (i % 5 === 0 || i === events.length - 1)
        for (const now of nowOptions)
          expect(viaProjection(p, cases, now)).toEqual(computeReport(events.slice(0, i + 1), cases, now));
    });
  };

  it('while it is kept up to date, event by event', () => {
    fc.assert(fc.property(arbitraryLog, arbitraryCases, eventByEvent), { numRuns: 200 });
  });

  it('while it is kept up to date, event by event, with the events that move figures in any time order', () => {
    fc.assert(fc.property(arbitraryDenseLog, arbitraryCases, eventByEvent), { numRuns: 300 });
  });

  it('folds a past date in steps, letting other work run between them; the report of now folds nothing', () => {
    const many = Array.from({ length: 3000 }, (_, i): AuditEvent => ({
      seq: i + 1,
      at: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      type: 'case.created',
      actor: 'x',
      caseId: `UTH-${i}`,
    }));
    const q = projected(many);
    const stepsOf = (asOf: string) => {
      const run = q.report([], { asOf });
      let steps = 0;
      let r = run.next();
      while (!r.done) {
        steps++;
        r = run.next();
      }
      expect(r.value).toEqual(computeReport(many, [], { asOf }));
      return steps;
    };
    // a past date just before the last few events: the figures take about as many steps as now
    // (they go through the cases known then), and the fold comes on top
    const past = stepsOf('2025-05-05T12:00:00Z');
    const now = stepsOf('2026-01-01T00:00:00Z');
    expect(past).toBeGreaterThan(now + 3);
  });
});

// --- generated logs ---------------------------------------------------------------------

const CASE_IDS = ['UTH-2025-001', 'UTH-2025-002', 'UTH-2026-001', 'UTH-2026-002'];
const SIGNALS = ['sig-1', 'sig-2', 'sig-3', 'sig-4'];
const ITEMS = ['a1', 'a2', 'a3'];
const FROM = Date.parse('2024-11-15T00:00:00Z');
const TO = Date.parse('2027-02-01T00:00:00Z');
/** After every generated event: reports of "now", for each year and over the whole range. */
const nowOptions: ReportOptions[] = [
  { asOf: '2027-06-01T00:00:00Z' },
  { asOf: '2027-06-01T00:00:00Z', year: 2025 },
  { asOf: '2027-06-01T00:00:00Z', year: 2026, overdueGraceDays: 1 },
  { asOf: '2027-06-01T00:00:00Z', period: { from: new Date(FROM).toISOString(), to: new Date(TO).toISOString() } },
];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
/** Instants, with many on the same millisecond and around New Year. */
const instantMs = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc.constantFrom(
    Date.parse('2025-12-31T23:00:00Z'),
    Date.parse('2025-12-31T23:30:00Z'),
    Date.parse('2026-01-01T00:00:00Z'),
    Date.parse('2026-06-30T22:00:00Z'),
  ),
);
const isoTime = fc.oneof(
  { weight: 8, arbitrary: instantMs.map((ms) => new Date(ms).toISOString()) },
  {
    weight: 1,
    arbitrary: instantMs.map((ms) =>
      new Date(ms)
        .toISOString()
        .replace('.000Z', 'Z')
        .replace(/\.\d{3}Z$/, '+00:00'),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('not a time', '') },
);

const arbitraryData = fc.record(
  {
    signalId: fc.oneof(fc.constantFrom(...SIGNALS), fc.constant(7)),
    reason: fc.constantFrom('not-a-project', 'already-registered', 'quiet'),
    impact: fc.oneof(fc.constantFrom('low', 'medium', 'high'), fc.constant(3)),
    heldAt: fc.oneof(isoTime, fc.constant(5), fc.constantFrom('2025-03-10', '2026-01-01', '2026-02-30')),
    panelPresent: fc.oneof(fc.array(fc.constantFrom('panel-1', 'panel-2'), { maxLength: 2 }), fc.constant('panel-1')),
    dpiaStatus: fc.constantFrom('done', 'not-needed', 'planned', 'in-progress'),
    algorithm: fc.oneof(fc.boolean(), fc.constant('true')),
    itemId: fc.constantFrom(...ITEMS),
    status: fc.constantFrom('open', 'in-progress', 'implemented', 'not-followed', 'no-longer-relevant'),
    level: fc.constantFrom('report', 'handler'),
    statedAssessmentStatus: fc.constantFrom('none', 'planned', 'done'),
    // issue 15: reviews, snoozes, withdrawals
    reviewId: fc.oneof(fc.constantFrom('r1', 'r2'), fc.constant(4)),
    levelName: fc.constantFrom('Directieraad', 'Wethouder'),
    untilAt: fc.oneof(isoTime, fc.constant(5)),
    by: fc.constantFrom('lead', 'uthiek'),
    // issue 16: DPIA records, written input, imported history, overrides of the panel rule
    panelWritten: fc.oneof(fc.array(fc.constantFrom('panel-1', 'panel-2'), { maxLength: 2 }), fc.constant('panel-2')),
    dpiaDate: fc.constantFrom('2025-06-01', '2026-02-01', '2026-13-45'),
    date: fc.constantFrom('2025-06-01', '2026-02-01', ''),
    panel: fc.oneof(fc.boolean(), fc.constant('yes')),
    lowered: fc.oneof(fc.boolean(), fc.constant('true')),
    urgent: fc.boolean(),
    highImpact: fc.boolean(),
    panelAccepted: fc.boolean(),
  },
  { requiredKeys: [] },
);

const arbitraryEvent = fc.record({
  at: isoTime,
  type: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...EVENT_TYPES) },
    { weight: 3, arbitrary: fc.constantFrom('signal.detected', 'signal.dismissed', 'signal.converted') },
    { weight: 1, arbitrary: fc.constant('something.else') },
  ),
  caseId: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...CASE_IDS) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant('') },
  ),
  data: maybe(arbitraryData),
});

/** A log: seq in log order, times mostly increasing but not always (explicit times, clock changes). */
const arbitraryLog = fc.array(arbitraryEvent, { minLength: 0, maxLength: 120 }).chain((raw) =>
  fc.boolean().map((sortMostly) => {
    const list = sortMostly ? [...raw].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0)) : raw;
    if (sortMostly && list.length > 3) [list[1], list[2]] = [list[2]!, list[1]!];
    return list.map((e, i): AuditEvent => ({
      seq: i + 1,
      actor: 'x',
      at: e.at,
      type: e.type,
      ...(e.caseId !== undefined ? { caseId: e.caseId } : {}),
      ...(e.data ? { data: e.data as AuditEvent['data'] } : {}),
    }));
  }),
);

/** Only the kinds that move a figure, never duplicate, in any time order: order matters most here. */
const arbitraryDenseLog = fc
  .array(
    fc.record({
      at: instantMs.map((ms) => new Date(ms).toISOString()),
      type: fc.constantFrom(
        'signal.detected',
        'signal.dismissed',
        'signal.converted',
        'case.created',
        'case.submit',
        'case.accept',
        'case.schedule',
        'case.reschedule',
        'dpia.recorded',
        'case.imported',
        'case.hold-outside',
        'case.record-assessment',
        'case.cancel',
        'case.abandon',
        'decision.recorded',
        'case.start-follow-up',
        'case.close',
        'review.opened',
        'review.accepted',
        'review.escalated',
        'advice.status',
        'advice.snoozed',
        'nudge.escalated',
        'register.recorded',
      ),
      caseId: fc.constantFrom(...CASE_IDS.slice(0, 2)),
      data: arbitraryData,
    }),
    { maxLength: 60 },
  )
  .map((raw) =>
    raw.map((e, i): AuditEvent => ({
      seq: i + 1,
      actor: 'x',
      ...e,
      data: { level: 'report', ...e.data, reason: 'not-a-project' } as AuditEvent['data'],
    })),
  );

const arbitraryItem = fc.record({
  id: fc.constantFrom(...ITEMS),
  dueDate: fc.oneof(
    instantMs.map((ms) => new Date(ms).toISOString().slice(0, 10)),
    fc.constant('2026-13-45'),
  ),
});
const arbitraryCases = fc
  .array(
    fc.record({ id: fc.constantFrom(...CASE_IDS, 'UTH-2027-001'), items: fc.array(arbitraryItem, { maxLength: 3 }) }),
    { maxLength: 6 },
  )
  .map((docs) =>
    docs.map((d) =>
      caseRecord({
        id: d.id,
        state: 'follow-up',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2026-07-10T00:00:00.000Z',
        createdBy: 'aad-lead',
        advice: d.items.map((i): AdviceItem => ({
          id: i.id,
          text: 'x',
          values: ['privacy'],
          dueDate: i.dueDate,
          status: 'open',
          unansweredNudges: 0,
        })),
      }),
    ),
  );

const arbitraryOptions: fc.Arbitrary<ReportOptions> = fc.record(
  {
    asOf: fc.oneof(
      isoTime.filter((t) => !Number.isNaN(Date.parse(t))),
      fc.constantFrom('2026-06-30', '2025-12-31T23:30:00Z'),
    ),
    year: fc.integer({ min: 2024, max: 2027 }),
    overdueGraceDays: fc.integer({ min: 0, max: 3 }),
    target: fc.integer({ min: 1, max: 60 }),
    tz: fc.constantFrom('Europe/Amsterdam', 'UTC', 'Pacific/Kiritimati'),
    period: fc.tuple(instantMs, fc.integer({ min: 1, max: 400 })).map(([from, days]) => ({
      from: new Date(from).toISOString(),
      to: new Date(from + days * 86_400_000).toISOString(),
    })),
  },
  { requiredKeys: ['asOf'] },
);
