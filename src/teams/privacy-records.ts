import type { PrivacyRecords } from '../domain/privacy/subject.js';
import type { Store } from '../store/store.js';

/** Everything privacy decisions (erasure, retention) are made from, read from the store. */
export function privacyRecords(store: Store): PrivacyRecords {
  return {
    cases: store.all('cases'),
    proposals: store.all('proposals'),
    panel: store.all('panel'),
    people: store.all('people'),
    conversations: store.all('conversations'),
    signals: store.all('signals'),
    staff: store.all('staff'),
    settings: store.all('settings'),
    jobs: store.all('jobs'),
    events: store.events(),
  };
}
