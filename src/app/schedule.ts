import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { CaseRecord, Schedule } from '../domain/case/case.js';
import { eventTypeOf, transition } from '../domain/case/lifecycle.js';
import { conflictedPanelIds } from '../domain/outside/outside.js';
import { problem } from '../domain/schedule/explain.js';
import { neededExpertise } from '../domain/schedule/panel.js';
import { participantsFor, type Invitee, type ProposalRecord } from '../domain/schedule/proposal.js';
import { proposeSlots, type ProposedSlot } from '../domain/schedule/slot-finder.js';
import { officeHours } from '../domain/schedule/slot-times.js';
import { addWorkingDays, reminderDay } from '../domain/schedule/working-days.js';
import { officeStartOn } from '../domain/followup/office-time.js';
import { localDate } from '../domain/time.js';
import type { UpdateResult } from '../store/repositories/cases.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';
import { policyOf } from './followup.js';
import { freeBusy, type FreeBusy } from './outlook-sync.js';
import { triageRefresh } from './triage.js';

/** What an assessment notice announces. */
export type NoticeKind = 'invite' | 'updated' | 'cancelled' | 'prep' | 'reminder';

/** Where the calendar invitation and the preparation pack of a case are served, behind signed links. */
export const invitePath = (c: CaseRecord) => `/files/invite/${c.id}-${c.schedule?.sequence ?? 0}.ics`;
export const prepPath = (c: CaseRecord) => `/files/prep/${c.id}.txt`;

function at(date: string, time: string, tz: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: tz }).toJSDate();
}

/**
 * The work an (updated or cancelled) assessment sets off: invitations now, the preparation pack
 * and a reminder later (on the last working day before the assessment).
 */
export function assessmentJobs(
  deps: Pick<AppDeps, 'clock' | 'config' | 'outlook'>,
  c: CaseRecord,
  kind: 'invite' | 'updated' | 'cancelled',
): JobSpec[] {
  const s = c.schedule!;
  const key = `${c.id}:${s.sequence}`;
  const now = deps.clock.now();
  const payload = { caseId: c.id, sequence: s.sequence, kind };
  const jobs: JobSpec[] = [{ id: `schedule.notify:${key}`, kind: 'schedule.notify', dueAt: now, payload }];
  // with Outlook, the shared mailbox's calendar sends the invitation, update or cancellation to everyone
  if (deps.outlook) jobs.push({ id: `calendar.event:${key}`, kind: 'calendar.event', dueAt: now, payload });
  if (kind === 'cancelled') return jobs;
  const tz = deps.config.timeZone;
  const day = localDate(new Date(s.slot.start), tz);
  const prep = at(addWorkingDays(day, -deps.config.schedule.prepPackDays), '09:00', tz);
  jobs.push({
    id: `schedule.prep:${key}`,
    kind: 'schedule.prep',
    dueAt: prep < now ? now : prep,
    payload: { caseId: c.id, sequence: s.sequence },
  });
  // the reminder on the last working day before, at the start of office hours, as nudges go out
  const reminder = officeStartOn(reminderDay(day).day, policyOf(deps));
  if (reminder > now)
    jobs.push({
      id: `schedule.reminder:${key}`,
      kind: 'schedule.reminder',
      dueAt: reminder,
      payload: { caseId: c.id, sequence: s.sequence },
    });
  // when the assessment begins, the case's card in Team Uthiek's channel offers to record the outcome
  jobs.push({
    id: `triage.post:${c.id}:begins:${s.sequence}`,
    kind: 'triage.post',
    dueAt: new Date(s.slot.start),
    payload: { caseId: c.id },
  });
  return jobs;
}

/** Confirmed assessments of other cases, for the panel's load. */
function confirmedAssessments(deps: Pick<AppDeps, 'cases'>, exceptCaseId: string) {
  return deps.cases
    .all((c) => c.id !== exceptCaseId && Boolean(c.schedule) && !c.schedule?.cancelledAt)
    .map((c) => ({
      start: c.schedule!.slot.start,
      panelIds: c.schedule!.participants.flatMap((p) => (p.panelId ? [p.panelId] : [])),
    }));
}

/** Free/busy of the handler, the lead and the panel members in the tenant (in the `schedule.freebusy` job). */
async function readFreeBusy(
  deps: AppDeps & { outlook: NonNullable<AppDeps['outlook']> },
  c: CaseRecord,
  handlerId: string,
  panel: readonly { teamsAadObjectId?: string; active: boolean }[],
): Promise<FreeBusy> {
  const people = [
    handlerId,
    c.leadId,
    ...panel.flatMap((m) => (m.active && m.teamsAadObjectId ? [m.teamsAadObjectId] : [])),
  ];
  return freeBusy(deps, c.id, people, 61);
}

