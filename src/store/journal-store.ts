import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Low } from 'lowdb';
import type { Logger } from '../log.js';
import type { Clock } from '../domain/clock.js';
import { collectionNames } from './collections.js';
import { lockDataDir, type LockOptions } from './data-lock.js';
import { FILE_MODE, makeDir, realDisk, replaceFile, type DiskIo } from './files.js';
import {
  forEachLine,
  generationDir,
  JOURNAL_DIR,
  readCurrent,
  SECRETS_FILE,
  segmentName,
  SNAPSHOT_FILE,
  StoreDamagedError,
  switchCurrent,
  writeGeneration,
} from './generations.js';
import { decodeLine, encodeLine, type Commit } from './journal-line.js';
import { migrations as defaultMigrations, targetVersion, type Migration } from './migrations.js';
import { EventLog } from './event-log.js';
import { applyWrites, deepFreeze, emptyState, frozenCopy, snapshotOf, type StoreState } from './replay.js';
import { openData } from './open-data.js';
import { Secrets } from './secrets.js';
import { SnapshotFile, type Snapshot } from './snapshot-file.js';
import {
  ConflictError,
  type AuditEvent,
  type CollectionName,
  type CommittedChange,
  type Doc,
  type EventQuery,
  type HistoryEdit,
  type NewAuditEvent,
  type Projection,
  type PutOptions,
  type Store,
  type StoreHealth,
  type Stored,
  type Tx,
} from './store.js';

export { StoreDamagedError };

/**
 * The embedded store: an append-only journal of commits plus a lowdb snapshot, in the current
 * generation of the data directory (see generations.ts for the layout).
 *
 * Each transaction is one checksummed line appended to the current journal segment (one write
 * call), so recording costs the same with an empty store as with ten years of data. The snapshot
 * holds the documents as of a journal position, so start-up does not replay every document
 * write; journal lines it covers keep only their audit events. History is rewritten (erasure,
 * retention) only by writing a whole new generation and switching to it; transactions wait
 * meanwhile. One process at a time: the data directory is locked while the store is open.
 */

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
  lock?: Omit<LockOptions, 'onLost'>;
  /** How whole files are written (tests simulate a full disk with it). */
  io?: DiskIo;
  /** Read models to build while the data is read (cheaper than attaching them afterwards with `project`). */
  projections?: Projection[];
}

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

/** How long computing a history rewrite holds the event loop before other work runs. */
const REWRITE_SLICE_MS = 8;

/** Journal bytes compacted between two turns (a few milliseconds of decoding and encoding). */
const COMPACT_CHUNK_BYTES = 128 * 1024;

/** Below this much free space the store reports that it cannot write (a journal line, a snapshot). */
export const MIN_FREE_BYTES = 1024 * 1024;

export class JournalStore implements Store {
  private state: StoreState = emptyState(collectionNames);
  private readonly projections: Projection[] = [];
  private generation = 0;
  private fd = -1;
  private segmentNo = 1;
  private segmentSize = 0;
  private bytesSinceSnapshot = 0;
  private snapshotting: Promise<void> | null = null;
  /** Set while history is rewritten: transactions wait for it. Never rejects. */
  private gate: Promise<void> | null = null;
  private closed = false;
  private lockLost: Error | undefined;
  private lastSnapshot: { seq: number; at: string } | null = null;
  private lastWriteError: { at: string; code: string } | null = null;
  private releaseLock: (() => Promise<void>) | undefined;
  private snapshotFile!: SnapshotFile;
  private snapshotDb!: Low<Snapshot>;
  private readonly secrets: Secrets;
  private readonly io: DiskIo;
  private readonly version: number;
  private readonly migrationList: Migration[];

  private constructor(private readonly options: JournalStoreOptions) {
    this.migrationList = options.migrations ?? defaultMigrations;
    this.version = targetVersion(this.migrationList);
    this.io = options.io ?? realDisk;
    this.secrets = new Secrets(path.join(options.dataDir, SECRETS_FILE));
  }

  /** Opens (and locks) the data directory; refuses damaged data and a directory another process holds. */
  static async open(options: JournalStoreOptions): Promise<JournalStore> {
    const store = new JournalStore(options);
    await makeDir(options.dataDir);
    store.releaseLock = await lockDataDir(options.dataDir, { ...options.lock, onLost: (err) => store.onLockLost(err) });
    try {
      await store.load();
    } catch (err) {
      store.closeWriter();
      await store.unlock();
      throw err;
    }
    return store;
  }

