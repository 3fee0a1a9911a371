import type { AuditEvent } from '../domain/case/events.js';
import type { Collections, Stored } from './collections.js';

export type { Collections, Stored };
export type CollectionName = keyof Collections;
export type Doc<C extends CollectionName> = Collections[C];

export type { AuditEvent };

export type NewAuditEvent = Omit<AuditEvent, 'seq' | 'at'> & { at?: string };

export interface EventQuery {
  caseId?: string;
  type?: string | string[];
  /** Inclusive lower bound, ISO UTC. */
  since?: string;
  /** Exclusive upper bound, ISO UTC. */
  until?: string;
}

export interface PutOptions {
  /** Refuse the write (ConflictError) unless the stored revision is this one; 0 = must not exist yet. */
  expectRev?: number;
}

/** The work of one transaction: reads see the transaction's own writes; all or nothing is saved. */
export interface Tx {
  get<C extends CollectionName>(collection: C, id: string): Doc<C> | undefined;
  put<C extends CollectionName>(collection: C, doc: Doc<C>, options?: PutOptions): Doc<C>;
  delete(collection: CollectionName, id: string): void;
  record(event: NewAuditEvent): AuditEvent;
}

/** What one committed transaction changed (or, when a projection is rebuilt, everything the store holds). */
export interface CommittedChange {
  /** Documents written, with the revision the store gave them. */
  puts: Iterable<readonly [CollectionName, Stored]>;
  dels: Iterable<readonly [CollectionName, string]>;
  /** Audit events recorded, in log order. */
  events: Iterable<AuditEvent>;
}

/**
 * A read model the store keeps current (report figures, case indexes): when it is attached, and
 * again after a history rewrite, it is reset and given everything the store holds; after that,
 * every transaction as it commits, in commit order, once its line is written and before the
 * transaction's promise resolves. Its methods must not throw and must not write to the store.
 */
export interface Projection {
  reset(): void;
  apply(change: CommittedChange): void;
}

export interface Store {
  get<C extends CollectionName>(collection: C, id: string): Doc<C> | undefined;
  all<C extends CollectionName>(collection: C): Doc<C>[];
  find<C extends CollectionName>(collection: C, predicate: (doc: Doc<C>) => boolean): Doc<C>[];
  events(query?: EventQuery): AuditEvent[];
  /**
   * Every audit event in log order (or those `query` asks for, as `events` gives them), read one
   * at a time as the caller goes: for a pass over the log that keeps nothing (privacy, retention),
   * without holding ten years of events in memory at once.
   */
  eachEvent(query?: EventQuery): Iterable<AuditEvent>;
  /** Runs `work` atomically and durably: when the promise resolves, the change is on disk. */
  transact<T>(work: (tx: Tx) => T): Promise<T>;
  /**
   * Rewrites history for privacy (erasure on request, anonymising old cases): every audit event
   * and document passes through the edits, in memory and on disk, where nothing of the old values
   * remains. All or nothing, also across a crash; transactions wait until it is done and are
   * never lost. Returns how many documents and events changed. Given a function, it is called
   * once the rewrite has the store to itself, so the edit can be built from every acknowledged write.
   */
  rewriteHistory(edit: HistoryEdit | (() => HistoryEdit)): Promise<number>;
  /**
   * A secret the bot generated for itself (signing links, keying pseudonyms), kept beside the data
   * in a file only the bot's user can read; created from `seed` or at random on first use.
   */
  secret(name: string, seed?: Buffer): Buffer;
  /** Attaches a read model and brings it up to date now; from then on the store keeps it current. */
  project(projection: Projection): void;
  /** Whether the store can take writes now, and where it stands (for the platform's health check). */
  health(): StoreHealth;
  close(): Promise<void>;
}

export interface StoreHealth {
  /** False when a write would fail: closed, lock lost, the last write failed, or the disk is (nearly) full. */
  writable: boolean;
  /** Why it cannot write, when it cannot. */
  problem?: 'closed' | 'lock-lost' | 'write-failed' | 'disk-full';
  /** The generation CURRENT names (history rewrites start a new one). */
  generation: number;
  /** The last committed transaction. */
  seq: number;
  events: number;
  /** This process holds the data directory's single-writer lock. */
  lockHeld: boolean;
  /** The newest snapshot: the transaction it covers and when it was written (ISO UTC). */
  lastSnapshot: { seq: number; at: string } | null;
  /** The last write that failed, while no later one succeeded. */
  lastWriteError: { at: string; code: string } | null;
  /** Free space on the data directory's file system, when the system tells. */
  freeBytes: number | null;
}

export interface HistoryEdit {
  /** Returns the event to keep (changed or not). */
  event?: (event: AuditEvent) => AuditEvent;
  /** Returns the document to keep, or null to delete it. */
  doc?: (collection: CollectionName, doc: Stored) => Stored | null;
  /** Audit events recorded together with the rewrite (e.g. that a person was erased). */
  record?: NewAuditEvent[];
}

export class ConflictError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
    readonly expectedRev: number,
    readonly actualRev: number,
  ) {
    super(`conflict on ${collection}/${id}: expected rev ${expectedRev}, found ${actualRev}`);
    this.name = 'ConflictError';
  }
}
