import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { FINAL_STATES } from '../case/lifecycle.js';
import {
  casePeople,
  eventPeople,
  mapCasePeople,
  mapCaseTexts,
  mapEventPeople,
  proposalPeople,
  type TextField,
} from './person-fields.js';
import { finish, type Steps } from '../report/steps.js';
import { conversationUser, type PrivacyRecords } from './subject.js';

/**
 * Retention: RETENTION_DAYS after a finished case's last change, the case keeps its facts (states,
 * dates, impact, technologies, values at stake, DPIA status, advice statuses and due dates, the
 * links to the final report and the register entry) and loses everything that can name a person:
 * every person id, names and e-mail addresses, and every free text except the project name,
 * organisational unit and supplier (which name the project). Free text that goes: purpose, means,
 * every note, why each value is at stake, subject experts, questions and answers, the decline and
 * closing reasons, urgency reasons, the location, advice texts and every reason given on them.
 * The figures (all computed from the audit log) do not change.
 */
export const ANONYMISED = 'anonymised';
const KEPT: ReadonlySet<TextField> = new Set(['intake.projectName', 'intake.orgUnit', 'intake.supplierName']);
const DAY_MS = 86_400_000;

const anonymous = (id: string) => (id === 'system' ? id : ANONYMISED);

export function anonymiseCase(c: CaseRecord, now: Date): CaseRecord {
  // the links, written input and declarations of people outside Teams go whole: all of it names them
  const { outside: _outside, letters, ...rest } = c;
  const out = mapCaseTexts(mapCasePeople(rest, anonymous), (text, field) => (KEPT.has(field) ? text : undefined));
  return {
    ...out,
    ...(out.schedule
      ? {
          schedule: {
            ...out.schedule,
            participants: out.schedule.participants.map((p) => ({
              role: p.role,
              name: p.role,
              ...(p.panelId ? { panelId: p.panelId } : {}),
            })),
          },
        }
      : {}),
    advice: out.advice.map(({ ownerId: _o, ...a }) => a),
    // an issued letter's content names people and holds free text: only that it was issued, and where, stays
    ...(letters
      ? {
          letters: letters.map((l) => ({
            ...l,
            issuedBy: ANONYMISED,
            content: {
              ...l.content,
              participants: [],
              items: [],
              reportUrl: l.content.reportUrl,
              ...(l.content.decision ? { decision: { overall: l.content.decision.overall, reason: '' } } : {}),
            },
          })),
        }
      : {}),
    anonymisedAt: now.toISOString(),
  };
}

/** The people fields of an event of an anonymised case. */
export function anonymiseEvent(e: AuditEvent): AuditEvent {
  return eventPeople(e).some((p) => p !== 'system' && p !== ANONYMISED) ? mapEventPeople(e, anonymous) : e;
}

/** A finished case whose last change is older than the retention period, not yet anonymised. */
export function dueForAnonymising(c: CaseRecord, now: Date, retentionDays: number): boolean {
  return (
    FINAL_STATES.has(c.state) && !c.anonymisedAt && Date.parse(c.updatedAt) + retentionDays * DAY_MS <= now.getTime()
  );
}

export interface StaleContacts {
  /** People records to delete. */
  people: string[];
  /** People who asked not to be invited: only that wish is kept (`{ id, quiet, updatedAt }`). */
  quietOnly: string[];
  /** Personal conversation references to delete. */
  conversations: string[];
  /** Team and chat conversation references whose `user` (who added the bot) is such a person: that part goes. */
  conversationUsers: string[];
}

/**
 * People records and conversation references of people the bot no longer needs: in no case that
 * still holds people (open, or finished but not yet anonymised, nor `anonymising` now), no open
 * proposal or signal, no availability on file, not `needed` otherwise (Team Uthiek), no action in
 * the audit log and no change to the record for RETENTION_DAYS.
 */
export const staleContacts = (...args: Parameters<typeof staleContactsSteps>): StaleContacts =>
  finish(staleContactsSteps(...args));

/** Steps between which the caller may let other work run: one per few hundred records or events read. */
const every = (n: number) => n % 256 === 0;

/**
 * staleContacts in steps. Only a person with a record older than RETENTION_DAYS can be stale, so
 * the rest (every case, the audit log of the period) is read for those people alone, and only
 * until each of them turns out to be active: most days that is nothing or a few recent events.
 */
