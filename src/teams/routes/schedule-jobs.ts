import { DateTime } from 'luxon';
import type { CaseRecord, Participant } from '../../domain/case/case.js';
import { buildInvite } from '../../domain/calendar/invite.js';
import { addWorkingDays } from '../../domain/schedule/working-days.js';
import { formatLocal, localDate } from '../../domain/time.js';
import { supportedLocale, translator } from '../../i18n/index.js';
import type { JobOutcome, JobSpec } from '../../jobs/job.js';
import { cardAttachment } from '../cards/render.js';
import { assessmentNoticeCard, pollCard, type NoticeKind } from '../cards/schedule-cards.js';
import type { TriageCardContext } from '../cards/triage-cards.js';
import type { Deps } from '../deps.js';
import { outcomeOf } from '../send-outcome.js';
import { caseSummaryText } from './case-text.js';

export const invitePath = (c: CaseRecord) => `/files/invite/${c.id}-${c.schedule?.sequence ?? 0}.ics`;
export const prepPath = (c: CaseRecord) => `/files/prep/${c.id}.txt`;

function at(date: string, time: string, tz: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: tz }).toJSDate();
}

/** The work an (updated or cancelled) assessment sets off: invitations now, the preparation pack and a reminder later. */
export function scheduleJobs(deps: Deps, c: CaseRecord, kind: 'invite' | 'updated' | 'cancelled'): JobSpec[] {
  const s = c.schedule!;
  const key = `${c.id}:${s.sequence}`;
  const now = deps.clock.now();
  const jobs: JobSpec[] = [{ id: `schedule.notify:${key}`, kind: 'schedule.notify', dueAt: now, payload: { caseId: c.id, sequence: s.sequence, kind } }];
  if (kind === 'cancelled') return jobs;
  const tz = deps.config.timeZone;
  const day = localDate(new Date(s.slot.start), tz);
  const prep = at(addWorkingDays(day, -deps.config.schedule.prepPackDays), '09:00', tz);
  jobs.push({ id: `schedule.prep:${key}`, kind: 'schedule.prep', dueAt: prep < now ? now : prep, payload: { caseId: c.id, sequence: s.sequence } });
  const reminder = at(DateTime.fromISO(day).minus({ days: 1 }).toISODate()!, '09:00', tz);
  if (reminder > now) jobs.push({ id: `schedule.reminder:${key}`, kind: 'schedule.reminder', dueAt: reminder, payload: { caseId: c.id, sequence: s.sequence } });
  return jobs;
}

/** The iCalendar file of the case's assessment, as it stands (a cancellation once called off). */
export function inviteFile(deps: Deps, c: CaseRecord): string | undefined {
  const s = c.schedule;
  if (!s) return undefined;
  const handler = s.participants.find((p) => p.role === 'handler');
  const t = translator(deps.config.defaultLocale);
  return buildInvite({
    uid: s.uid,
    sequence: s.sequence,
    slot: s.slot,
    summary: t('schedule.subject', { id: c.id, name: c.intake.projectName ?? '' }),
    description: caseSummaryText(deps, c, deps.config.defaultLocale),
    organizer: { name: handler?.name ?? 'Team Uthiek', email: deps.config.organizerEmail },
    attendees: s.participants,
    ...(s.location ? { location: s.location } : {}),
    cancelled: Boolean(s.cancelledAt),
    now: deps.clock.now(),
    tz: deps.config.timeZone,
  });
}

function contextFor(deps: Deps, aadObjectId: string | undefined): TriageCardContext {
  const locale = (aadObjectId && deps.people.locale(aadObjectId)) || supportedLocale(undefined) || deps.config.defaultLocale;
  return { t: translator(locale), locale, valueModel: deps.valueModel, timeZone: deps.config.timeZone, rules: deps.impactRules };
}

