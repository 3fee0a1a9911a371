import { EventLog } from './event-log.js';
import type { GenerationContent } from './generations.js';
import type { Commit } from './journal-line.js';
import { migrateDoc, migrateEvent, type Migration } from './migrations.js';
import type { Snapshot } from './snapshot-file.js';
import type { AuditEvent, Stored } from './store.js';

/** Everything the store holds in memory. */
export interface StoreState {
  docs: Map<string, Map<string, Stored>>;
  events: EventLog;
  seq: number;
  eventSeq: number;
  /** Journal segments that still hold document writes, to compact after the next snapshot. */
  segmentsWithWrites: Set<number>;
  /** The data was written by an older schema version and upgraded while reading. */
  upgraded: boolean;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/**
 * A frozen deep copy of what a transaction writes: the same result as
 * `deepFreeze(structuredClone(value))`, in a fraction of its time for the plain objects, arrays
 * and primitives documents and events are made of (Node 20's structuredClone serialises and
 * deserialises every value; this runs on every write of a turn). Anything else (a Date, a Map)
 * is copied by structuredClone.
 */
export function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map(frozenCopy)) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return deepFreeze(structuredClone(value));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = frozenCopy((value as Record<string, unknown>)[key]);
  return Object.freeze(copy) as T;
}

export function emptyState(collections: readonly string[]): StoreState {
  return {
    docs: new Map(collections.map((c) => [c, new Map()])),
    events: new EventLog(),
    seq: 0,
    eventSeq: 0,
    segmentsWithWrites: new Set(),
    upgraded: false,
  };
}

export function applyWrites(docs: StoreState['docs'], commit: Pick<Commit, 'puts' | 'dels'>, freeze: boolean): void {
  for (const [collection, doc] of commit.puts ?? []) docs.get(collection)?.set(doc.id, freeze ? deepFreeze(doc) : doc);
  for (const [collection, id] of commit.dels ?? []) docs.get(collection)?.delete(id);
}

/**
 * Builds the state a generation's snapshot and journal describe, upgraded to `version` through
 * the migrations, one journal commit at a time (in order). `onEvents` sees the audit events of
 * each commit once they are added (projections are built while the store opens).
 */
export class StateBuilder {
  readonly state: StoreState;
  private readonly snapSeq: number;

  constructor(
    snapshot: Snapshot | null,
    collections: readonly string[],
    private readonly migrations: Migration[],
    private readonly version: number,
    private readonly where: string,
    private readonly onEvents?: (events: readonly AuditEvent[]) => void,
  ) {
    const state = emptyState(collections);
    const snap: Snapshot = snapshot ?? { schemaVersion: version, seq: 0, eventSeq: 0, collections: {} };
    if (snap.schemaVersion > version) {
      throw new Error(
        `${where} was written by a newer version of Uthiek Bot (schema ${snap.schemaVersion}, this one knows ${version}); refusing to open it`,
      );
    }
    state.upgraded = snap.schemaVersion < version;
    for (const [collection, byId] of Object.entries(snap.collections)) {
      const target = state.docs.get(collection);
      if (!target) continue;
      for (const doc of Object.values(byId)) {
        const upgraded = state.upgraded ? migrateDoc(migrations, snap.schemaVersion, collection, doc) : doc;
        if (upgraded) target.set(upgraded.id, deepFreeze(upgraded));
      }
    }
    state.seq = snap.seq;
    state.eventSeq = snap.eventSeq;
    this.state = state;
    this.snapSeq = snap.seq;
  }

  add({ segment, commit }: { segment: number; commit: Commit }): void {
    const { state, migrations, version } = this;
    const from = commit.v ?? 1;
    if (from > version)
      throw new Error(
        `${this.where} holds a journal line written by a newer version of Uthiek Bot (schema ${from}); refusing to open it`,
      );
    const old = from < version;
    if (old) state.upgraded = true;
    const events = old ? (commit.events ?? []).map((raw) => migrateEvent(migrations, from, raw)) : commit.events;
    for (const event of events ?? []) {
      state.events.push(event);
      if (event.seq > state.eventSeq) state.eventSeq = event.seq;
    }
    if (events?.length) this.onEvents?.(events);
    if (commit.puts?.length || commit.dels?.length) state.segmentsWithWrites.add(segment);
    if (commit.seq <= this.snapSeq) return;
    const puts = old
      ? (commit.puts ?? []).flatMap(([c, d]) => {
          const m = migrateDoc(migrations, from, c, d);
          return m ? [[c, m] as [string, Stored]] : [];
        })
      : commit.puts;
    applyWrites(state.docs, { puts, dels: commit.dels }, true);
    state.seq = Math.max(state.seq, commit.seq);
  }
}

/** The state a generation's snapshot and journal describe, upgraded to `version` through the migrations. */
export function replay(
  content: GenerationContent,
  collections: readonly string[],
  migrations: Migration[],
  version: number,
  where: string,
): StoreState {
  const builder = new StateBuilder(content.snapshot, collections, migrations, version, where);
  for (const entry of content.commits) builder.add(entry);
  return builder.state;
}

export function snapshotOf(state: StoreState, version: number): Snapshot {
  const collections: Snapshot['collections'] = {};
  for (const [name, byId] of state.docs) collections[name] = Object.fromEntries(byId);
  return { schemaVersion: version, seq: state.seq, eventSeq: state.eventSeq, collections };
}
