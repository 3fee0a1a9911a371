import type { RegisterFileRecord } from '../collections.js';
import type { NewAuditEvent, Store } from '../store.js';

/** The algorithm register as last loaded from the municipality's open-data file. */
export class RegisterFile {
  constructor(private readonly store: Store) {}

  current(): RegisterFileRecord | undefined {
    return this.store.get('register', 'current');
  }

  /** Replaces the loaded register, with its audit event, in one write. */
  async replace(record: Omit<RegisterFileRecord, 'id' | 'rev'>, event: NewAuditEvent): Promise<void> {
    await this.store.transact((tx) => {
      tx.put('register', { ...record, id: 'current' });
      tx.record(event);
    });
  }
}
