import type { CaseRecord } from '../domain/case/case.js';
import { migrateDpiaTickBox } from '../domain/dpia/dpia.js';
import type { AuditEvent, Stored } from './store.js';

/**
 * The data-file format version this code writes. Bump it and add a Migration when the shape
 * of stored documents or events changes; older files are upgraded when the store opens.
 */
export const SCHEMA_VERSION = 2;

export interface Migration {
  /** The version this step produces; it runs on data of version `to - 1`. */
  to: number;
  doc?: (collection: string, doc: Stored) => Stored | null;
  event?: (event: AuditEvent) => AuditEvent;
}

export const migrations: Migration[] = [
  {
    // 2: the DPIA becomes a record; the status ticked at intake becomes one without a date
    to: 2,
    doc: (collection, doc) =>
      collection === 'cases' ? (migrateDpiaTickBox(doc as CaseRecord & Stored) as CaseRecord & Stored) : doc,
  },
];

export function migrateDoc(list: Migration[], fromVersion: number, collection: string, doc: Stored): Stored | null {
  let current: Stored | null = doc;
  for (const m of list) {
    if (m.to > fromVersion && current && m.doc) current = m.doc(collection, current);
  }
  return current;
}

export function migrateEvent(list: Migration[], fromVersion: number, event: AuditEvent): AuditEvent {
  let current = event;
  for (const m of list) {
    if (m.to > fromVersion && m.event) current = m.event(current);
  }
  return current;
}

export function targetVersion(list: Migration[]): number {
  return list.reduce((max, m) => Math.max(max, m.to), SCHEMA_VERSION);
}
