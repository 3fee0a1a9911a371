import { eraseOutside } from '../outside/outside.js';
import { eraseLetter } from '../advice/letter.js';
import type { AdviceItem, CaseRecord, Participant } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { isOpen } from '../case/lifecycle.js';
import { expertsFrom, type ProposalRecord } from '../schedule/proposal.js';
import {
  casePeople,
  eventPeople,
  mapCasePeople,
  mapCaseTexts,
  mapEventPeople,
  mapProposalPeople,
  proposalPeople,
  type TextField,
  type TextPlace,
} from './person-fields.js';
import { REDACTED, redactor } from './redact.js';
import { conversationUser, type PrivacyRecords, type Subject } from './subject.js';

/**
 * Erasure of one person at their request. The records the person is part of change: their own
 * records, and the cases and proposals that hold them (their id in a person field, their e-mail
 * address as lead, participant, subject expert or invitee, their panel record, an action of theirs
 * in the case's history). In every other case only their full name, e-mail address or id in free
 * text is replaced by "[gewist]"; nothing else there changes. What goes, field by field:
 * - their own records: preferences (people), their 1:1 conversation, their signals, their
 *   availability (staff), jobs addressed to them and the delivery records of messages to them,
 *   their panel record;
 * - every person-id field holding their id gets the pseudonym (cases, proposals, settings, audit log);
 * - names and e-mail addresses attached to them (participant, invitee, action owner, the lead named
 *   in an intake, the Teams user in a conversation reference, found by their id and never by a
 *   display name two people may share) are removed;
 * - free text they wrote is removed: the intake of a case they created or edited (except project
 *   name, organisational unit and supplier, which name the project, not a person), their answers
 *   to questions, their decision and its reasons, their reasons when they settled an advice item;
 * - every other free text of those cases (questions, decline reasons, advice written by Team Uthiek)
 *   stays as the municipality's record, with their full names, e-mail addresses and their id replaced
 *   by "[gewist]" (never a single word of a name: see redact.ts).
 */

export interface ErasurePreview {
  /** Their own records that are deleted. */
  records: number;
  /** The cases they are part of that change (other cases change only by `mentions`). */
  cases: number;
  /** Texts they wrote that are emptied, and how many of those are in cases still running. */
  texts: number;
  textsInOpenCases: number;
  /** Texts of others, in any case, in which their full name, e-mail address or id is replaced by "[gewist]". */
  mentions: number;
  /** Audit events that hold their id. */
  events: number;
}

/** A stored document as erasure sees it. */
export type AnyDoc = { id: string } & Record<string, unknown>;

export interface Erasure {
  doc(collection: string, doc: AnyDoc): AnyDoc | null;
  event(e: AuditEvent): AuditEvent;
  preview(): ErasurePreview;
}

const INTAKE_KEPT: ReadonlySet<TextField> = new Set(['intake.projectName', 'intake.orgUnit', 'intake.supplierName']);
const INTAKE_EVENTS = new Set(['case.created', 'intake.saved', 'case.submit']);

/** Which texts of each case the person wrote, read from the audit log. */
interface Authorship {
  intake: boolean;
  answers: Set<string>;
  decision: boolean;
  items: Set<string>;
}

function authorship(subject: Subject, records: PrivacyRecords): Map<string, Authorship> {
  const byCase = new Map<string, Authorship>();
  if (!subject.id) return byCase;
  const of = (caseId: string) =>
    byCase.get(caseId) ??
    byCase.set(caseId, { intake: false, answers: new Set(), decision: false, items: new Set() }).get(caseId)!;
  for (const c of records.cases) if (c.createdBy === subject.id) of(c.id).intake = true;
  for (const e of records.events) {
    if (e.actor !== subject.id || !e.caseId) continue;
    const a = of(e.caseId);
    if (INTAKE_EVENTS.has(e.type)) a.intake = true;
    if (e.type === 'case.provide-info' && typeof e.data?.requestId === 'string') a.answers.add(e.data.requestId);
    if (e.type === 'decision.recorded') a.decision = true;
    if (e.type === 'advice.status' && typeof e.data?.itemId === 'string') a.items.add(e.data.itemId);
  }
  return byCase;
}

function wrote(a: Authorship | undefined, field: TextField, place: TextPlace): boolean {
  if (!a) return false;
  if (field.startsWith('intake.')) return a.intake && !INTAKE_KEPT.has(field);
  if (field === 'request.answer') return a.answers.has(place.requestId ?? '');
  if (field === 'decision.reason' || field === 'advice.decisionReason') return a.decision;
  if (field === 'advice.statusReason') return a.items.has(place.itemId ?? '');
  return false;
}