/** Working days of notice the case's impact level asks for. */
export function noticeDays(deps: Pick<AppDeps, 'config'>, c: CaseRecord): number {
  const high = (c.triage?.impact ?? c.triage?.suggestedImpact) === 'high';
  return high ? deps.config.schedule.noticeDays.high : deps.config.schedule.noticeDays.other;
}

/** Who asked for moments, and how: what a proposal is made for. */
export interface ProposeInput {
  actorId: string;
  leadName: string;
  urgentReason?: string;
}

/**
 * Moments for the case's assessment (the slot finder, with the handler's and the lead's
 * availability, the panel and its load, and the calendars' busy times when read). People in
 * Teams who can answer an availability poll become its invitees.
 */
function buildProposal(
  deps: AppDeps,
  c: CaseRecord,
  input: ProposeInput,
  id: string,
  calendars: FreeBusy | undefined,
): ProposalRecord {
  const { urgentReason } = input;
  const handlerId = c.triage?.handlerId ?? input.actorId;
  // who declared a conflict of interest in this case is not proposed for it again
  const conflicted = conflictedPanelIds(c.outside);
  const panel = deps.panel.all().filter((m) => !conflicted.has(m.id));
  const proposal = proposeSlots({
    impact: c.triage?.impact ?? c.triage?.suggestedImpact ?? 'low',
    needed: neededExpertise(c.intake, deps.valueModel),
    handler: deps.availability.get(handlerId) ?? officeHours(handlerId),
    lead: deps.availability.get(c.leadId),
    panel,
    assessments: confirmedAssessments(deps, c.id),
    ...(calendars && 'busy' in calendars ? { busy: calendars.busy } : {}),
    // moving the assessment: its current moment is no proposal
    ...(c.state === 'scheduled' && c.schedule ? { exclude: [c.schedule.slot] } : {}),
    now: deps.clock.now(),
    options: {
      tz: deps.config.timeZone,
      durationMinutes: deps.config.schedule.assessmentMinutes,
      noticeDays: deps.config.schedule.noticeDays,
      ...(urgentReason !== undefined ? { urgent: { reason: urgentReason } } : {}),
    },
  });
  const panelById = new Map(panel.map((m) => [m.id, m]));
  const invitees: Invitee[] = [{ aadObjectId: c.leadId, name: input.leadName, role: 'lead' }];
  for (const pick of new Map(proposal.slots.flatMap((s) => s.panel).map((m) => [m.memberId, m])).values()) {
    const member = panelById.get(pick.memberId);
    if (member?.teamsAadObjectId)
      invitees.push({ aadObjectId: member.teamsAadObjectId, name: member.name, role: 'panel', panelId: member.id });
  }
  return {
    id,
    caseId: c.id,
    mode: c.state === 'scheduled' ? 'reschedule' : 'schedule',
    slots: proposal.slots,
    problems:
      calendars && 'unavailable' in calendars
        ? [...proposal.problems, problem('free-busy-unavailable')]
        : proposal.problems,
    ...(urgentReason ? { urgentReason } : {}),
    createdAt: deps.clock.now().toISOString(),
    createdBy: input.actorId,
    invitees,
    answers: {},
  };
}

const logProposal = (deps: AppDeps, record: ProposalRecord) =>
  deps.logger.info(
    {
      caseId: record.caseId,
      proposalId: record.id,
      slots: record.slots.length,
      problems: record.problems.map((p) => p.code),
    },
    'assessment proposed',
  );

/**
 * Proposes moments for the case's assessment and keeps the proposal; earlier proposals lapse.
 * With Outlook the calendars are read first, in a job (a card click does not wait for Graph):
 * the proposal is `pending` until the job completes it and sends it to whoever asked.
 */
export async function proposeAssessment(deps: AppDeps, c: CaseRecord, input: ProposeInput): Promise<ProposalRecord> {
  const id = `prop-${randomUUID().slice(0, 12)}`;
  if (!deps.outlook) {
    const record = buildProposal(deps, c, input, id, undefined);
    await deps.proposals.replace(record);
    logProposal(deps, record);
    return record;
  }
  const now = deps.clock.now();
  const pending: ProposalRecord = {
    ...buildProposal(deps, c, input, id, undefined),
    slots: [],
    problems: [],
    pending: true,
  };
  // ids only (the lead's name is looked up again by the job); the erasure of the asker removes it
  const payload = {
    proposalId: id,
    recipientId: input.actorId,
    ...(input.urgentReason !== undefined ? { urgentReason: input.urgentReason } : {}),
  };
  await deps.proposals.replace(pending, [
    { id: `schedule.freebusy:${id}`, kind: 'schedule.freebusy', dueAt: now, payload },
  ]);
  deps.jobs.kick();
  return pending;
}

