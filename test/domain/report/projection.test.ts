import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdviceItem, CaseRecord } from '../../../src/domain/case/case.js';
import { EVENT_TYPES, type AuditEvent } from '../../../src/domain/case/events.js';
import { computeReport } from '../../../src/domain/report/compute.js';
import { replay } from '../../../src/domain/report/replay.js';
import { finish, ReportProjection } from '../../../src/domain/report/projection.js';
import type { ReportOptions } from '../../../src/domain/report/types.js';
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
    const past = stepsOf('2025-03-01T00:00:00Z');
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
    heldAt: fc.oneof(isoTime, fc.constant(5)),
    panelPresent: fc.oneof(fc.array(fc.constantFrom('panel-1', 'panel-2'), { maxLength: 2 }), fc.constant('panel-1')),
    dpiaStatus: fc.constantFrom('done', 'not-needed', 'planned', 'in-progress'),
    algorithm: fc.oneof(fc.boolean(), fc.constant('true')),
    itemId: fc.constantFrom(...ITEMS),
    status: fc.constantFrom('open', 'in-progress', 'implemented', 'not-followed', 'no-longer-relevant'),
    level: fc.constantFrom('report', 'handler'),
    statedAssessmentStatus: fc.constantFrom('none', 'planned', 'done'),
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

/** Only the kinds that move a figure, never cancelled or duplicate, in any time order: order matters most here. */
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
        'case.record-assessment',
        'advice.status',
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
      data: { ...e.data, reason: 'not-a-project', level: 'report' } as AuditEvent['data'],
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
    docs.map((d): CaseRecord => ({
      id: d.id,
      state: 'follow-up',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2026-07-10T00:00:00.000Z',
      createdBy: 'aad-lead',
      leadId: 'aad-lead',
      origin: { kind: 'command' },
      intake: {},
      intakeStep: 'review',
      advice: d.items.map((i): AdviceItem => ({
        id: i.id,
        text: 'x',
        values: ['privacy'],
        dueDate: i.dueDate,
        status: 'open',
        unansweredNudges: 0,
      })),
    })),
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
