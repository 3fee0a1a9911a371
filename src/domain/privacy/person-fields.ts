import type { AdviceItem, CaseRecord, InfoRequest } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import type { IntakeData } from '../intake/intake.js';
import type { ProposalRecord } from '../schedule/proposal.js';

/**
 * Where the records hold people: the fields that hold person ids (AAD object ids), and the fields
 * that hold free text. Erasure and retention change only these fields, never "every equal
 * string": a person id is replaced where a person id is kept, nowhere else.
 */

type MapId = (id: string) => string;
const mapOpt = (id: string | undefined, f: MapId) => (id === undefined ? undefined : f(id));
const withOpt = <T extends object, K extends string>(obj: T, key: K, value: string | undefined) =>
  value === undefined ? obj : { ...obj, [key]: value };

/** Every person id a case holds. */
export function casePeople(c: CaseRecord): string[] {
  const ids = [
    c.createdBy,
    c.leadId,
    c.triage?.handlerId,
    c.triage?.decidedBy,
    ...(c.triage?.requests.map((r) => r.askedBy) ?? []),
    ...(c.schedule?.participants.map((p) => p.aadObjectId) ?? []),
    c.schedule?.confirmedBy,
    c.assessment?.recordedBy,
    ...c.advice.map((a) => a.ownerId),
    c.intake.leadAadObjectId,
    ...(c.reviews ?? []).flatMap((r) => [r.openedBy, r.resolution?.by]),
  ];
  return [...new Set(ids.filter((x): x is string => Boolean(x)))];
}

/** The case with every person-id field passed through `f`. */
export function mapCasePeople(c: CaseRecord, f: MapId): CaseRecord {
  return {
    ...c,
    createdBy: f(c.createdBy),
    leadId: f(c.leadId),
    ...(c.triage
      ? {
          triage: withOpt(
            withOpt(
              { ...c.triage, requests: c.triage.requests.map((r) => ({ ...r, askedBy: f(r.askedBy) })) },
              'handlerId',
              mapOpt(c.triage.handlerId, f),
            ),
            'decidedBy',
            mapOpt(c.triage.decidedBy, f),
          ),
        }
      : {}),
    ...(c.schedule
      ? {
          schedule: {
            ...c.schedule,
            confirmedBy: f(c.schedule.confirmedBy),
            participants: c.schedule.participants.map((p) => withOpt(p, 'aadObjectId', mapOpt(p.aadObjectId, f))),
          },
        }
      : {}),
    ...(c.assessment ? { assessment: { ...c.assessment, recordedBy: f(c.assessment.recordedBy) } } : {}),
    advice: c.advice.map((a) => withOpt(a, 'ownerId', mapOpt(a.ownerId, f))),
    intake: withOpt(c.intake, 'leadAadObjectId', mapOpt(c.intake.leadAadObjectId, f)),
    ...(c.reviews
      ? {
          reviews: c.reviews.map((r) => ({
            ...r,
            openedBy: f(r.openedBy),
            ...(r.resolution ? { resolution: { ...r.resolution, by: f(r.resolution.by) } } : {}),
          })),
        }
      : {}),
  };
}

export function proposalPeople(p: ProposalRecord): string[] {
  return [
    ...new Set([
      p.createdBy,
      ...p.invitees.map((i) => i.aadObjectId),
      ...Object.keys(p.answers).filter((k) => !k.startsWith('panel:')),
    ]),
  ];
}

export function mapProposalPeople(p: ProposalRecord, f: MapId): ProposalRecord {
  return {
    ...p,
    createdBy: f(p.createdBy),
    invitees: p.invitees.map((i) => ({ ...i, aadObjectId: f(i.aadObjectId) })),
    answers: Object.fromEntries(Object.entries(p.answers).map(([k, v]) => [k.startsWith('panel:') ? k : f(k), v])),
  };
}

/** Event fields that hold a person id: the actor, and `handlerId` and `subject` in the data. */
const EVENT_PERSON_DATA = ['handlerId', 'subject'] as const;

export function eventPeople(e: AuditEvent): string[] {
  return [e.actor, ...EVENT_PERSON_DATA.map((k) => e.data?.[k]).filter((v): v is string => typeof v === 'string')];
}

export function mapEventPeople(e: AuditEvent, f: MapId): AuditEvent {
  const data = e.data && EVENT_PERSON_DATA.some((k) => typeof e.data![k] === 'string') ? { ...e.data } : e.data;
  if (data) for (const k of EVENT_PERSON_DATA) if (typeof data[k] === 'string') data[k] = f(data[k] as string);
  return { ...e, actor: f(e.actor), ...(data ? { data } : {}) };
}

