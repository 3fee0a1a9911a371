import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { Logger } from '../log.js';
import type { Clock } from '../domain/clock.js';
import { collectionNames } from './collections.js';
import { migrateDoc, migrateEvent, migrations as defaultMigrations, targetVersion, type Migration } from './migrations.js';
import {
  ConflictError,
  type AuditEvent,
  type CollectionName,
  type Doc,
  type EventQuery,
  type HistoryEdit,
  type NewAuditEvent,
  type PutOptions,
  type Store,
  type Stored,
  type Tx,
} from './store.js';

/**
 * The embedded store: an append-only journal of commits plus a lowdb snapshot.
 *
 * Each transaction is one JSON line appended to the current journal segment (one write call),
 * so recording costs the same with an empty store as with ten years of data. The snapshot
 * (`uthiek.json`, written atomically by lowdb) holds the documents as of a journal position, so
 * start-up does not replay every document write; journal lines it covers keep only their audit
 * events. Audit events are never rewritten, except by an explicit erasure.
 */

interface Snapshot {
  schemaVersion: number;
  seq: number;
  eventSeq: number;
  collections: Record<string, Record<string, Stored>>;
}

interface Commit {
  seq: number;
  v: number;
  at: string;
  puts?: [string, Stored][];
  dels?: [string, string][];
  events?: AuditEvent[];
}

export interface JournalStoreOptions {
  dataDir: string;
  clock: Clock;
  logger?: Logger;
  /** fdatasync after every commit: survives power loss, not only a crash of the process. */
  fsync?: boolean;
  /** Start a new journal segment beyond this size. */
  segmentBytes?: number;
  /** Snapshot when the journal has grown by at least this much, or by the last snapshot's size. */
  minSnapshotBytes?: number;
  migrations?: Migration[];
}

const SNAPSHOT_FILE = 'uthiek.json';
const JOURNAL_DIR = 'journal';
const SEGMENT_RE = /^(\d{8})\.jsonl$/;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

export class JournalStore implements Store {
  private readonly docs = new Map<string, Map<string, Stored>>();
  private readonly eventLog: AuditEvent[] = [];
  private readonly eventsByCase = new Map<string, AuditEvent[]>();
  private seq = 0;
  private eventSeq = 0;
  private fd = -1;
  private segmentNo = 0;
  private segmentSize = 0;
  private bytesSinceSnapshot = 0;
  private lastSnapshotBytes = 0;
  /** Journal segments that still hold document writes (puts/dels), to compact after a snapshot. */
  private readonly segmentsWithWrites = new Set<number>();
  private snapshotting: Promise<void> | null = null;
  private closed = false;
  private readonly snapshotDb: Low<Snapshot>;
  private readonly journalDir: string;
  private readonly version: number;
  private readonly migrationList: Migration[];

  private constructor(private readonly options: JournalStoreOptions) {
    this.journalDir = path.join(options.dataDir, JOURNAL_DIR);
    this.migrationList = options.migrations ?? defaultMigrations;
    this.version = targetVersion(this.migrationList);
    const file = new DataFile<Snapshot>(path.join(options.dataDir, SNAPSHOT_FILE), {
      parse: (text) => JSON.parse(text) as Snapshot,
      stringify: (data) => {
        const text = JSON.stringify(data);
        this.lastSnapshotBytes = text.length;
        return text;
      },
    });
    this.snapshotDb = new Low<Snapshot>(file, this.emptySnapshot());
    for (const name of collectionNames) this.docs.set(name, new Map());
  }

  static async open(options: JournalStoreOptions): Promise<JournalStore> {
    const store = new JournalStore(options);
    await store.load();
    return store;
  }

  get dataFile(): string {
    return path.join(this.options.dataDir, SNAPSHOT_FILE);
  }

  stats() {
    return { seq: this.seq, events: this.eventLog.length, segment: this.segmentNo, snapshotBytes: this.lastSnapshotBytes };
  }

  get<C extends CollectionName>(collection: C, id: string): Doc<C> | undefined {
    return this.docs.get(collection)?.get(id) as Doc<C> | undefined;
  }

  all<C extends CollectionName>(collection: C): Doc<C>[] {
    return [...(this.docs.get(collection)?.values() ?? [])] as Doc<C>[];
  }

  find<C extends CollectionName>(collection: C, predicate: (doc: Doc<C>) => boolean): Doc<C>[] {
    const out: Doc<C>[] = [];
    for (const doc of this.docs.get(collection)?.values() ?? []) if (predicate(doc as Doc<C>)) out.push(doc as Doc<C>);
    return out;
  }

