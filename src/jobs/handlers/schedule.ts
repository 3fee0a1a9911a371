import { DateTime } from 'luxon';
import type { AppDeps } from '../../app/deps.js';
import { deliverCard, deliveryRecord, localeOf } from '../../app/delivery.js';
import type { JobOutcome } from '../../app/ports.js';
import { completeProposal, invitePath, noticeDays, prepPath, type NoticeKind } from '../../app/schedule.js';
import type { CaseRecord, Participant } from '../../domain/case/case.js';
import { formatLocal } from '../../domain/time.js';
import { cardContext, type CardContext } from '../../teams/cards/context.js';
import { currentCard } from '../../teams/cards/current-card.js';
import { assessmentNoticeCard, proposalCard } from '../../teams/cards/schedule-cards.js';
import type { JobHandlers } from '../scheduler.js';

/** The notice's text for one participant: the handler also gets what to send to those outside Teams. */
function noticeText(
  deps: AppDeps,
  c: CaseRecord,
  kind: NoticeKind,
  p: Participant,
  t: CardContext['t'],
  ctx: CardContext,
) {
  const s = c.schedule!;
  const emails =
    s.participants
      .filter((o) => !o.aadObjectId && o.email)
      .map((o) => o.email!)
      .join(', ') || '–';
  const handler = p.role === 'handler';
  const days = deps.config.schedule.prepPackDays;
  const outlook = Boolean(deps.outlook);
  // participants the invitation cannot carry (no address, not in Teams): the handler invites them
  const noAddress = s.participants.filter((o) => !o.aadObjectId && !o.email).map((o) => o.name);
  const forHandler = [
    outlook ? t('invite.handlerTextOutlook', { days }) : t('invite.handlerText', { emails, days }),
    noAddress.length ? t('invite.noAddress', { names: noAddress.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  switch (kind) {
    case 'invite':
    case 'updated':
      return handler ? forHandler : t(outlook ? 'invite.participantTextOutlook' : 'invite.participantText');
    case 'cancelled':
      return handler && !outlook ? forHandler : '';
    case 'prep':
      return handler
        ? t('prep.handlerText', { emails })
        : t('prep.text', { when: formatLocal(s.slot.start, ctx.timeZone, ctx.locale) });
    case 'reminder':
      return t('reminder.text', {
        when: DateTime.fromISO(s.slot.start).setZone(deps.config.timeZone).toFormat('HH:mm'),
      });
  }
}

/**
 * Plans a notice about the assessment for everyone reachable in Teams: one delivery record and
 * one job per recipient, in one write, so a recipient who cannot be reached holds up nobody else
 * and nobody gets the notice twice.
 */
async function planNotices(deps: AppDeps, c: CaseRecord, kind: NoticeKind, messageId: string): Promise<JobOutcome> {
  const recipients = [...new Set(c.schedule!.participants.flatMap((p) => (p.aadObjectId ? [p.aadObjectId] : [])))];
  const now = deps.clock.now();
  const specs = recipients.map((to) => ({
    id: `${messageId}:${to}`,
    messageId,
    caseId: c.id,
    kind: 'assessment-notice' as const,
    detail: kind,
    recipient: { kind: 'person' as const, id: to },
  }));
  await deps.deliveries.plan(
    specs.map((spec) => deliveryRecord(spec, now)),
    {
      jobs: specs.map((spec) => ({
        id: `schedule.notice:${spec.id}`,
        kind: 'schedule.notice',
        dueAt: now,
        payload: { caseId: c.id, sequence: c.schedule!.sequence, kind, messageId, aadObjectId: spec.recipient.id },
      })),
    },
  );
  deps.jobs.kick();
  return { status: 'done' };
}

/** Background work of scheduling: invitations, the preparation pack, the reminder, availability polls. */
export function scheduleJobs(deps: AppDeps): JobHandlers {
  const stillCurrent = (job: { payload: Record<string, unknown> }) => {
    const c = deps.cases.get(String(job.payload.caseId));
    return c?.schedule && c.schedule.sequence === Number(job.payload.sequence) ? c : undefined;
  };
  // A preparation pack or reminder that is only due after the assessment (the bot was down) is no use.
  const beforeAssessment = (c: CaseRecord | undefined): c is CaseRecord =>
    Boolean(c && c.state === 'scheduled' && deps.clock.now() < new Date(c.schedule!.slot.start));

  return {
    'schedule.notify': {
      async run(job) {
        const c = stillCurrent(job);
        return c ? planNotices(deps, c, job.payload.kind as NoticeKind, job.id) : { status: 'done' };
      },
      interrupted: 'retry',
    },
    'schedule.prep': {
      async run(job) {
        const c = stillCurrent(job);
        return beforeAssessment(c) ? planNotices(deps, c, 'prep', job.id) : { status: 'done' };
      },
      interrupted: 'retry',
    },
    'schedule.reminder': {
      async run(job) {
        const c = stillCurrent(job);
        return beforeAssessment(c) ? planNotices(deps, c, 'reminder', job.id) : { status: 'done' };
      },
      interrupted: 'retry',
    },
    // one recipient's notice; what is out of date by the time it runs is not sent
    'schedule.notice': {
      async run(job) {
        const kind = job.payload.kind as NoticeKind;
        const c = stillCurrent(job);
        const current = c && (kind === 'prep' || kind === 'reminder' ? beforeAssessment(c) : true);
        if (!c || !current) return { status: 'done' };
        const to = String(job.payload.aadObjectId);
        const p = c.schedule!.participants.find((x) => x.aadObjectId === to);
        if (!p) return { status: 'done' };
        const messageId = String(job.payload.messageId);
        const spec = {
          id: `${messageId}:${to}`,
          messageId,
          caseId: c.id,
          kind: 'assessment-notice' as const,
          detail: kind,
          to,
        };
        return deliverCard(deps, spec, () => {
          const ctx = cardContext(deps, localeOf(deps, to));
          const link = deps.links.url(kind === 'prep' ? prepPath(c) : invitePath(c));
          // with Outlook the invitation comes from the shared mailbox's calendar: no .ics beside it
          const calendarFile = kind !== 'prep' && kind !== 'reminder';
          return assessmentNoticeCard(c, c.schedule!, kind, ctx, {
            text: noticeText(deps, c, kind, p, ctx.t, ctx),
            link: kind === 'reminder' || (calendarFile && deps.outlook) ? undefined : link,
            withSummary: kind === 'prep',
          });
        });
      },
      interrupted: 'retry',
    },
    // the calendars read, the pending proposal completed and sent to whoever asked for it
    'schedule.freebusy': {
      async run(job) {
        const p = deps.proposals.get(String(job.payload.proposalId));
        if (!p || p.superseded) return { status: 'done' };
        const input = {
          actorId: String(job.payload.actorId),
          leadName: String(job.payload.leadName ?? ''),
          ...(typeof job.payload.urgentReason === 'string' ? { urgentReason: job.payload.urgentReason } : {}),
        };
        const done = p.pending ? await completeProposal(deps, p, input) : { c: deps.cases.get(p.caseId)!, p };
        if (!done?.c) return { status: 'done' };
        const spec = { id: job.id, caseId: done.c.id, kind: 'proposal' as const, to: input.actorId };
        return deliverCard(deps, spec, () =>
          proposalCard(done.c, done.p, cardContext(deps, localeOf(deps, input.actorId)), {
            panel: deps.panel.all(),
            noticeDays: noticeDays(deps, done.c),
            urgent: input.urgentReason !== undefined,
            urgentReason: input.urgentReason,
          }),
        );
      },
      interrupted: 'retry',
    },
    'schedule.poll': {
      async run(job) {
        const p = deps.proposals.get(String(job.payload.proposalId));
        const c = p && deps.cases.get(p.caseId);
        if (!p || !c || p.superseded) return { status: 'done' };
        const to = String(job.payload.aadObjectId);
        const spec = { id: job.id, caseId: c.id, kind: 'poll' as const, to };
        return deliverCard(deps, spec, () =>
          currentCard(deps, { card: 'poll', proposalId: p.id }, { id: to, locale: localeOf(deps, to) }),
        );
      },
      interrupted: 'retry',
    },
  };
}
