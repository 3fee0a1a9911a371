import type { AuditEvent, EventQuery, NewAuditEvent, Store } from '../store.js';

/** The append-only audit log: who did what, when, to which case, from which state. */
export class AuditLog {
  constructor(private readonly store: Store) {}

  events(query?: EventQuery): AuditEvent[] {
    return this.store.events(query);
  }

  async record(event: NewAuditEvent): Promise<void> {
    await this.store.transact((tx) => tx.record(event));
  }
}