  /** The current snapshot file. */
  get dataFile(): string {
    return path.join(this.generationPath, SNAPSHOT_FILE);
  }

  stats() {
    return {
      seq: this.state.seq,
      events: this.state.events.length,
      generation: this.generation,
      segment: this.segmentNo,
      snapshotBytes: this.snapshotFile.size,
    };
  }

  health(): StoreHealth {
    const freeBytes = freeSpace(this.options.dataDir);
    const problem: StoreHealth['problem'] = this.closed
      ? 'closed'
      : this.lockLost
        ? 'lock-lost'
        : this.lastWriteError
          ? 'write-failed'
          : freeBytes !== null && freeBytes < MIN_FREE_BYTES
            ? 'disk-full'
            : undefined;
    return {
      writable: problem === undefined,
      ...(problem ? { problem } : {}),
      generation: this.generation,
      seq: this.state.seq,
      events: this.state.events.length,
      lockHeld: Boolean(this.releaseLock) && !this.lockLost,
      lastSnapshot: this.lastSnapshot,
      lastWriteError: this.lastWriteError,
      freeBytes,
    };
  }

  get<C extends CollectionName>(collection: C, id: string): Doc<C> | undefined {
    return this.state.docs.get(collection)?.get(id) as Doc<C> | undefined;
  }

  all<C extends CollectionName>(collection: C): Doc<C>[] {
    return [...(this.state.docs.get(collection)?.values() ?? [])] as Doc<C>[];
  }

  find<C extends CollectionName>(collection: C, predicate: (doc: Doc<C>) => boolean): Doc<C>[] {
    const out: Doc<C>[] = [];
    for (const doc of this.state.docs.get(collection)?.values() ?? [])
      if (predicate(doc as Doc<C>)) out.push(doc as Doc<C>);
    return out;
  }

  events(query: EventQuery = {}): AuditEvent[] {
    return this.state.events.query(query);
  }

  eachEvent(query?: EventQuery): Iterable<AuditEvent> {
    return query ? this.state.events.select(query) : this.state.events;
  }

  project(projection: Projection): void {
    this.projections.push(projection);
    this.rebuild(projection);
  }

  secret(name: string, seed?: Buffer): Buffer {
    return this.secrets.get(name, seed);
  }

  async transact<T>(work: (tx: Tx) => T): Promise<T> {
    while (this.gate) await this.gate;
    this.assertWritable();
    const writes = new Map<string, { collection: string; id: string; doc: Stored | null }>();
    const events: AuditEvent[] = [];
    let nextEventSeq = this.state.eventSeq;
    const now = this.options.clock.now().toISOString();
    const current = (collection: string, id: string): Stored | undefined => {
      const pending = writes.get(keyOf(collection, id));
      if (pending) return pending.doc ?? undefined;
      return this.state.docs.get(collection)?.get(id);
    };
    const tx: Tx = {
      get: (collection, id) => current(collection, id) as never,
      put: (collection, doc, opts?: PutOptions) => {
        if (!this.state.docs.has(collection)) throw new Error(`unknown collection ${collection}`);
        if (!doc.id) throw new Error(`document in ${collection} has no id`);
        const existingRev = current(collection, doc.id)?.rev ?? 0;
        if (opts?.expectRev !== undefined && opts.expectRev !== existingRev) {
          throw new ConflictError(collection, doc.id, opts.expectRev, existingRev);
        }
        const stored = frozenCopy({ ...doc, rev: existingRev + 1 });
        writes.set(keyOf(collection, doc.id), { collection, id: doc.id, doc: stored });
        return stored as never;
      },
      delete: (collection, id) => {
        writes.set(keyOf(collection, id), { collection, id, doc: null });
      },
      record: (input: NewAuditEvent) => {
        const event = frozenCopy({ ...input, seq: ++nextEventSeq, at: input.at ?? now }) as AuditEvent;
        events.push(event);
        return event;
      },
    };
    const result = work(tx);
    if (writes.size === 0 && events.length === 0) return result;

    const commit: Commit = { seq: this.state.seq + 1, v: this.version, at: now };
    const puts: [string, Stored][] = [];
    const dels: [string, string][] = [];
    for (const w of writes.values()) {
      if (w.doc) puts.push([w.collection, w.doc]);
      else dels.push([w.collection, w.id]);
    }
    if (puts.length) commit.puts = puts;
    if (dels.length) commit.dels = dels;
    if (events.length) commit.events = events;
    const segment = this.segmentNo;
    try {
      this.append(encodeLine(commit));
      this.lastWriteError = null;
    } catch (err) {
      this.lastWriteError = { at: new Date().toISOString(), code: (err as NodeJS.ErrnoException).code ?? 'EIO' };
      throw err;
    }
    if (commit.puts || commit.dels) this.state.segmentsWithWrites.add(segment);

    this.state.seq = commit.seq;
    this.state.eventSeq = nextEventSeq;
    applyWrites(this.state.docs, commit, false);
    for (const event of events) this.state.events.push(event);
    this.notify({ puts: puts as [CollectionName, Stored][], dels: dels as [CollectionName, string][], events });
    this.maybeSnapshot();
    return result;
  }

