import type { PrivacyRecords } from '../../domain/privacy/subject.js';
import type { HistoryEdit, Store } from '../store.js';

/** Everything privacy decisions (export, erasure, retention) are made from, and the history rewrite they need. */
export class PrivacyData {
  constructor(private readonly store: Store) {}

  records(): PrivacyRecords {
    const s = this.store;
    return {
      cases: s.all('cases'),
      proposals: s.all('proposals'),
      panel: s.all('panel'),
      people: s.all('people'),
      conversations: s.all('conversations'),
      signals: s.all('signals'),
      staff: s.all('staff'),
      settings: s.all('settings'),
      jobs: s.all('jobs'),
      events: s.eachEvent(),
      eventsSince: (since) => s.eachEvent({ since }),
    };
  }

  /** See Store.rewriteHistory: the edit is built once the rewrite has the store to itself. */
  rewrite(edit: () => HistoryEdit): Promise<number> {
    return this.store.rewriteHistory(edit);
  }

  /** The key that makes pseudonyms: the same person gets the same pseudonym everywhere. */
  pseudonymKey(): Buffer {
    return this.store.secret('pseudonyms');
  }
}
