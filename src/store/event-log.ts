import { floats, ints, type Column } from './columns.js';
import { TextPool } from './text-pool.js';
import type { AuditEvent, EventQuery } from './store.js';

const NONE = -1;
const NAMED = ['type', 'actor', 'caseId', 'from', 'to'] as const;
type Named = (typeof NAMED)[number];
type Field = Named | 'seq' | 'at' | 'data';
const FIELDS = new Set<string>(['seq', 'at', 'data', ...NAMED]);
/** The time part of a canonical ISO text (`toISOString`), after its 11 characters of date. */
const CANONICAL_TIME = /^.{11}(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

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

  /** The code of a value kept, without adding it. */
  find(value: string): number | undefined {
    return this.codes.get(value);
  }
}

/**
 * The audit log in memory, compactly: one row per event in typed columns (in pages), every id,
 * type and state kept once in a dictionary, the data of an event as JSON in UTF-8 bytes outside
 * the heap (identical data once, src/store/text-pool.ts). Ten years of history (200,000 events)
 * take about a tenth of the memory the event objects would.
 * Reading returns fresh event objects, equal to the ones appended (as they are after a JSON round
 * trip, which is how the journal keeps them), with their keys in the same order.
 */
export class EventLog implements Iterable<AuditEvent> {
  private count = 0;
  /** The seq of an event, when it is a whole number that fits (else the event is kept as odd). */
  private readonly seq = ints();
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
  private readonly datas = new TextPool();
  private readonly shapes = new Dictionary();
  private readonly shapeKeys: string[][] = [];
  /** Events that do not fit the columns (odd fields or values), as JSON. */
  private readonly odd = new Map<number, string>();
  /** The positions of the odd events about a case (the caseId column finds the others). */
  private readonly oddByCase = new Map<string, number[]>();
  /** The keys and shape of the event appended last: consecutive events mostly share them. */
  private lastKeys: string[] = [];
  private lastShape = NONE;
  /** The date part (`YYYY-MM-DDT`) of the last `at` found canonical; never empty once set. */
  private canonicalDay = '\u0000';

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
    // read once, by name: events come in many object shapes, and a loop over the names reads slowly
    const { seq, at, data, type, actor, caseId, from, to } = event as unknown as Record<Field, unknown>;
    const shape = this.shapeOf(Object.keys(event));
    const json = data === undefined ? undefined : JSON.stringify(data);
    if (
      shape === NONE ||
      typeof seq !== 'number' ||
      (seq | 0) !== seq ||
      typeof at !== 'string' ||
      !optionalText(type) ||
      !optionalText(actor) ||
      !optionalText(caseId) ||
      !optionalText(from) ||
      !optionalText(to) ||
      (data !== undefined && json === undefined)
    ) {
      this.odd.set(i, JSON.stringify(event));
      this.atMs.set(i, NaN);
      this.named.caseId.set(i, NONE);
      if (typeof caseId === 'string') {
        const list = this.oddByCase.get(caseId);
        if (list) list.push(i);
        else this.oddByCase.set(caseId, [i]);
      }
      return;
    }
    this.shape.set(i, shape);
    this.seq.set(i, seq);
    const ms = Date.parse(at);
    this.atMs.set(i, ms);
    if (!this.canonical(at, ms)) this.atText.set(i, at);
    this.named.type.set(i, this.codeOf(type));
    this.named.actor.set(i, this.codeOf(actor));
    this.named.caseId.set(i, this.codeOf(caseId));
    this.named.from.set(i, this.codeOf(from));
    this.named.to.set(i, this.codeOf(to));
    this.data.set(i, json === undefined ? NONE : this.datas.code(json));
  }

  private codeOf(value: string | undefined): number {
    return value === undefined ? NONE : this.names.code(value);
  }

  /**
   * Whether `at` is the canonical ISO text of `ms` (then the column alone gives it back). Events
   * come in time order, many on the same day: a day whose date part was found canonical once
   * needs only the time part checked again (Date.parse rolls a 31 April or a 24:00 over).
   */
  private canonical(at: string, ms: number): boolean {
    if (!Number.isFinite(ms)) return false;
    if (at.length === 24 && at.startsWith(this.canonicalDay) && CANONICAL_TIME.test(at)) return true;
    if (new Date(ms).toISOString() !== at) return false;
    this.canonicalDay = at.slice(0, 11);
    return true;
  }

  /** The shape's code, or NONE when the keys are not all fields the columns hold. */
  private shapeOf(keys: string[]): number {
    const last = this.lastKeys;
    if (keys.length === last.length && keys.every((k, n) => k === last[n])) return this.lastShape;
    let code: number;
    if (keys.every((k) => FIELDS.has(k))) {
      code = this.shapes.code(keys.join(','));
      if (code === this.shapeKeys.length) this.shapeKeys.push(keys);
    } else code = NONE;
    this.lastKeys = keys;
    this.lastShape = code;
    return code;
  }

  /** The event at position i (0-based, in log order). */
  get(i: number): AuditEvent {
    const odd = this.odd.get(i);
    if (odd !== undefined) return JSON.parse(odd) as AuditEvent;
    const e: Record<string, unknown> = {};
    for (const key of this.shapeKeys[this.shape.get(i)]!) {
      if (key === 'seq') e.seq = this.seq.get(i);
      else if (key === 'at') e.at = this.atText.get(i) ?? new Date(this.atMs.get(i)).toISOString();
      else if (key === 'data') {
        const code = this.data.get(i);
        if (code !== NONE) e.data = JSON.parse(this.datas.text(code));
      } else {
        const code = this.named[key as Named].get(i);
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
    return [...this.select(query)];
  }

  /** The same events as `query`, decoded one at a time as the caller goes (see Store.eachEvent). */
  *select(query: EventQuery = {}): Generator<AuditEvent, void, undefined> {
    const types = query.type === undefined ? undefined : new Set(Array.isArray(query.type) ? query.type : [query.type]);
    // an event whose `at` is its canonical ISO text compares as its time: older ones are passed over without decoding
    const sinceMs = query.since !== undefined && isCanonical(query.since) ? Date.parse(query.since) : undefined;
    const wanted = (i: number): AuditEvent | undefined => {
      if (types && !this.odd.has(i) && !types.has(this.names.values[this.named.type.get(i)]!)) return undefined;
      if (sinceMs !== undefined && this.atMs.get(i) < sinceMs && !this.atText.has(i) && !this.odd.has(i))
        return undefined;
      const e = this.get(i);
      return (!types || types.has(e.type)) &&
        (query.since === undefined || e.at >= query.since) &&
        (query.until === undefined || e.at < query.until)
        ? e
        : undefined;
    };
    const positions = query.caseId !== undefined ? this.positionsOf(query.caseId) : undefined;
    const count = positions?.length ?? this.count;
    for (let n = 0; n < count; n++) {
      const e = wanted(positions ? positions[n]! : n);
      if (e) yield e;
    }
  }

  /**
   * The positions of a case's events, in log order: a scan of the caseId column (a few tenths of a
   * millisecond at ten years, for the one case a detail card shows) instead of a list per case
   * kept in memory for ever.
   */
  private positionsOf(caseId: string): number[] {
    const code = this.names.find(caseId);
    const found: number[] = [];
    if (code !== undefined) {
      const column = this.named.caseId;
      for (let i = 0; i < this.count; i++) if (column.get(i) === code) found.push(i);
    }
    const odd = this.oddByCase.get(caseId);
    return odd ? [...found, ...odd].sort((a, b) => a - b) : found;
  }
}

function isCanonical(at: string): boolean {
  const ms = Date.parse(at);
  return Number.isFinite(ms) && new Date(ms).toISOString() === at;
}

const optionalText = (value: unknown) => value === undefined || typeof value === 'string';