  /**
   * Rewrites history (erasure, retention): computes the new documents and events, writes them as
   * a complete new generation, switches CURRENT to it and only then uses it; transactions wait
   * meanwhile. If anything fails before the switch, nothing changed (in memory or on disk).
   */
  async rewriteHistory(edit: HistoryEdit | (() => HistoryEdit)): Promise<number> {
    this.assertWritable();
    return this.exclusive(async () => {
      this.assertWritable();
      while (this.snapshotting) await this.snapshotting.catch(() => undefined);
      const { next, changed } = await this.rewritten(typeof edit === 'function' ? edit() : edit);
      const root = this.options.dataDir;
      const old = this.generation;
      const generation = old + 1;
      const snapshot = snapshotOf(next, this.version);
      let fd = -1;
      let snapshotSize = 0;
      try {
        snapshotSize = await writeGeneration(
          root,
          generation,
          { snapshot, events: next.events, version: this.version, at: this.options.clock.now().toISOString() },
          this.io,
        );
        fd = fs.openSync(path.join(generationDir(root, generation), JOURNAL_DIR, segmentName(1)), 'a', FILE_MODE);
        await switchCurrent(root, generation, this.io);
      } catch (err) {
        if (readCurrent(root) !== generation) {
          if (fd >= 0) fs.closeSync(fd);
          await fsp.rm(generationDir(root, generation), { recursive: true, force: true }).catch(() => undefined);
          throw err;
        }
        // renamed into place, only the directory flush failed: the new generation is current
        this.options.logger?.warn({ err: String(err) }, 'CURRENT switched, but flushing the directory failed');
      }
      this.closeWriter();
      this.adopt(next);
      for (const projection of this.projections) this.rebuild(projection);
      this.useGeneration(generation, snapshot, snapshotSize);
      this.lastSnapshot = { seq: snapshot.seq, at: new Date().toISOString() };
      this.fd = fd;
      this.segmentNo = 1;
      this.segmentSize = fs.fstatSync(fd).size;
      await fsp.rm(generationDir(root, old), { recursive: true, force: true }).catch((err: unknown) => {
        this.options.logger?.error(
          { err: String(err), generation: old },
          'the old generation could not be removed now; it is removed at the next start',
        );
      });
      return changed;
    });
  }

  /** Writes a snapshot now and waits for it; compacts the journal it covers. */
  async snapshot(): Promise<void> {
    const running = await this.whenQuiet(() => {
      // the final snapshot of close() was the last
      if (this.closed) return undefined;
      this.rotate();
      return (this.snapshotting = this.writeSnapshot().finally(() => {
        this.snapshotting = null;
      }));
    });
    await running;
  }

  /**
   * Stops: a final snapshot (so the next start replays little), then releases the data directory.
   * A snapshot that cannot be written (a full disk) is logged, not thrown: the journal already
   * holds every acknowledged write, and the next start replays it.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    let final: Promise<void> | undefined;
    const closing = await this.whenQuiet(() => {
      if (this.closed) return false;
      this.closed = true;
      if (!this.lockLost) {
        final = (async () => {
          // a fresh segment first, so the snapshot covers (and compaction empties) every older one
          this.rotate();
          await this.writeSnapshot();
        })();
        this.snapshotting = final.catch(() => undefined).finally(() => (this.snapshotting = null));
      }
      return true;
    });
    if (!closing) return;
    try {
      await final;
    } catch (err) {
      this.options.logger?.error(
        { err: String(err) },
        'the final snapshot could not be written; the journal holds every change and the next start replays it',
      );
    } finally {
      this.closeWriter();
      await this.unlock();
    }
  }

  /** Lets go of the data directory as a crash would: no final snapshot. For tests and benchmarks. */
  async abandon(): Promise<void> {
    this.closed = true;
    this.closeWriter();
    await this.unlock();
  }

  // --- opening -----------------------------------------------------------------------------

  private get generationPath(): string {
    return generationDir(this.options.dataDir, this.generation);
  }

