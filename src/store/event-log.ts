import type { AuditEvent, EventQuery } from './store.js';

const NONE = -1;
const NAMED = ['type', 'actor', 'caseId', 'from', 'to'] as const;
type Named = (typeof NAMED)[number];
const FIELDS = new Set<string>(['seq', 'at', 'data', ...NAMED]);

/** A typed array that grows by doubling. */
class Column<A extends Int32Array | Float64Array> {
  constructor(
    public values: A,
    private readonly make: (n: number) => A,
  ) {}

  set(i: number, value: number): void {
    if (i >= this.values.length) {
      const next = this.make(Math.max(1024, this.values.length * 2));
      next.set(this.values);
      this.values = next;
    }
    this.values[i] = value;
  }
}

const ints = () => new Column(new Int32Array(0), (n) => new Int32Array(n));
const floats = () => new Column(new Float64Array(0), (n) => new Float64Array(n));

/** Strings kept once, by number. */
class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/**
 * The audit log in memory, compactly: one row per event in typed columns, every id, type and
 * state kept once in a dictionary, the data of an event as JSON (identical data once). Ten years
 * of history (200,000 events) take about a fifth of the memory the event objects would.
 * Reading returns fresh event objects, equal to the ones appended (as they are after a JSON round
 * trip, which is how the journal keeps them), with their keys in the same order.
 */
export class EventLog implements Iterable<AuditEvent> {
  private count = 0;
  private readonly seq = floats();
  private readonly atMs = floats();
  /** The `at` text where it is not the canonical ISO form of atMs. */
  private readonly atText = new Map<number, string>();
  private readonly named: Record<Named, Column<Int32Array>> = {
    type: ints(),
    actor: ints(),
    caseId: ints(),
    from: ints(),
    to: ints(),
  };
  private readonly data = ints();
  private readonly shape = ints();
  private readonly names = new Dictionary();
  private readonly datas = new Dictionary();
  private readonly shapes = new Dictionary();
  private readonly shapeKeys: string[][] = [];
  /** Events that do not fit the columns (odd fields or values), as JSON. */
  private readonly odd = new Map<number, string>();
  private readonly byCase = new Map<string, number[]>();
  /** The keys and shape of the event appended last: consecutive events mostly share them. */
  private lastKeys: string[] = [];
  private lastShape = NONE;

  static of(events: Iterable<AuditEvent>): EventLog {
    const log = new EventLog();
    for (const e of events) log.push(e);
    return log;
  }

  get length(): number {
    return this.count;
  }

  push(event: AuditEvent): void {
    const i = this.count++;
    const caseId = (event as { caseId?: unknown }).caseId;
    if (typeof caseId === 'string') {
      const list = this.byCase.get(caseId);
      if (list) list.push(i);
      else this.byCase.set(caseId, [i]);
    }
    const keys = Object.keys(event);
    const data = event.data === undefined ? undefined : JSON.stringify(event.data);
    if (!fits(event, keys, data)) {
      this.odd.set(i, JSON.stringify(event));
      this.seq.set(i, NaN);
      this.atMs.set(i, NaN);
      return;
    }
    this.shape.set(i, this.shapeOf(keys));
    this.seq.set(i, event.seq);
    const ms = Date.parse(event.at);
    this.atMs.set(i, ms);
    if (!(Number.isFinite(ms) && new Date(ms).toISOString() === event.at)) this.atText.set(i, event.at);
    for (const name of NAMED) {
      const value = event[name];
      this.named[name].set(i, value === undefined ? NONE : this.names.code(value));
    }
    this.data.set(i, data === undefined ? NONE : this.datas.code(data));
  }

  private shapeOf(keys: string[]): number {
    const last = this.lastKeys;
    if (keys.length === last.length && keys.every((k, n) => k === last[n])) return this.lastShape;
    const code = this.shapes.code(keys.join(','));
    if (code === this.shapeKeys.length) this.shapeKeys.push(keys);
    this.lastKeys = keys;
    this.lastShape = code;
    return code;
  }

  /** The event at position i (0-based, in log order). */
  get(i: number): AuditEvent {
    const odd = this.odd.get(i);
    if (odd !== undefined) return JSON.parse(odd) as AuditEvent;
    const e: Record<string, unknown> = {};
    for (const key of this.shapeKeys[this.shape.values[i]!]!) {
      if (key === 'seq') e.seq = this.seq.values[i];
      else if (key === 'at') e.at = this.atText.get(i) ?? new Date(this.atMs.values[i]!).toISOString();
      else if (key === 'data') {
        const code = this.data.values[i]!;
        if (code !== NONE) e.data = JSON.parse(this.datas.values[code]!);
      } else {
        const code = this.named[key as Named].values[i]!;
        if (code !== NONE) e[key] = this.names.values[code];
      }
    }
    return e as unknown as AuditEvent;
  }

  *[Symbol.iterator](): Iterator<AuditEvent> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  /** The events a query asks for, in log order (see Store.events). */
  query(query: EventQuery = {}): AuditEvent[] {
    const types = query.type === undefined ? undefined : new Set(Array.isArray(query.type) ? query.type : [query.type]);
    const out: AuditEvent[] = [];
    // an event whose `at` is its canonical ISO text compares as its time: older ones are passed over without decoding
    const sinceMs = query.since !== undefined && isCanonical(query.since) ? Date.parse(query.since) : undefined;
    const consider = (i: number) => {
      if (types && !this.odd.has(i) && !types.has(this.names.values[this.named.type.values[i]!]!)) return;
      if (sinceMs !== undefined && this.atMs.values[i]! < sinceMs && !this.atText.has(i) && !this.odd.has(i)) return;
      const e = this.get(i);
      if (
        (!types || types.has(e.type)) &&
        (query.since === undefined || e.at >= query.since) &&
        (query.until === undefined || e.at < query.until)
      )
        out.push(e);
    };
    if (query.caseId !== undefined) for (const i of this.byCase.get(query.caseId) ?? []) consider(i);
    else for (let i = 0; i < this.count; i++) consider(i);
    return out;
  }
}

function isCanonical(at: string): boolean {
  const ms = Date.parse(at);
  return Number.isFinite(ms) && new Date(ms).toISOString() === at;
}

/** Whether the columns can hold the event: only the known fields, with values of their types. */
function fits(event: AuditEvent, keys: string[], data: string | undefined): boolean {
  if (typeof event.seq !== 'number' || typeof event.at !== 'string') return false;
  for (const key of keys) if (!FIELDS.has(key)) return false;
  for (const name of NAMED) if (event[name] !== undefined && typeof event[name] !== 'string') return false;
  return event.data === undefined || data !== undefined;
}
