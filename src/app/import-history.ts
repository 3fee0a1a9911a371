import { importedCase, type HistoryRow } from '../domain/history/import.js';
import type { Clock } from '../domain/clock.js';
import type { Store } from '../store/store.js';

export interface ImportResult {
  imported: string[];
  /** Rows whose case was imported before (the same file twice changes nothing). */
  unchanged: string[];
}

/**
 * Saves past assessments as closed cases, all in one transaction (all or nothing). A row whose
 * case exists already is left as it is; each new case gets a `case.imported` event naming the
 * file and line it came from.
 */
export async function importHistory(
  store: Store,
  clock: Clock,
  rows: readonly HistoryRow[],
  source: string,
): Promise<ImportResult> {
  return store.transact((tx) => {
    const result: ImportResult = { imported: [], unchanged: [] };
    for (const row of rows) {
      const { c, event } = importedCase(row, source, clock.now());
      if (tx.get('cases', c.id)) {
        result.unchanged.push(c.id);
        continue;
      }
      tx.put('cases', c, { expectRev: 0 });
      tx.record({ ...event, caseId: c.id });
      result.imported.push(c.id);
    }
    return result;
  });
}
