/**
 * People outside Teams (external panel members, experts by e-mail) take part through a personal
 * page: a link per person per case that expires and can be revoked. What they answer there is
 * kept with the case as if they had answered in Teams.
 */

/** A personal link to the page for people outside Teams. */
export interface OutsideLink {
  /** Random, unguessable; part of the link's path (the link is also signed). */
  id: string;
  /** Who it is for: `panel:<id>`, or `email:` and a hash of their address. */
  key: string;
  name: string;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
}

/** Written input from someone who cannot attend. */
export interface OutsideInput {
  key: string;
  name: string;
  text: string;
  at: string;
}

/** A declaration of (no) conflict of interest for this case. */
export interface ConflictDeclaration {
  key: string;
  name: string;
  conflict: boolean;
  detail?: string;
  at: string;
}

export interface OutsideRecord {
  links: OutsideLink[];
  input: OutsideInput[];
  conflicts: ConflictDeclaration[];
}

export const EMPTY_OUTSIDE: OutsideRecord = { links: [], input: [], conflicts: [] };

export const INPUT_MAX = 4000;

export type LinkState = 'active' | 'expired' | 'revoked';

export function linkState(link: OutsideLink, now: Date): LinkState {
  if (link.revokedAt) return 'revoked';
  return Date.parse(link.expiresAt) > now.getTime() ? 'active' : 'expired';
}

/** The person's link that still works, if any. */
export function activeLink(record: OutsideRecord | undefined, key: string, now: Date): OutsideLink | undefined {
  return record?.links.find((l) => l.key === key && linkState(l, now) === 'active');
}

/** Replaces the person's earlier declaration (the last one counts). */
export function declare(record: OutsideRecord, d: ConflictDeclaration): OutsideRecord {
  return { ...record, conflicts: [...record.conflicts.filter((c) => c.key !== d.key), d] };
}

/** The panel members (by id) whose last declaration for the case is a conflict of interest. */
export function conflictedPanelIds(record: OutsideRecord | undefined): Set<string> {
  return new Set(
    (record?.conflicts ?? []).flatMap((d) => (d.conflict && d.key.startsWith('panel:') ? [d.key.slice(6)] : [])),
  );
}

/** Revokes every working link of a person; the record unchanged when there is none. */
export function revoke(record: OutsideRecord, key: string, now: Date, by: string): OutsideRecord {
  const at = now.toISOString();
  return {
    ...record,
    links: record.links.map((l) =>
      l.key === key && linkState(l, now) === 'active' ? { ...l, revokedAt: at, revokedBy: by } : l,
    ),
  };
}

/**
 * Erasure: what the people with these keys wrote or were given goes (their links, input and
 * declarations); in what others wrote, `redact` removes their names.
 */
export function eraseOutside(
  record: OutsideRecord,
  keys: ReadonlySet<string>,
  redact: (text: string) => string,
): OutsideRecord {
  const keep = <T extends { key: string }>(list: T[]) => list.filter((x) => !keys.has(x.key));
  return {
    links: keep(record.links),
    input: keep(record.input).map((i) => ({ ...i, text: redact(i.text) })),
    conflicts: keep(record.conflicts).map((d) => (d.detail ? { ...d, detail: redact(d.detail) } : d)),
  };
}