/** The free-text fields of a case, named so erasure and retention can decide per field. */
export type TextField =
  | `intake.${IntakeTextField}`
  | 'intake.values'
  | 'request.question'
  | 'request.answer'
  | 'triage.declineReason'
  | 'schedule.urgentReason'
  | 'schedule.location'
  | 'advice.text'
  | 'advice.ownerName'
  | 'advice.statusReason'
  | 'advice.decisionReason'
  | 'decision.reason'
  | 'closedReason'
  | 'cancelReason'
  | 'withdrawReason'
  | 'review.note'
  | 'createdByName'
  | 'lead.name'
  | 'lead.email';

export const INTAKE_TEXT_FIELDS = [
  'projectName',
  'orgUnit',
  'leadName',
  'leadEmail',
  'purpose',
  'means',
  'affectedNote',
  'technologyNote',
  'supplierName',
  'specialCategoriesNote',
  'camerasNote',
  'automatedDecisionsNote',
  'genAiNote',
  'dpiaNote',
  'experts',
] as const satisfies readonly (keyof IntakeData)[];
export type IntakeTextField = (typeof INTAKE_TEXT_FIELDS)[number];

/** Where a text stands: the request or advice item it belongs to. */
export interface TextPlace {
  requestId?: string;
  itemId?: string;
}

/** Returns the text to keep (changed or not), or undefined to remove it. */
export type MapText = (text: string, field: TextField, place: TextPlace) => string | undefined;

const setText = <T extends object>(obj: T, key: keyof T & string, value: string | undefined): T => {
  const { [key]: _old, ...rest } = obj;
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
};

function mapIntake(intake: IntakeData, f: MapText): IntakeData {
  let out = intake;
  for (const key of INTAKE_TEXT_FIELDS) {
    const text = intake[key];
    if (typeof text === 'string') out = setText(out, key, f(text, `intake.${key}`, {}));
  }
  if (intake.values)
    out = {
      ...out,
      values: Object.fromEntries(
        Object.entries(intake.values).map(([id, why]) => [id, f(why, 'intake.values', {}) ?? '']),
      ),
    };
  return out;
}

function mapRequest(r: InfoRequest, f: MapText): InfoRequest {
  const place = { requestId: r.id };
  const asked = setText(r, 'question', f(r.question, 'request.question', place) ?? '');
  return r.answer === undefined ? asked : setText(asked, 'answer', f(r.answer, 'request.answer', place));
}

function mapAdvice(a: AdviceItem, f: MapText): AdviceItem {
  const place = { itemId: a.id };
  let out = setText(a, 'text', f(a.text, 'advice.text', place) ?? '');
  for (const key of ['ownerName', 'statusReason', 'decisionReason'] as const) {
    const text = a[key];
    if (text !== undefined) out = setText(out, key, f(text, `advice.${key}`, place));
  }
  return out;
}

/** The case with every free-text field passed through `f`. */
export function mapCaseTexts(c: CaseRecord, f: MapText): CaseRecord {
  let out: CaseRecord = { ...c, intake: mapIntake(c.intake, f), advice: c.advice.map((a) => mapAdvice(a, f)) };
  if (c.triage) {
    const triage = { ...c.triage, requests: c.triage.requests.map((r) => mapRequest(r, f)) };
    out = {
      ...out,
      triage:
        c.triage.declineReason === undefined
          ? triage
          : setText(triage, 'declineReason', f(c.triage.declineReason, 'triage.declineReason', {})),
    };
  }
  if (c.schedule) {
    let schedule = c.schedule;
    if (schedule.urgentReason !== undefined)
      schedule = setText(schedule, 'urgentReason', f(schedule.urgentReason, 'schedule.urgentReason', {}));
    if (schedule.location !== undefined)
      schedule = setText(schedule, 'location', f(schedule.location, 'schedule.location', {}));
    out = { ...out, schedule };
  }
  if (c.decision)
    out = { ...out, decision: { ...c.decision, reason: f(c.decision.reason, 'decision.reason', {}) ?? '' } };
  for (const key of ['closedReason', 'cancelReason', 'withdrawReason', 'createdByName'] as const) {
    const text = c[key];
    if (text !== undefined) out = setText(out, key, f(text, key, {}));
  }
  if (c.lead) {
    // a lead without a name is no lead: the cards fall back to the registrant's or the role's name
    const name = f(c.lead.name, 'lead.name', {});
    const email = c.lead.email === undefined ? undefined : f(c.lead.email, 'lead.email', {});
    const { lead: _l, ...rest } = out;
    const { email: _e, ...lead } = c.lead;
    out = name === undefined ? rest : { ...out, lead: { ...lead, name, ...(email ? { email } : {}) } };
  }
  if (c.reviews)
    out = {
      ...out,
      reviews: c.reviews.map((r) => {
        if (r.resolution?.note === undefined) return r;
        const { note: _n, ...resolution } = r.resolution;
        const note = f(r.resolution.note, 'review.note', {});
        return { ...r, resolution: note === undefined ? resolution : { ...resolution, note } };
      }),
    };
  return out;
}
