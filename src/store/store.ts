import type { Collections } from './collections.js';

export type { Collections };
export type CollectionName = keyof Collections;
export type Doc<C extends CollectionName> = Collections[C];

/** Every stored document has an id; `rev` is set by the store and grows by one on every write. */
export interface Stored {
  id: string;
  rev?: number;
}

/**
 * One entry of the append-only audit log: who did what, when, to which case, from which state.
 * The log is the source of truth for history and every report. Free text never goes in here,
 * only ids, states and codes.
 */
export interface AuditEvent {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  /** AAD object id of the person, or 'system' for the bot itself. */
  actor: string;
  type: string;
  caseId?: string;
  from?: string;
  to?: string;
  data?: Record<string, string | number | boolean | null | string[]>;
}

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

export interface Store {
  get<C extends CollectionName>(collection: C, id: string): Doc<C> | undefined;
  all<C extends CollectionName>(collection: C): Doc<C>[];
  find<C extends CollectionName>(collection: C, predicate: (doc: Doc<C>) => boolean): Doc<C>[];
  events(query?: EventQuery): AuditEvent[];
  /** Runs `work` atomically and durably: when the promise resolves, the change is on disk. */
  transact<T>(work: (tx: Tx) => T): Promise<T>;
  close(): Promise<void>;
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
