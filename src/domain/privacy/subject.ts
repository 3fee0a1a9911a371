import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import type { PanelMember } from '../schedule/panel.js';
import { expertsFrom, type ProposalRecord } from '../schedule/proposal.js';
import { casePeople, eventPeople, proposalPeople } from './person-fields.js';

/** The records privacy decisions are made from, as plain data (no storage here). */
export interface PrivacyRecords {
  cases: readonly CaseRecord[];
  proposals: readonly ProposalRecord[];
  panel: readonly PanelMember[];
  people: readonly { id: string; updatedAt: string; quiet?: boolean }[];
  conversations: readonly {
    id: string;
    kind: string;
    userId?: string;
    updatedAt: string;
    reference: Record<string, unknown>;
  }[];
  signals: readonly { id: string; authorId: string; status: string }[];
  staff: readonly { id: string; aadObjectId: string }[];
  settings: readonly { id: string; updatedBy: string }[];
  jobs: readonly { id: string; payload: Record<string, unknown> }[];
  /** Read once or twice from start to end, never kept: the store hands them out one at a time. */
  events: Iterable<AuditEvent>;
  /** The events at or after a moment (ISO), without reading the older ones; `events` filtered when absent. */
  eventsSince?(since: string): Iterable<AuditEvent>;
}

/** A person the bot knows, and everything it knows them by. */
export interface Subject {
  /** AAD object id, when the person is known by one. */
  id?: string;
  emails: string[];
  names: string[];
  /** Panel (klankbordgroep) member records that are this person. */
  panelIds: string[];
}

/** Stand-ins the records use for nobody in particular. */
const NOT_A_PERSON = /^(system|anonymised|erased-[0-9a-f]+)$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const conversationUser = (c: { reference: Record<string, unknown> }) =>
  (c.reference.user ?? undefined) as { id?: string; name?: string; aadObjectId?: string } | undefined;

/** Every person id anywhere in the records. */
function knownIds(r: PrivacyRecords): Set<string> {
  const ids = new Set<string>();
  const add = (id: string | undefined) => id && !NOT_A_PERSON.test(id) && ids.add(id);
  for (const c of r.cases) casePeople(c).forEach(add);
  for (const p of r.proposals) proposalPeople(p).forEach(add);
  for (const e of r.events) eventPeople(e).forEach(add);
  for (const p of r.people) add(p.id);
  for (const c of r.conversations) {
    add(c.userId);
    add(conversationUser(c)?.aadObjectId);
  }
  for (const s of r.signals) add(s.authorId);
  for (const s of r.staff) add(s.aadObjectId);
  for (const s of r.settings) add(s.updatedBy);
  for (const m of r.panel) add(m.teamsAadObjectId);
  return ids;
}

export interface SubjectOptions {
  /** Names known outside the records (e.g. Team Uthiek's roster in Teams). */
  namesOf?: (id: string) => string[];
  /** Words the records use in place of a name ("projectleider", "Team Uthiek"): never taken for a name. */
  labels?: readonly string[];
}

const same = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * The known person `input` names: an AAD object id the records hold, or an e-mail address of a
 * lead, participant, subject expert or panel member. Undefined for anyone (or anything) else,
 * so that erasure never touches a word that merely equals something in the records.
 */
export function findSubject(input: string, r: PrivacyRecords, options: SubjectOptions = {}): Subject | undefined {
  const key = input.trim();
  if (!key) return undefined;
  const subject: Subject = { emails: [], names: [], panelIds: [] };
  if (EMAIL.test(key)) {
    const email = key.toLowerCase();
    const participants = r.cases.flatMap((c) => c.schedule?.participants ?? []).filter((p) => same(p.email, email));
    const leads = r.cases.filter((c) => same(c.intake.leadEmail, email) || same(c.lead?.email, email));
    const members = r.panel.filter((m) => same(m.email, email));
    const experts = r.cases.filter((c) => expertsFrom(c.intake.experts).some((x) => same(x.email, email)));
    if (!participants.length && !leads.length && !members.length && !experts.length) return undefined;
    subject.emails.push(email);
    subject.id = [...participants.map((p) => p.aadObjectId), ...members.map((m) => m.teamsAadObjectId)].find(
      (id) => id && !NOT_A_PERSON.test(id),
    );
    subject.names.push(
      ...participants.map((p) => p.name),
      ...leads.flatMap((c) => [c.intake.leadName ?? '', c.lead?.name ?? '']),
      ...members.map((m) => m.name),
    );
  } else {
    const id = [...knownIds(r)].find((known) => same(known, key));
    if (!id) return undefined;
    subject.id = id;
  }
  if (subject.id) {
    const id = subject.id;
    for (const p of r.cases.flatMap((c) => c.schedule?.participants ?? [])) {
      if (p.aadObjectId !== id) continue;
      subject.names.push(p.name);
      if (p.email) subject.emails.push(p.email);
    }
    for (const i of r.proposals.flatMap((p) => p.invitees)) if (i.aadObjectId === id) subject.names.push(i.name);
    for (const c of r.cases) {
      if (c.createdBy === id && c.createdByName) subject.names.push(c.createdByName);
      if (c.leadId === id && c.lead && c.lead.source !== 'not-found') {
        subject.names.push(c.lead.name);
        if (c.lead.email) subject.emails.push(c.lead.email);
      }
    }
    for (const a of r.cases.flatMap((c) => c.advice))
      if (a.ownerId === id && a.ownerName) subject.names.push(a.ownerName);
    for (const c of r.conversations)
      if (conversationUser(c)?.aadObjectId === id) subject.names.push(conversationUser(c)?.name ?? '');
    for (const m of r.panel) {
      if (m.teamsAadObjectId !== id) continue;
      subject.names.push(m.name);
      subject.emails.push(m.email);
    }
    subject.names.push(...(options.namesOf?.(id) ?? []));
  }
  for (const m of r.panel)
    if (subject.emails.some((e) => same(m.email, e)) || (subject.id && m.teamsAadObjectId === subject.id))
      subject.panelIds.push(m.id);
  const labels = new Set((options.labels ?? []).map((l) => l.toLowerCase()));
  const isName = (n: string) =>
    n.trim() &&
    !EMAIL.test(n.trim()) &&
    !NOT_A_PERSON.test(n) &&
    n !== subject.id &&
    !labels.has(n.trim().toLowerCase());
  subject.names = [...new Set(subject.names.filter(isName).map((n) => n.trim()))];
  subject.emails = [...new Set(subject.emails.map((e) => e.toLowerCase()))];
  subject.panelIds = [...new Set(subject.panelIds)];
  return subject;
}
