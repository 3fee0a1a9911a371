import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../src/domain/case/events.js';
import { casePeople, eventPeople, proposalPeople } from '../../../src/domain/privacy/person-fields.js';
import {
  retentionSweep,
  retentionSweepSteps,
  staleContacts,
  type StaleContacts,
} from '../../../src/domain/privacy/retention.js';
import { conversationUser, type PrivacyRecords } from '../../../src/domain/privacy/subject.js';
import type { ProposalRecord } from '../../../src/domain/schedule/proposal.js';
import { caseEvents, caseRecord, leadOf } from '../../../bench/support/store-fixtures.js';

const DAY_MS = 86_400_000;
const now = new Date('2026-12-07T09:00:00Z');
const CASES = 400;

/** staleContacts as it was before issue 17's work: every case and every event of the period read for everyone. */
function oldStaleContacts(
  r: PrivacyRecords,
  at: Date,
  retentionDays: number,
  anonymising: ReadonlySet<string>,
  needed: Iterable<string>,
): StaleContacts {
  const cutoff = new Date(at.getTime() - retentionDays * DAY_MS).toISOString();
  const active = new Set(needed);
  const byId = new Map(r.cases.map((c) => [c.id, c]));
  const holdsPeople = (caseId: string) => {
    const c = byId.get(caseId);
    return Boolean(c && !c.anonymisedAt && !anonymising.has(c.id));
  };
  for (const c of r.cases) if (holdsPeople(c.id)) casePeople(c).forEach((p) => active.add(p));
  for (const p of r.proposals)
    if (!p.superseded && holdsPeople(p.caseId)) proposalPeople(p).forEach((x) => active.add(x));
  for (const s of r.signals) if (s.status === 'open') active.add(s.authorId);
  for (const s of r.staff) active.add(s.aadObjectId);
  for (const e of r.eventsSince?.(cutoff) ?? r.events) if (e.at >= cutoff) eventPeople(e).forEach((p) => active.add(p));
  const stale = (id: string | undefined, updatedAt: string) =>
    id !== undefined && !active.has(id) && updatedAt < cutoff;
  const people = r.people.filter((p) => stale(p.id, p.updatedAt));
  const isMinimal = (p: object) => Object.keys(p).every((k) => ['id', 'quiet', 'updatedAt', 'rev'].includes(k));
  return {
    people: people.filter((p) => !p.quiet).map((p) => p.id),
    quietOnly: people.filter((p) => p.quiet && !isMinimal(p)).map((p) => p.id),
    conversations: r.conversations
      .filter((c) => c.kind === 'personal' && stale(c.userId, c.updatedAt))
      .map((c) => c.id),
    conversationUsers: r.conversations
      .filter(
        (c) =>
          c.kind !== 'personal' && conversationUser(c) && stale(conversationUser(c)?.aadObjectId ?? '', c.updatedAt),
      )
      .map((c) => c.id),
  };
}

const iso = (n: number) => new Date(Date.parse('2016-01-01T00:00:00Z') + ((n * 7919) % 3900) * DAY_MS).toISOString();
/** A person of the data: leads of the cases, and people no case names. */
const person = (n: number) => (n % 3 === 0 ? `aad-gone-${n}` : leadOf(n));

/** Ten years of records in small: cases (some anonymised), proposals, signals, people, conversations, events. */
function records(): PrivacyRecords & { reads: () => number } {
  const cases = Array.from({ length: CASES }, (_, n) => {
    const c = caseRecord(n, CASES);
    return n % 11 === 0 ? { ...c, anonymisedAt: '2025-01-01T00:00:00.000Z' } : c;
  });
  const events: AuditEvent[] = [];
  for (let n = 0; n < CASES; n++) events.push(...caseEvents(n, CASES).map((e) => ({ ...e, seq: 0, at: e.at! })));
  events.sort((a, b) => a.at.localeCompare(b.at));
  events.forEach((e, i) => (e.seq = i + 1));
  const proposals = Array.from(
    { length: 60 },
    (_, n) =>
      ({
        id: `p-${n}`,
        caseId: cases[n * 5]!.id,
        createdBy: person(n + 1000),
        invitees: [{ aadObjectId: person(n + 2000) }],
        answers: { [person(n + 3000)]: {} },
        superseded: n % 4 === 0,
      }) as unknown as ProposalRecord,
  );
  let reads = 0;
  const pool = Array.from({ length: 3500 }, (_, n) => person(n));
  return {
    cases,
    proposals,
    panel: [],
    people: pool.map((id, n) => ({ id, updatedAt: iso(n), ...(n % 9 === 0 ? { quiet: true, locale: 'nl' } : {}) })),
    conversations: pool.flatMap((id, n) => [
      { id: `conv-${n}`, kind: 'personal', userId: id, updatedAt: iso(n + 5), reference: {} },
      ...(n % 10 === 0
        ? [{ id: `chan-${n}`, kind: 'channel', updatedAt: iso(n + 9), reference: { user: { aadObjectId: id } } }]
        : []),
    ]),
    signals: Array.from({ length: 200 }, (_, n) => ({
      id: `s-${n}`,
      authorId: person(n * 13),
      status: n % 2 ? 'open' : 'done',
    })),
    staff: [{ id: 'st', aadObjectId: person(27) }],
    settings: [],
    jobs: [],
    events,
    eventsSince(since: string) {
      reads++;
      return events.filter((e) => e.at >= since);
    },
    reads: () => reads,
  };
}

describe('retention in steps (issue 17: reads only for those who could be stale)', () => {
  const r = records();
  it.each([30, 365, 730, 1500, 3000, 36500])(
    'finds the same stale contacts and the same work as reading everything, RETENTION_DAYS %i',
    (days) => {
      const due = new Set(r.cases.filter((c) => c.state === 'closed' && !c.anonymisedAt).map((c) => c.id));
      for (const needed of [[], [person(1), person(4), person(3)]]) {
        const expected = oldStaleContacts(r, now, days, due, needed);
        expect(staleContacts(r, now, days, due, needed)).toEqual(expected);
      }
      const sweep = retentionSweep(r, now, days, []);
      const expected = oldStaleContacts(r, now, days, new Set(sweep.due), []);
      expect(sweep.removedContacts).toBe(new Set(expected.people).size + expected.conversations.length);
      if (days === 730) expect(expected.people.length).toBeGreaterThan(100);
      if (days === 730) expect(expected.conversationUsers.length).toBeGreaterThan(10);
    },
  );

  it('does not read the audit log when no record is older than the retention period', () => {
    const before = r.reads();
    expect(retentionSweep(r, now, 36500, []).removedContacts).toBe(0);
    expect(r.reads()).toBe(before);
  });

  it('goes in steps between which the caller can let turns run, and ends where running it at once does', () => {
    const steps = retentionSweepSteps(r, now, 730, []);
    let n = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) n++;
    expect(n).toBeGreaterThan(3);
    expect(step.value.due).toEqual(retentionSweep(r, now, 730, []).due);
    expect(step.value.work).toBe(retentionSweep(r, now, 730, []).work);
  });
});