  events(query: EventQuery = {}): AuditEvent[] {
    const source = query.caseId !== undefined ? (this.eventsByCase.get(query.caseId) ?? []) : this.eventLog;
    const types = query.type === undefined ? undefined : new Set(Array.isArray(query.type) ? query.type : [query.type]);
    return source.filter(
      (e) =>
        (!types || types.has(e.type)) &&
        (query.since === undefined || e.at >= query.since) &&
        (query.until === undefined || e.at < query.until),
    );
  }

  async transact<T>(work: (tx: Tx) => T): Promise<T> {
    if (this.closed) throw new Error('store is closed');
    const writes = new Map<string, { collection: string; id: string; doc: Stored | null }>();
    const events: AuditEvent[] = [];
    let nextEventSeq = this.eventSeq;
    const now = this.options.clock.now().toISOString();
    const current = (collection: string, id: string): Stored | undefined => {
      const pending = writes.get(keyOf(collection, id));
      if (pending) return pending.doc ?? undefined;
      return this.docs.get(collection)?.get(id);
    };
    const tx: Tx = {
      get: (collection, id) => current(collection, id) as never,
      put: (collection, doc, opts?: PutOptions) => {
        if (!this.docs.has(collection)) throw new Error(`unknown collection ${collection}`);
        if (!doc.id) throw new Error(`document in ${collection} has no id`);
        const existingRev = current(collection, doc.id)?.rev ?? 0;
        if (opts?.expectRev !== undefined && opts.expectRev !== existingRev) {
          throw new ConflictError(collection, doc.id, opts.expectRev, existingRev);
        }
        const stored = deepFreeze(structuredClone({ ...doc, rev: existingRev + 1 }));
        writes.set(keyOf(collection, doc.id), { collection, id: doc.id, doc: stored });
        return stored as never;
      },
      delete: (collection, id) => {
        writes.set(keyOf(collection, id), { collection, id, doc: null });
      },
      record: (input: NewAuditEvent) => {
        const event = deepFreeze(structuredClone({ ...input, seq: ++nextEventSeq, at: input.at ?? now })) as AuditEvent;
        events.push(event);
        return event;
      },
    };
    const result = work(tx);
    if (writes.size === 0 && events.length === 0) return result;

    const commit: Commit = { seq: this.seq + 1, v: this.version, at: now };
    const puts: [string, Stored][] = [];
    const dels: [string, string][] = [];
    for (const w of writes.values()) {
      if (w.doc) puts.push([w.collection, w.doc]);
      else dels.push([w.collection, w.id]);
    }
    if (puts.length) commit.puts = puts;
    if (dels.length) commit.dels = dels;
    if (events.length) commit.events = events;
    if (commit.puts || commit.dels) this.segmentsWithWrites.add(this.segmentNo);
    this.append(`${JSON.stringify(commit)}\n`);

    this.seq = commit.seq;
    this.eventSeq = nextEventSeq;
    this.apply(commit, true);
    for (const event of events) this.indexEvent(event);
    this.maybeSnapshot();
    return result;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.snapshotting;
    // a fresh segment first, so the snapshot covers (and compaction empties) every older one
    this.rotate();
    await this.writeSnapshot();
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }

  async rewriteHistory(edit: HistoryEdit): Promise<number> {
    if (this.closed) throw new Error('store is closed');
    await this.snapshotting;
    let changed = 0;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    // In memory first; all synchronous, so no transaction interleaves.
    for (const [collection, byId] of this.docs) {
      for (const [id, doc] of [...byId]) {
        const next = edit.doc ? edit.doc(collection as CollectionName, structuredClone(doc)) : doc;
        if (next === null) {
          byId.delete(id);
          changed++;
        } else if (!same(next, doc)) {
          byId.set(id, deepFreeze(next));
          changed++;
        }
      }
    }
    const rewrite = (e: AuditEvent): AuditEvent => (edit.event ? edit.event(structuredClone(e)) : e);
    const events = this.eventLog.map((e) => {
      const next = rewrite(e);
      if (!same(next, e)) changed++;
      return deepFreeze(next);
    });
    this.eventLog.length = 0;
    this.eventsByCase.clear();
    for (const e of events) this.indexEvent(e);
    // Then on disk: the current documents go into a new snapshot; every journal line keeps only
    // its (rewritten) events, so nothing of the old values remains.
    this.rotate();
    await this.writeSnapshot();
    const segments = (await fsp.readdir(this.journalDir)).filter((f) => SEGMENT_RE.test(f));
    for (const name of segments) {
      const file = path.join(this.journalDir, name);
      const lines = (await fsp.readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
      const kept = lines
        .map((l) => JSON.parse(l) as Commit)
        .filter((c) => c.events?.length)
        .map((c) => JSON.stringify({ seq: c.seq, v: c.v, at: c.at, events: c.events!.map(rewrite) }));
      const tmp = `${file}.tmp`;
      await fsp.writeFile(tmp, kept.length ? `${kept.join('\n')}\n` : '');
      await fsp.rename(tmp, file);
    }
    this.segmentsWithWrites.clear();
    return changed;
  }

  /** Writes a snapshot now and waits for it; compacts the journal it covers. */
  async snapshot(): Promise<void> {
    await this.snapshotting;
    this.rotate();
    this.snapshotting = this.writeSnapshot().finally(() => {
      this.snapshotting = null;
    });
    await this.snapshotting;
  }

  // --- internals -------------------------------------------------------------------------

  private emptySnapshot(): Snapshot {
    return { schemaVersion: this.version, seq: 0, eventSeq: 0, collections: {} };
  }

  private append(line: string): void {
    const bytes = Buffer.byteLength(line);
    try {
      let written = 0;
      const buffer = Buffer.from(line);
      while (written < bytes) written += fs.writeSync(this.fd, buffer, written, bytes - written);
      if (this.options.fsync) fs.fdatasyncSync(this.fd);
    } catch (err) {
      // A partial line would corrupt every later one: cut the segment back to its last commit.
      try {
        fs.ftruncateSync(this.fd, this.segmentSize);
      } catch {
        /* the original error is the one to report */
      }
      throw err;
    }
    this.segmentSize += bytes;
    this.bytesSinceSnapshot += bytes;
    if (this.segmentSize >= (this.options.segmentBytes ?? 64 * 1024 * 1024)) this.rotate();
  }

  private apply(commit: Commit, fresh: boolean): void {
    for (const [collection, doc] of commit.puts ?? []) {
      const target = this.docs.get(collection);
      if (target) target.set(doc.id, fresh ? doc : deepFreeze(doc));
    }
    for (const [collection, id] of commit.dels ?? []) this.docs.get(collection)?.delete(id);
  }

  private indexEvent(event: AuditEvent): void {
    this.eventLog.push(event);
    if (event.caseId !== undefined) {
      const list = this.eventsByCase.get(event.caseId);
      if (list) list.push(event);
      else this.eventsByCase.set(event.caseId, [event]);
    }
  }

  private async load(): Promise<void> {
    await fsp.mkdir(this.journalDir, { recursive: true });
    await this.snapshotDb.read();
    const snap = this.snapshotDb.data;
    if (snap.schemaVersion > this.version) {
      throw new Error(
        `${this.dataFile} was written by a newer version of Uthiek Bot (schema ${snap.schemaVersion}, this one knows ${this.version}); refusing to open it`,
      );
    }
    const migrated = snap.schemaVersion < this.version;
    for (const [collection, byId] of Object.entries(snap.collections)) {
      const target = this.docs.get(collection);
      if (!target) continue;
      for (const doc of Object.values(byId)) {
        const upgraded = migrated ? migrateDoc(this.migrationList, snap.schemaVersion, collection, doc) : doc;
        if (upgraded) target.set(upgraded.id, deepFreeze(upgraded));
      }
    }
    this.seq = snap.seq;
    this.eventSeq = snap.eventSeq;
    // the next snapshot is due once the journal has grown by as much as this one
    if (fs.existsSync(this.dataFile)) this.lastSnapshotBytes = fs.statSync(this.dataFile).size;

    const segments = (await fsp.readdir(this.journalDir)).filter((f) => SEGMENT_RE.test(f)).sort();
    for (let i = 0; i < segments.length; i++) {
      const file = path.join(this.journalDir, segments[i]!);
      const isLast = i === segments.length - 1;
      const text = await fsp.readFile(file, 'utf8');
      const lines = text.split('\n');
      let offset = 0;
      for (let n = 0; n < lines.length; n++) {
        const line = lines[n]!;
        if (line.trim()) {
          let commit: Commit;
          try {
            commit = JSON.parse(line) as Commit;
          } catch {
            const lastLine = lines.slice(n + 1).every((l) => !l.trim());
            if (!isLast || !lastLine) throw new Error(`journal ${file} is damaged at byte ${offset}; restore it from a backup`);
            // An unfinished last line: its write was never acknowledged, so nothing is lost by dropping it.
            this.options.logger?.warn({ file, offset }, 'dropping an unfinished journal line');
            await fsp.truncate(file, offset);
            break;
          }
          this.replay(commit);
          if (commit.puts?.length || commit.dels?.length) this.segmentsWithWrites.add(Number(SEGMENT_RE.exec(segments[i]!)![1]));
        }
        offset += Buffer.byteLength(line) + 1;
      }
      if (isLast) this.segmentNo = Number(SEGMENT_RE.exec(segments[i]!)![1]);
    }
    if (this.segmentNo === 0) this.segmentNo = 1;
    this.openSegment();
    if (migrated || !fs.existsSync(this.dataFile)) {
      await this.writeSnapshot();
    }
    this.options.logger?.info({ seq: this.seq, events: this.eventLog.length, dataDir: this.options.dataDir }, 'store opened');
  }

  private replay(raw: Commit): void {
    const from = raw.v ?? 1;
    const needsMigration = from < this.version;
    for (const rawEvent of raw.events ?? []) {
      const event = needsMigration ? migrateEvent(this.migrationList, from, rawEvent) : rawEvent;
      this.indexEvent(deepFreeze(event));
      if (event.seq > this.eventSeq) this.eventSeq = event.seq;
    }
    if (raw.seq <= this.snapshotDb.data.seq) return;
    const puts = needsMigration
      ? (raw.puts ?? []).flatMap(([c, d]) => {
          const m = migrateDoc(this.migrationList, from, c, d);
          return m ? [[c, m] as [string, Stored]] : [];
        })
      : raw.puts;
    this.apply({ ...raw, puts }, false);
    this.seq = Math.max(this.seq, raw.seq);
  }

  private segmentPath(no: number): string {
    return path.join(this.journalDir, `${String(no).padStart(8, '0')}.jsonl`);
  }

  private openSegment(): void {
    const file = this.segmentPath(this.segmentNo);
    this.fd = fs.openSync(file, 'a');
    this.segmentSize = fs.fstatSync(this.fd).size;
  }

  private rotate(): void {
    if (this.segmentSize === 0) return;
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.segmentNo += 1;
    this.openSegment();
  }

  private maybeSnapshot(): void {
    if (this.snapshotting) return;
    const threshold = Math.max(this.options.minSnapshotBytes ?? 1024 * 1024, this.lastSnapshotBytes);
    if (this.bytesSinceSnapshot < threshold) return;
    this.rotate();
    this.snapshotting = this.writeSnapshot()
      .catch((err: unknown) => this.options.logger?.error({ err }, 'snapshot failed; the journal still has every change'))
      .finally(() => {
        this.snapshotting = null;
      });
  }

  private async writeSnapshot(): Promise<void> {
    const collections: Snapshot['collections'] = {};
    for (const [name, byId] of this.docs) collections[name] = Object.fromEntries(byId);
    this.snapshotDb.data = { schemaVersion: this.version, seq: this.seq, eventSeq: this.eventSeq, collections };
    this.bytesSinceSnapshot = 0;
    const coveredSegment = this.segmentNo;
    await this.snapshotDb.write();
    await this.compact(coveredSegment);
  }

  /** Journal segments before `upTo` are covered by the snapshot: keep only their audit events. */
  private async compact(upTo: number): Promise<void> {
    for (const no of [...this.segmentsWithWrites].filter((n) => n < upTo).sort((a, b) => a - b)) {
      const file = this.segmentPath(no);
      if (!fs.existsSync(file)) {
        this.segmentsWithWrites.delete(no);
        continue;
      }
      const lines = (await fsp.readFile(file, 'utf8')).split('\n');
      const kept: string[] = [];
      for (let n = 0; n < lines.length; n++) {
        const line = lines[n]!;
        if (!line.includes('"events"')) continue;
        const c = JSON.parse(line) as Commit;
        if (c.events?.length) kept.push(JSON.stringify({ seq: c.seq, v: c.v, at: c.at, events: c.events }));
        // let turns run between chunks of a large segment
        if (n % 2000 === 1999) await new Promise((r) => setImmediate(r));
      }
      const tmp = `${file}.tmp`;
      await fsp.writeFile(tmp, kept.length ? `${kept.join('\n')}\n` : '');
      await fsp.rename(tmp, file);
      this.segmentsWithWrites.delete(no);
    }
  }
}
