import type { Store, Tx } from '../../src/store/store.js';

export interface Write {
  collection: string;
  id: string;
  op: 'put' | 'delete' | 'event' | 'rewrite';
  /** For events: the event type; for puts: the collection. */
  detail?: string;
}

/**
 * Watches every committed transaction of the running bot's store (wrapping the instance's
 * transact and rewriteHistory, nothing in src/ changes), so that a write can be pinned on the
 * input that was being handled when it happened.
 */
export class WriteMonitor {
  private writes: Write[] = [];

  constructor(store: Store) {
    const target = store as { transact: Store['transact']; rewriteHistory: Store['rewriteHistory'] };
    const transact = store.transact.bind(store);
    const rewrite = store.rewriteHistory.bind(store);
    target.transact = async <T>(work: (tx: Tx) => T): Promise<T> => {
      const pending: Write[] = [];
      const result = await transact((tx) => {
        pending.length = 0;
        const watched: Tx = {
          get: (collection, id) => tx.get(collection, id),
          put: (collection, doc, options) => {
            pending.push({ collection, id: String(doc.id), op: 'put' });
            return tx.put(collection, doc, options);
          },
          delete: (collection, id) => {
            pending.push({ collection, id: String(id), op: 'delete' });
            tx.delete(collection, id);
          },
          record: (event) => {
            pending.push({ collection: 'events', id: String(event.caseId ?? ''), op: 'event', detail: event.type });
            return tx.record(event);
          },
        };
        return work(watched);
      });
      this.writes.push(...pending);
      return result;
    };
    target.rewriteHistory = async (edit) => {
      this.writes.push({ collection: '*', id: '*', op: 'rewrite' });
      return rewrite(edit);
    };
  }

  /** The writes since the last call. */
  take(): Write[] {
    const out = this.writes;
    this.writes = [];
    return out;
  }
}
