import type { MessageRefRecord } from '../collections.js';
import type { Store } from '../store.js';

/** Where the bot posted a card it keeps up to date, e.g. a case's triage card. */
export class Messages {
  constructor(private readonly store: Store) {}

  /** Where the triage card of a case was posted, if it was. */
  triageCard(caseId: string): MessageRefRecord | undefined {
    return this.store.get('messages', `triage:${caseId}`);
  }

  async saveTriageCard(caseId: string, ref: Omit<MessageRefRecord, 'id'>): Promise<void> {
    await this.store.transact((tx) => tx.put('messages', { id: `triage:${caseId}`, ...ref }));
  }
}