/** Sends a notice about the assessment to everyone reachable in Teams; the handler also gets what to send to the others. */
async function notifyAll(deps: Deps, c: CaseRecord, kind: NoticeKind): Promise<JobOutcome> {
  const s = c.schedule!;
  const outsiders = s.participants.filter((p) => !p.aadObjectId && p.email).map((p) => p.email!);
  const inTeams = new Map<string, Participant>();
  for (const p of s.participants) if (p.aadObjectId) inTeams.set(p.aadObjectId, p);
  const link = deps.links.url(kind === 'prep' ? prepPath(c) : invitePath(c));
  let outcome: JobOutcome = { status: 'done' };
  for (const [aadObjectId, p] of inTeams) {
    const ctx = contextFor(deps, aadObjectId);
    const handler = p.role === 'handler';
    const texts: Record<NoticeKind, string> = {
      invite: handler ? ctx.t('invite.handlerText', { emails: outsiders.join(', ') || '–', days: deps.config.schedule.prepPackDays }) : ctx.t('invite.participantText'),
      updated: handler ? ctx.t('invite.handlerText', { emails: outsiders.join(', ') || '–', days: deps.config.schedule.prepPackDays }) : ctx.t('invite.participantText'),
      cancelled: handler ? ctx.t('invite.handlerText', { emails: outsiders.join(', ') || '–', days: deps.config.schedule.prepPackDays }) : '',
      prep: handler ? ctx.t('prep.handlerText', { emails: outsiders.join(', ') || '–' }) : ctx.t('prep.text', { when: formatLocal(s.slot.start, ctx.timeZone, ctx.locale) }),
      reminder: ctx.t('reminder.text', { when: DateTime.fromISO(s.slot.start).setZone(deps.config.timeZone).toFormat('HH:mm') }),
    };
    const card = assessmentNoticeCard(c, s, kind, ctx, { text: texts[kind], link: kind === 'reminder' ? undefined : link, withSummary: kind === 'prep' });
    const sent = await deps.sender.toPerson(aadObjectId, { attachments: [cardAttachment(card)] });
    if (sent.status !== 'sent') {
      deps.logger.warn({ caseId: c.id, kind, status: sent.status }, 'assessment notice not delivered');
      if (sent.status === 'unknown') outcome = outcomeOf(sent, deps.clock.now());
    }
  }
  return outcome;
}

export function registerScheduleJobs(deps: Deps): void {
  const stillCurrent = (job: { payload: Record<string, unknown> }) => {
    const c = deps.cases.get(String(job.payload.caseId));
    return c?.schedule && c.schedule.sequence === Number(job.payload.sequence) ? c : undefined;
  };

  deps.jobs.register('schedule.notify', async (job) => {
    const c = stillCurrent(job);
    return c ? notifyAll(deps, c, job.payload.kind as NoticeKind) : { status: 'done' };
  });
  // A preparation pack or reminder that is only due after the assessment (the bot was down) is no use.
  const beforeAssessment = (c: CaseRecord | undefined) => c && c.state === 'scheduled' && deps.clock.now() < new Date(c.schedule!.slot.start);
  deps.jobs.register('schedule.prep', async (job) => {
    const c = stillCurrent(job);
    return beforeAssessment(c) ? notifyAll(deps, c!, 'prep') : { status: 'done' };
  });
  deps.jobs.register('schedule.reminder', async (job) => {
    const c = stillCurrent(job);
    return beforeAssessment(c) ? notifyAll(deps, c!, 'reminder') : { status: 'done' };
  });
  deps.jobs.register('schedule.poll', async (job) => {
    const p = deps.proposals.get(String(job.payload.proposalId));
    const c = p && deps.cases.get(p.caseId);
    if (!p || !c || p.superseded) return { status: 'done' };
    const aadObjectId = String(job.payload.aadObjectId);
    const sent = await deps.sender.toPerson(aadObjectId, { attachments: [cardAttachment(pollCard(c, p, contextFor(deps, aadObjectId)))] });
    return outcomeOf(sent, deps.clock.now());
  });
}
