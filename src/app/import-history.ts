import { importedCase, type HistoryRow } from '../domain/history/import.js';
import type { Clock } from '../domain/clock.js';
import type { Cases } from '../store/repositories/cases.js';

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
  cases: Cases,
  clock: Clock,
  rows: readonly HistoryRow[],
  source: string,
): Promise<ImportResult> {
  const items = rows.map((row) => importedCase(row, source, clock.now()));
  const imported = await cases.addMissing(items);
  return { imported, unchanged: items.map((i) => i.c.id).filter((id) => !imported.includes(id)) };
}
