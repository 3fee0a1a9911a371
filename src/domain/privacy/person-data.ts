import { createHmac } from 'node:crypto';
import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { casePeople } from './person-fields.js';

/**
 * The stand-in for an erased person in the records that must stay (the case history): keyed with
 * a secret kept beside the data (HMAC-SHA256), so it cannot be recomputed from a list of ids
 * without that key, and the same person gets the same stand-in everywhere.
 */
export function pseudonym(personKey: string, secret: Buffer): string {
  return `erased-${createHmac('sha256', secret).update(personKey.toLowerCase()).digest('hex').slice(0, 12)}`;
}

/** Whether a name or id in the records is an erased person's pseudonym. */
export const isPseudonym = (s: string) => /^erased-[0-9a-f]+$/.test(s);

export function involves(c: CaseRecord, personId: string): boolean {
  return casePeople(c).includes(personId);
}

/** What an export of a person's data lists about events: what happened, when, in which case. */
export function eventsBy(events: readonly AuditEvent[], personId: string) {
  return events.filter((e) => e.actor === personId).map((e) => ({ at: e.at, type: e.type, caseId: e.caseId ?? null }));
}