export function* staleContactsSteps(
  r: PrivacyRecords,
  now: Date,
  retentionDays: number,
  anonymising: ReadonlySet<string>,
  needed: Iterable<string>,
): Steps<StaleContacts> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const old = (updatedAt: string) => updatedAt < cutoff;
  const candidates = new Set<string>();
  for (const p of r.people) if (old(p.updatedAt)) candidates.add(p.id);
  for (const c of r.conversations) {
    if (!old(c.updatedAt)) continue;
    if (c.kind === 'personal') {
      if (c.userId !== undefined) candidates.add(c.userId);
    } else if (conversationUser(c)) candidates.add(conversationUser(c)?.aadObjectId ?? '');
  }
  for (const id of needed) candidates.delete(id);
  /** Marks people active; true once nobody is left who could be stale. */
  const active = (ids: Iterable<string>) => {
    for (const id of ids) candidates.delete(id);
    return candidates.size === 0;
  };
  const holdsPeople = (c: CaseRecord | undefined) => Boolean(c && !c.anonymisedAt && !anonymising.has(c.id));
  let n = 0;
  scan: if (candidates.size > 0) {
    for (const c of r.cases) {
      if (holdsPeople(c) && active(casePeople(c))) break scan;
      if (every(++n)) yield;
    }
    const byId = new Map(r.cases.map((c) => [c.id, c]));
    for (const p of r.proposals) {
      if (!p.superseded && holdsPeople(byId.get(p.caseId)) && active(proposalPeople(p))) break scan;
      if (every(++n)) yield;
    }
    for (const s of r.signals) if (s.status === 'open' && active([s.authorId])) break scan;
    if (active(r.staff.map((s) => s.aadObjectId))) break scan;
    for (const e of r.eventsSince?.(cutoff) ?? r.events) {
      if (e.at >= cutoff && active(eventPeople(e))) break scan;
      if (every(++n)) yield;
    }
  }
  const stale = (id: string | undefined, updatedAt: string) => id !== undefined && candidates.has(id) && old(updatedAt);
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

/** One retention sweep: what to anonymise and remove, as edits for a history rewrite. */
export const retentionSweep = (...args: Parameters<typeof retentionSweepSteps>): RetentionSweep =>
  finish(retentionSweepSteps(...args));

export type RetentionSweep = ReturnType<typeof sweepOf>;

/** retentionSweep in steps, for a caller that lets turns run between them (the daily check). */
export function* retentionSweepSteps(
  r: PrivacyRecords,
  now: Date,
  retentionDays: number,
  needed: Iterable<string>,
): Steps<RetentionSweep> {
  const due = new Set(r.cases.filter((c) => dueForAnonymising(c, now, retentionDays)).map((c) => c.id));
  const stale = yield* staleContactsSteps(r, now, retentionDays, due, needed);
  return sweepOf(r, now, due, stale);
}

function sweepOf(r: PrivacyRecords, now: Date, due: ReadonlySet<string>, stale: StaleContacts) {
  const anonymised = new Set(r.cases.filter((c) => c.anonymisedAt).map((c) => c.id));
  const people = new Set(stale.people);
  const quietOnly = new Set(stale.quietOnly);
  const conversations = new Set(stale.conversations);
  const conversationUsers = new Set(stale.conversationUsers);
  const proposals = r.proposals.filter((p) => due.has(p.caseId) || anonymised.has(p.caseId)).map((p) => p.id);
  const gone = new Set(proposals);
  const work = due.size + people.size + quietOnly.size + conversations.size + conversationUsers.size + proposals.length;
  const doc = <D extends { id: string }>(collection: string, d: D): D | null => {
    switch (collection) {
      case 'cases':
        return due.has(d.id) ? (anonymiseCase(d as unknown as CaseRecord, now) as unknown as D) : d;
      case 'proposals':
        return gone.has(d.id) ? null : d;
      case 'people': {
        if (people.has(d.id)) return null;
        const p = d as unknown as { id: string; quiet?: boolean; updatedAt: string; rev?: number };
        return quietOnly.has(d.id)
          ? ({ id: p.id, quiet: true, updatedAt: p.updatedAt, ...(p.rev ? { rev: p.rev } : {}) } as unknown as D)
          : d;
      }
      case 'conversations': {
        if (conversations.has(d.id)) return null;
        if (!conversationUsers.has(d.id)) return d;
        const { user: _u, ...reference } = (d as unknown as { reference: Record<string, unknown> }).reference;
        return { ...d, reference };
      }
      default:
        return d;
    }
  };
  const event = (e: AuditEvent) => (e.caseId !== undefined && due.has(e.caseId) ? anonymiseEvent(e) : e);
  return { work, due: [...due], removedContacts: people.size + conversations.size, doc, event };
}