/**
 * Completes a pending proposal with the calendars' free/busy (the `schedule.freebusy` job); a
 * calendar that cannot be read is said on the proposal. Undefined when the proposal lapsed.
 */
export async function completeProposal(
  deps: AppDeps,
  pending: ProposalRecord,
  input: ProposeInput,
): Promise<{ c: CaseRecord; p: ProposalRecord } | undefined> {
  const c = deps.cases.get(pending.caseId);
  if (!c || !deps.outlook || !pending.pending || pending.superseded) return undefined;
  const handlerId = c.triage?.handlerId ?? input.actorId;
  const calendars = await readFreeBusy({ ...deps, outlook: deps.outlook }, c, handlerId, deps.panel.all());
  const built = buildProposal(deps, c, input, pending.id, calendars);
  const saved = await deps.proposals.complete({ ...built, createdAt: pending.createdAt });
  if (saved) logProposal(deps, saved);
  return saved ? { c, p: saved } : undefined;
}

/**
 * Fixes the assessment at the chosen moment (or moves it): the schedule with its participants
 * and a stable calendar UID whose sequence grows, the audit event, the invitations and the
 * refreshed triage card, saved together.
 */
export function confirmAssessment(
  deps: AppDeps,
  c: CaseRecord,
  slot: ProposedSlot,
  people: { actorId: string; handler: { aadObjectId: string; name: string; email?: string }; leadName: string },
  rule: { panelAccepted: boolean; urgentReason?: string } = { panelAccepted: false },
): Promise<UpdateResult> {
  const urgentReason = slot.urgent?.reason ?? rule.urgentReason;
  return deps.cases.update(c.id, c.rev, (cur) => {
    const action = cur.state === 'scheduled' ? 'reschedule' : 'schedule';
    const keep = cur.schedule && !cur.schedule.cancelledAt ? cur.schedule : undefined;
    const schedule: Schedule = {
      slot: slot.slot,
      participants: participantsFor(cur, slot, deps.panel.all(), {
        handler: people.handler,
        leadName: people.leadName,
      }),
      ...(urgentReason ? { urgentReason } : {}),
      uid: keep?.uid ?? `${cur.id.toLowerCase()}-${randomUUID()}@uthiek-bot`,
      sequence: keep ? keep.sequence + 1 : 0,
      confirmedAt: deps.clock.now().toISOString(),
      confirmedBy: people.actorId,
      ...(keep?.event ? { event: keep.event } : {}),
    };
    const next: CaseRecord = { ...cur, state: transition(cur.state, action), schedule };
    const data = {
      start: slot.slot.start,
      sequence: schedule.sequence,
      urgent: Boolean(urgentReason),
      panelIds: slot.panel.map((m) => m.memberId),
      experts: schedule.participants.filter((x) => x.role === 'expert').length,
      highImpact: (cur.triage?.impact ?? cur.triage?.suggestedImpact) === 'high',
      panelAccepted: rule.panelAccepted,
    };
    return {
      next,
      events: [{ type: eventTypeOf(action), actor: people.actorId, from: cur.state, to: next.state, data }],
      jobs: [...assessmentJobs(deps, next, keep ? 'updated' : 'invite'), triageRefresh(cur, deps)],
    };
  });
}

/** Calls the assessment off: a cancellation with the same calendar UID goes to everyone invited. */
export function cancelAssessment(deps: AppDeps, caseId: string, rev: number, actorId: string): Promise<UpdateResult> {
  return deps.cases.update(caseId, rev, (cur) => {
    const schedule: Schedule = {
      ...cur.schedule!,
      sequence: cur.schedule!.sequence + 1,
      cancelledAt: deps.clock.now().toISOString(),
    };
    const next: CaseRecord = { ...cur, state: transition(cur.state, 'unschedule'), schedule };
    return {
      next,
      events: [
        {
          type: eventTypeOf('unschedule'),
          actor: actorId,
          from: cur.state,
          to: next.state,
          data: { sequence: schedule.sequence },
        },
      ],
      jobs: [...assessmentJobs(deps, next, 'cancelled'), triageRefresh(cur, deps)],
    };
  });
}