  private async load(): Promise<void> {
    const projections = this.options.projections ?? [];
    const failed = new Set<Projection>();
    for (const projection of projections) projection.reset();
    const opened = await openData(this.options.dataDir, {
      version: this.version,
      migrations: this.migrationList,
      io: this.io,
      logger: this.options.logger,
      now: this.options.clock.now(),
      onEvents: projections.length
        ? (events) => {
            const change = { puts: [], dels: [], events };
            for (const projection of projections) {
              if (failed.has(projection)) continue;
              try {
                projection.apply(change);
              } catch {
                failed.add(projection);
              }
            }
          }
        : undefined,
    });
    this.adopt(opened.state);
    for (const projection of projections) {
      this.projections.push(projection);
      if (failed.has(projection)) this.rebuild(projection);
      else this.notify({ puts: this.allDocs(), dels: [], events: [] }, [projection]);
    }
    this.useGeneration(opened.generation, opened.snapshot, opened.snapshotSize);
    this.lastSnapshot = { seq: opened.snapshot.seq, at: snapshotTime(this.dataFile) };
    this.segmentNo = opened.lastSegment;
    this.openSegment();
    if (opened.state.upgraded) await this.writeSnapshot();
    this.options.logger?.info(
      {
        seq: this.state.seq,
        events: this.state.events.length,
        generation: opened.generation,
        dataDir: this.options.dataDir,
      },
      'store opened',
    );
  }

  // --- internals -------------------------------------------------------------------------

  private assertWritable(): void {
    if (this.lockLost) throw new Error(`the store stopped writing: ${this.lockLost.message}`);
    if (this.closed) throw new Error('store is closed');
  }

  private onLockLost(err: Error): void {
    this.lockLost = err;
    this.options.logger?.fatal(
      { err: err.message, dataDir: this.options.dataDir },
      'the data directory lock was taken by another process; this process no longer writes. Stop one of them.',
    );
  }

  private async unlock(): Promise<void> {
    const release = this.releaseLock;
    this.releaseLock = undefined;
    await release?.().catch(() => undefined);
  }

  /**
   * Waits until no history rewrite and no snapshot is under way (a snapshot is written in slices),
   * then runs `begin` at once, in the same step as the last check: whatever `begin` starts cannot
   * overlap another snapshot or rewrite that started in between (two snapshots at once collided
   * on the snapshot's temporary file).
   */
  private async whenQuiet<T>(begin: () => T): Promise<T> {
    for (;;) {
      if (this.gate) await this.gate;
      else if (this.snapshotting) await this.snapshotting.catch(() => undefined);
      else return begin();
    }
  }

