import type { AuditEvent, Stored } from './store.js';

/**
 * The data-file format version this code writes. Bump it and add a Migration when the shape
 * of stored documents or events changes; older files are upgraded when the store opens.
 */
export const SCHEMA_VERSION = 1;

export interface Migration {
  /** The version this step produces; it runs on data of version `to - 1`. */
  to: number;
  doc?: (collection: string, doc: Stored) => Stored | null;
  event?: (event: AuditEvent) => AuditEvent;
}

export const migrations: Migration[] = [];

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
