import { createHash } from 'node:crypto';
import type { CollectionName, Store } from '../../src/store/store.js';

/**
 * The state that refused input must never change, hashed per part so that a difference names
 * the collection it is in.
 *
 * Included: the cases (documents with their revisions), signals, assessment proposals, the
 * panel, settings (quiet channels, delivery per team, the link-signing secret), staff
 * availability, the case-number counters, and the audit log (event count and a hash of every
 * event).
 *
 * Excluded, because a harmless input may legitimately write them and none of them is a case,
 * a decision or history:
 *  - conversations: Bot Framework conversation references; installationUpdate and
 *    conversationUpdate (any member list) store or refresh the reference, claim the welcome,
 *    or mark the conversation uninstalled;
 *  - people: ids needed to open a 1:1 chat and language/quiet preferences of a person (only
 *    written when the bot acts for a person; the fuzz does not produce those, but a person
 *    record is not case state);
 *  - inbox: a hash per typed command the bot handled, so that an activity Teams delivers twice
 *    is handled once (every message that matches a command word writes one, refused or not);
 *  - jobs: the scheduler's own records (claims, retries, the daily retention sweep that
 *    re-enqueues itself), none of which changes a case by itself;
 *  - messages: where the bot's triage cards were posted (written by the triage.post job when it
 *    posts or re-posts a card).
 */
export const FINGERPRINTED: CollectionName[] = [
  'cases',
  'signals',
  'proposals',
  'panel',
  'settings',
  'staff',
  'counters',
];
export const EXCLUDED: CollectionName[] = ['conversations', 'people', 'inbox', 'jobs', 'messages'];

export interface Fingerprint {
  /** One hash over everything below. */
  hash: string;
  parts: Record<string, { count: number; hash: string }>;
}

/**
 * JSON with object keys sorted, so the hash does not depend on insertion order. Values go
 * through JSON first (undefined properties dropped, as on disk), so that the state in memory
 * and the state read back from the data files hash the same.
 */
export function stableStringify(value: unknown): string {
  return sortedJson(JSON.parse(JSON.stringify(value ?? null)) as unknown);
}

function sortedJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export function fingerprint(store: Store): Fingerprint {
  const parts: Fingerprint['parts'] = {};
  for (const name of FINGERPRINTED) {
    const docs = [...store.all(name)].sort((a, b) =>
      String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0,
    );
    parts[name] = { count: docs.length, hash: sha(stableStringify(docs)) };
  }
  const events = store.events();
  parts.events = { count: events.length, hash: sha(stableStringify(events)) };
  const hash = sha(
    Object.entries(parts)
      .map(([k, v]) => `${k}:${v.count}:${v.hash}`)
      .join('|'),
  );
  return { hash, parts };
}

/** The parts that differ, as readable lines. */
export function diffFingerprints(before: Fingerprint, after: Fingerprint): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(before.parts), ...Object.keys(after.parts)])) {
    const a = before.parts[key];
    const b = after.parts[key];
    if (!a || !b || a.hash !== b.hash)
      out.push(
        `${key}: ${a?.count ?? 0} → ${b?.count ?? 0} items, hash ${a?.hash.slice(0, 12)} → ${b?.hash.slice(0, 12)}`,
      );
  }
  return out;
}

/** A per-document map of the fingerprinted state, to name exactly what changed. */
export function snapshotDocs(store: Store): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of FINGERPRINTED)
    for (const doc of store.all(name)) out.set(`${name}/${doc.id}`, stableStringify(doc));
  return out;
}

export function changedDocs(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}
