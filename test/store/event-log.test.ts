import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../src/store/event-log.js';
import type { AuditEvent, EventQuery } from '../../src/store/store.js';

/** The events as the journal keeps them: one JSON round trip. */
const asStored = (e: AuditEvent): AuditEvent => JSON.parse(JSON.stringify(e)) as AuditEvent;

/** What Store.events did before the log was compact: a filter over the events. */
function filtered(events: AuditEvent[], query: EventQuery): AuditEvent[] {
  const types = query.type === undefined ? undefined : new Set(Array.isArray(query.type) ? query.type : [query.type]);
  return events.filter(
    (e) =>
      (query.caseId === undefined || e.caseId === query.caseId) &&
      (!types || types.has(e.type)) &&
      (query.since === undefined || e.at >= query.since) &&
      (query.until === undefined || e.at < query.until),
  );
}

const word = fc.constantFrom(
  'case.created',
  'advice.status',
  'UTH-2026-001',
  'UTH-2026-002',
  'aad-1',
  'intake',
  'submitted',
  'ü€😀',
  '',
);
const at = fc.oneof(
  fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }).map((ms) => new Date(ms).toISOString()),
  fc.constantFrom('2026-01-02T10:00:00Z', '2026-01-02T10:00:00+01:00', '2026-01-02', 'not a time', ''),
  // full ISO form, but not what toISOString gives for that moment (Date.parse rolls them over)
  fc.constantFrom('2026-04-31T10:00:00.000Z', '2026-04-30T24:00:00.000Z', '2026-02-29T00:00:00.000Z'),
  // days found canonical once, then again with other times
  fc.constantFrom('2026-04-30T10:00:00.000Z', '2026-04-30T23:59:59.999Z', '2026-04-30T10:00:00.000z'),
);
const data = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }).map((v) => ({ v }) as AuditEvent['data']),
  fc.record({ itemId: word, status: word }) as fc.Arbitrary<AuditEvent['data']>,
);

const event = fc
  .record(
    {
      seq: fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.constant(2 ** 40)),
      at,
      type: word,
      actor: word,
      caseId: fc.oneof(word, fc.constant(undefined)),
      from: word,
      to: word,
      data,
      extra: fc.oneof(fc.string(), fc.integer()),
    },
    { requiredKeys: ['seq', 'at', 'type', 'actor'] },
  )
  .chain((e) =>
    fc
      .shuffledSubarray(Object.keys(e), { minLength: Object.keys(e).length })
      .map(
        (keys) => Object.fromEntries(keys.map((k) => [k, (e as Record<string, unknown>)[k]])) as unknown as AuditEvent,
      ),
  );

const oddEvent = fc.oneof(
  event.map((e) => ({ ...e, actor: 42 }) as unknown as AuditEvent),
  event.map((e) => ({ ...e, at: 17 }) as unknown as AuditEvent),
  event.map((e) => ({ ...e, caseId: null }) as unknown as AuditEvent),
);

describe('the compact event log', () => {
  it('gives back every event as stored, with its keys in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 5, arbitrary: event }, { weight: 1, arbitrary: oddEvent }), { maxLength: 40 }),
        (events) => {
          const log = EventLog.of(events);
          expect(log.length).toBe(events.length);
          const back = [...log];
          expect(back).toEqual(events.map(asStored));
          back.forEach((e, i) => expect(JSON.stringify(e)).toBe(JSON.stringify(events[i])));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers queries as a filter over the events would', () => {
    const query = fc.record(
      {
        caseId: fc.constantFrom('UTH-2026-001', 'UTH-2026-002', 'none', ''),
        type: fc.oneof(word, fc.array(word, { maxLength: 3 })),
        since: at,
        until: at,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 5, arbitrary: event }, { weight: 1, arbitrary: oddEvent }), { maxLength: 40 }),
        query,
        (events, q) => {
          const log = EventLog.of(events);
          expect(log.query(q)).toEqual(filtered(events.map(asStored), q));
          expect([...log.select(q)]).toEqual(filtered(events.map(asStored), q));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts an event at the very moment of `since`, and reads older ones in any other form', () => {
    const e = (seq: number, at: string) => ({ seq, at, type: 't', actor: 'a' });
    const log = EventLog.of([
      e(1, '2026-01-01T09:59:59.999Z'),
      e(2, '2026-01-01T10:00:00.000Z'),
      e(3, '2026-01-01T09:00:00Z'),
      e(4, '2026-01-01T11:00:00+01:00'),
      e(5, '2026-01-02T00:00:00.000Z'),
    ]);
    // as text, as the query always compared: "11:00:00+01:00" sorts after "10:00:00.000Z"
    expect(log.query({ since: '2026-01-01T10:00:00.000Z' }).map((x) => x.seq)).toEqual([2, 4, 5]);
    expect(log.query({ since: '2026-01-01T09:30:00.000Z' }).map((x) => x.seq)).toEqual([1, 2, 4, 5]);
    expect(log.query({ since: '2026-01-01T09' }).map((x) => x.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('hands out copies: changing one does not change the log', () => {
    const log = EventLog.of([
      {
        seq: 1,
        at: '2026-01-01T00:00:00.000Z',
        type: 'advice.status',
        actor: 'a',
        caseId: 'C',
        data: { itemId: 'a1' },
      },
    ]);
    const e = log.get(0);
    (e.data as Record<string, unknown>).itemId = 'changed';
    expect(log.get(0).data).toEqual({ itemId: 'a1' });
  });

  it('finds the events of one case among ten thousand', () => {
    const events = Array.from({ length: 10_000 }, (_, i): AuditEvent => ({
      type: 'advice.status',
      actor: `aad-${i % 300}`,
      caseId: `UTH-${i % 500}`,
      data: { itemId: `adv-${i % 1500}`, status: 'in-progress' },
      seq: i + 1,
      at: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
    }));
    const log = EventLog.of(events);
    expect(log.query({ caseId: 'UTH-7' })).toHaveLength(20);
    expect(log.get(9999)).toEqual(events[9999]);
  });
});

describe('the log over many pages', () => {
  it('gives back 30,000 events, odd ones among them, over column and text pages', () => {
    const events = Array.from({ length: 30_000 }, (_, i): AuditEvent => {
      // some data seen before, some new, some long enough to need a text page of its own
      const data: AuditEvent['data'] =
        i % 7 === 0
          ? { note: `${'é€😀'.repeat(i % 1000 === 0 ? 200_000 : 3)} ${i}` }
          : { itemId: `adv-${i % 1500}`, status: 'in-progress' };
      const e = { type: 'advice.status', actor: `aad-${i % 300}`, caseId: `UTH-${i % 500}`, data, seq: i + 1 };
      const at = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString();
      // an event that does not fit the columns: a seq beyond 32 bits, a field of its own
      if (i % 9_000 === 4_321) return { ...e, seq: 2 ** 40 + i, at };
      if (i % 9_000 === 8_192) return { ...e, at, extra: true } as unknown as AuditEvent;
      return { ...e, at };
    });
    const log = EventLog.of(events);
    expect(log.length).toBe(events.length);
    events.forEach((e, i) => {
      if (i % 97 === 0 || i % 7 === 0 || i % 9_000 === 4_321 || i % 9_000 === 8_192)
        expect(JSON.stringify(log.get(i))).toBe(JSON.stringify(e));
    });
    expect(log.query({ caseId: 'UTH-7' })).toEqual(events.filter((e) => e.caseId === 'UTH-7'));
  });
});