  /** Runs `work` alone: transactions, snapshots and other rewrites wait until it is done. */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    const run = work();
    const gate = run.then(
      () => undefined,
      () => undefined,
    );
    this.gate = gate;
    void gate.then(() => {
      if (this.gate === gate) this.gate = null;
    });
    return run;
  }

  /**
   * The state after `edit`, as a new object: nothing in the current state changes. Computed in
   * slices (transactions wait at the gate meanwhile; reads between slices see the current state).
   */
  private async rewritten(edit: HistoryEdit): Promise<{ next: StoreState; changed: number }> {
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    let changed = 0;
    let sliceStarted = performance.now();
    const sliceOver = () => performance.now() - sliceStarted >= REWRITE_SLICE_MS;
    const nextSlice = async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    };
    const docs: StoreState['docs'] = new Map();
    for (const [collection, byId] of this.state.docs) {
      const out = new Map<string, Stored>();
      for (const [id, doc] of byId) {
        const next = edit.doc ? edit.doc(collection as CollectionName, structuredClone(doc)) : doc;
        if (next === null) changed++;
        else if (same(next, doc)) out.set(id, doc);
        else {
          out.set(id, deepFreeze(next));
          changed++;
        }
        if (sliceOver()) await nextSlice();
      }
      docs.set(collection, out);
    }
    const events = new EventLog();
    for (let i = 0; i < this.state.events.length; i++) {
      // a fresh copy: the edit may change it
      const e = this.state.events.get(i);
      if (!edit.event) {
        events.push(e);
        continue;
      }
      const before = JSON.stringify(e);
      const next = edit.event(e);
      if (JSON.stringify(next) !== before) changed++;
      events.push(next);
      if (sliceOver()) await nextSlice();
    }
    let eventSeq = this.state.eventSeq;
    const at = this.options.clock.now().toISOString();
    for (const input of edit.record ?? [])
      events.push(structuredClone({ ...input, seq: ++eventSeq, at: input.at ?? at }));
    return {
      next: { docs, events, seq: this.state.seq, eventSeq, segmentsWithWrites: new Set(), upgraded: false },
      changed,
    };
  }

  private adopt(state: StoreState): void {
    this.state = state;
  }

  /** Tells projections what a transaction changed; one that fails is rebuilt from everything. */
  private notify(change: CommittedChange, projections = this.projections): void {
    for (const projection of projections) {
      try {
        projection.apply(change);
      } catch (err) {
        this.options.logger?.error({ err: String(err) }, 'a projection failed on a commit; rebuilding it');
        this.rebuild(projection);
      }
    }
  }

  /** Resets a projection and gives it everything the store holds. */
  private rebuild(projection: Projection): void {
    projection.reset();
    projection.apply({ puts: this.allDocs(), dels: [], events: this.state.events });
  }

  private *allDocs(): Generator<[CollectionName, Stored]> {
    for (const [collection, byId] of this.state.docs)
      for (const doc of byId.values()) yield [collection as CollectionName, doc];
  }

  private useGeneration(generation: number, snapshot: Snapshot, snapshotSize: number): void {
    this.generation = generation;
    this.snapshotFile = new SnapshotFile(path.join(this.generationPath, SNAPSHOT_FILE), this.io);
    this.snapshotFile.size = snapshotSize;
    this.snapshotDb = new Low<Snapshot>(this.snapshotFile, snapshot);
    this.bytesSinceSnapshot = 0;
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

  private segmentPath(no: number): string {
    return path.join(this.generationPath, JOURNAL_DIR, segmentName(no));
  }

  private openSegment(): void {
    this.fd = fs.openSync(this.segmentPath(this.segmentNo), 'a', FILE_MODE);
    this.segmentSize = fs.fstatSync(this.fd).size;
  }

  private closeWriter(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }

  private rotate(): void {
    if (this.segmentSize === 0) return;
    this.closeWriter();
    this.segmentNo += 1;
    this.openSegment();
  }

  private maybeSnapshot(): void {
    if (this.snapshotting) return;
    const threshold = Math.max(this.options.minSnapshotBytes ?? 1024 * 1024, this.snapshotFile.size);
    if (this.bytesSinceSnapshot < threshold) return;
    this.rotate();
    this.snapshotting = this.writeSnapshot()
      .catch((err: unknown) =>
        this.options.logger?.error({ err: String(err) }, 'snapshot failed; the journal still has every change'),
      )
      .finally(() => {
        this.snapshotting = null;
      });
  }

  private async writeSnapshot(): Promise<void> {
    this.snapshotDb.data = snapshotOf(this.state, this.version);
    this.bytesSinceSnapshot = 0;
    const coveredSegment = this.segmentNo;
    const seq = this.snapshotDb.data.seq;
    await this.snapshotDb.write();
    this.lastSnapshot = { seq, at: new Date().toISOString() };
    await this.compact(coveredSegment);
  }

  /** Journal segments before `upTo` are covered by the snapshot: keep only their audit events. */
  private async compact(upTo: number): Promise<void> {
    const generation = this.generation;
    for (const no of [...this.state.segmentsWithWrites].filter((n) => n < upTo).sort((a, b) => a - b)) {
      const file = this.segmentPath(no);
      if (!fs.existsSync(file)) {
        this.state.segmentsWithWrites.delete(no);
        continue;
      }
      const kept: string[] = [];
      // read in small chunks: other work runs between them, so a large segment holds up no turn
      await forEachLine(
        file,
        (line, n) => {
          if (!line.includes('"events"')) return;
          const decoded = decodeLine(line);
          if (!decoded.ok) throw new Error(`${file} line ${n + 1} ${decoded.problem}; not compacting it`);
          const c = decoded.commit;
          if (c.events?.length) kept.push(encodeLine({ seq: c.seq, v: c.v, at: c.at, events: c.events }));
        },
        COMPACT_CHUNK_BYTES,
      );
      if (generation !== this.generation) return;
      await replaceFile(file, kept, this.io);
      this.state.segmentsWithWrites.delete(no);
    }
  }
}

/** Free bytes for this user on the file system that holds `dir`; null when the system cannot tell. */
function freeSpace(dir: string): number | null {
  try {
    const s = fs.statfsSync(dir);
    return s.bavail * s.bsize;
  } catch {
    return null;
  }
}

function snapshotTime(file: string): string {
  try {
    return fs.statSync(file).mtime.toISOString();
  } catch {
    return new Date(0).toISOString();
  }
}