const NAME_FIELDS: ReadonlySet<TextField> = new Set(['lead.name', 'lead.email', 'createdByName']);

const withoutOwnerName = ({ ownerName: _n, ...a }: AdviceItem): AdviceItem => a;

export function erasure(subject: Subject, alias: string, records: PrivacyRecords): Erasure {
  const id = subject.id;
  const toAlias = (x: string) => (x === id ? alias : x);
  const redact = redactor(subject.names, [...subject.emails, ...(id ? [id] : [])]);
  let mentions = 0;
  // free text of others that names them: counted for the preview
  const redactText = (text: string) => {
    const out = redact(text);
    if (out !== text) mentions++;
    return out;
  };
  // a field that holds a name (not free text) holding one of theirs, of one word or more, goes whole
  const ownNames = new Set(subject.names.map((n) => n.trim().replace(/\s+/g, ' ').toLowerCase()));
  const redactName = (n: string) => (ownNames.has(n.trim().replace(/\s+/g, ' ').toLowerCase()) ? REDACTED : redact(n));
  const authored = authorship(subject, records);
  const emails = new Set(subject.emails);
  const panelIds = new Set(subject.panelIds);
  let textsRemoved = 0;

  const isThem = (p: Participant) =>
    (id !== undefined && p.aadObjectId === id) ||
    emails.has(p.email?.toLowerCase() ?? '') ||
    panelIds.has(p.panelId ?? '');
  // the lead the case names is this person: the registrant leading it, the lead found in Teams, or by address
  const isLead = (c: CaseRecord) =>
    (id !== undefined && c.lead?.source === 'self' && c.createdBy === id) ||
    (id !== undefined && c.lead?.source === 'teams' && c.leadId === id) ||
    emails.has(c.lead?.email?.toLowerCase() ?? '');
  const panelKeys = new Set([...panelIds].map((p) => `panel:${p}`));
  const inProposal = (p: ProposalRecord) =>
    (id !== undefined && proposalPeople(p).includes(id)) ||
    p.invitees.some((i) => panelIds.has(i.panelId ?? '')) ||
    Object.keys(p.answers).some((k) => panelKeys.has(k));
  const proposed = new Set(records.proposals.filter(inProposal).map((p) => p.caseId));
  // the cases this person is part of: nothing else is touched
  const partOf = (c: CaseRecord) =>
    (id !== undefined && casePeople(c).includes(id)) ||
    (id !== undefined && c.letters?.some((l) => l.issuedBy === id)) ||
    authored.has(c.id) ||
    isLead(c) ||
    emails.has(c.intake.leadEmail?.toLowerCase() ?? '') ||
    Boolean(c.schedule?.participants.some(isThem)) ||
    expertsFrom(c.intake.experts).some((x) => emails.has(x.email?.toLowerCase() ?? '')) ||
    Boolean(c.expenses?.some((x) => panelIds.has(x.panelId))) ||
    Boolean(
      c.outside && [...c.outside.links, ...c.outside.input, ...c.outside.conflicts].some((x) => panelKeys.has(x.key)),
    ) ||
    proposed.has(c.id);
  const theirCases = new Set(records.cases.filter(partOf).map((c) => c.id));

  const eraseCase = (c: CaseRecord): CaseRecord => {
    // a case they are not part of keeps everything but their full name, e-mail address or id in its
    // free text: those name only them, wherever they stand
    if (!theirCases.has(c.id)) return mapCaseTexts(c, redactText);
    let out = c;
    if (c.schedule) {
      const participants = c.schedule.participants.map((p) =>
        isThem(p)
          ? {
              role: p.role,
              name: alias,
              ...(p.aadObjectId ? { aadObjectId: p.aadObjectId } : {}),
              ...(p.panelId ? { panelId: p.panelId } : {}),
            }
          : p,
      );
      out = { ...out, schedule: { ...c.schedule, participants } };
    }
    out = { ...out, advice: out.advice.map((a) => (id !== undefined && a.ownerId === id ? withoutOwnerName(a) : a)) };
    if (emails.has(c.intake.leadEmail?.toLowerCase() ?? '')) {
      const { leadName: _n, leadEmail: _e, ...intake } = out.intake;
      out = { ...out, intake };
    }
    if (id !== undefined && c.createdBy === id) {
      const { createdByName: _n, ...rest } = out;
      out = rest;
    }
    if (c.lead && isLead(c)) {
      const { lead: _l, ...rest } = out;
      out = rest;
    }
    if (id) out = mapCasePeople(out, toAlias);
    if (out.letters)
      out = { ...out, letters: out.letters.map((l) => eraseLetter(l, redactText, redactName, id, toAlias)) };
    if (out.outside) out = { ...out, outside: eraseOutside(out.outside, panelKeys, redactText) };
    const a = authored.get(c.id);
    return mapCaseTexts(out, (text, field, place) => {
      // the lead and registrant as the intake named them: the subject's own words, not counted as texts
      if (NAME_FIELDS.has(field)) return a?.intake ? undefined : redactName(text);
      if (!wrote(a, field, place)) return redactText(text);
      if (text.trim()) textsRemoved++;
      return undefined;
    });
  };

  const eraseProposal = (p: ProposalRecord): ProposalRecord => {
    if (!inProposal(p) && !theirCases.has(p.caseId))
      return p.urgentReason === undefined ? p : { ...p, urgentReason: redactText(p.urgentReason) };
    const named = {
      ...p,
      invitees: p.invitees.map((i) =>
        i.aadObjectId === id || panelIds.has(i.panelId ?? '') ? { ...i, name: alias } : i,
      ),
    };
    const mapped = id ? mapProposalPeople(named, toAlias) : named;
    return mapped.urgentReason === undefined ? mapped : { ...mapped, urgentReason: redactText(mapped.urgentReason) };
  };

  const doc = (collection: string, d: AnyDoc): AnyDoc | null => {
    const any = d;
    switch (collection) {
      case 'people':
        return d.id === id ? null : d;
      case 'signals':
        return any.authorId === id ? null : d;
      case 'staff':
        return d.id === id || any.aadObjectId === id ? null : d;
      case 'panel':
        return panelIds.has(d.id) ? null : d;
      case 'jobs': {
        const payload = (any.payload ?? {}) as Record<string, unknown>;
        return id !== undefined &&
          (payload.aadObjectId === id || payload.recipientId === id || d.id.split(':').includes(id))
          ? null
          : d;
      }
      case 'conversations': {
        // by their id only: a display name may be someone else's too
        if (id === undefined) return d;
        if (any.userId === id) return null;
        const user = conversationUser(any as unknown as { reference: Record<string, unknown> });
        if (user?.aadObjectId !== id) return d;
        const { user: _u, ...reference } = any.reference as Record<string, unknown>;
        return { ...d, reference };
      }
      case 'deliveries': {
        // the record of a message to them (their id is in the recipient, or in the record's id)
        const recipient = any.recipient as { kind?: string; id?: string } | undefined;
        const toThem = recipient?.kind === 'person' && recipient.id === id;
        return id !== undefined && (toThem || d.id.split(':').includes(id)) ? null : d;
      }
      case 'settings':
        return id !== undefined && any.updatedBy === id ? { ...d, updatedBy: alias } : d;
      case 'proposals':
        return eraseProposal(d as unknown as ProposalRecord) as unknown as AnyDoc;
      case 'cases':
        return eraseCase(d as unknown as CaseRecord) as unknown as AnyDoc;
      default:
        return d;
    }
  };

  const event = (e: AuditEvent): AuditEvent =>
    id !== undefined && eventPeople(e).includes(id) ? mapEventPeople(e, toAlias) : e;

  const preview = (): ErasurePreview => {
    const own: [string, readonly object[]][] = [
      ['people', records.people],
      ['signals', records.signals],
      ['staff', records.staff],
      ['panel', records.panel],
      ['jobs', records.jobs],
      ['conversations', records.conversations],
    ];
    const deleted = own.reduce(
      (n, [collection, docs]) => n + docs.filter((d) => doc(collection, d as AnyDoc) === null).length,
      0,
    );
    textsRemoved = 0;
    mentions = 0;
    let cases = 0;
    let textsInOpenCases = 0;
    for (const c of records.cases) {
      const before = textsRemoved;
      if (JSON.stringify(eraseCase(c)) === JSON.stringify(c) || !theirCases.has(c.id)) continue;
      cases++;
      if (textsRemoved > before && isOpen(c.state)) textsInOpenCases += textsRemoved - before;
    }
    for (const p of records.proposals) eraseProposal(p);
    let events = 0;
    if (id !== undefined) for (const e of records.events) if (eventPeople(e).includes(id)) events++;
    return { records: deleted, cases, texts: textsRemoved, textsInOpenCases, mentions, events };
  };

  return { doc, event, preview };
}
