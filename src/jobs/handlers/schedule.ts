import { DateTime } from 'luxon';
import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliverCard, localeOf, outcomeOf } from '../../app/delivery.js';
import type { JobOutcome } from '../../app/ports.js';
import { invitePath, prepPath, type NoticeKind } from '../../app/schedule.js';
import type { CaseRecord, Participant } from '../../domain/case/case.js';
import { formatLocal } from '../../domain/time.js';
import { cardContext } from '../../teams/cards/context.js';
import { assessmentNoticeCard, pollCard } from '../../teams/cards/schedule-cards.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * Sends a notice about the assessment to everyone reachable in Teams; the handler also gets what
 * to send to the others.
 */
async function notifyAll(deps: AppDeps, c: CaseRecord, kind: NoticeKind): Promise<JobOutcome> {
  const s = c.schedule!;
  const outsiders = s.participants.filter((p) => !p.aadObjectId && p.email).map((p) => p.email!);
  const inTeams = new Map<string, Participant>();
  for (const p of s.participants) if (p.aadObjectId) inTeams.set(p.aadObjectId, p);
  const link = deps.links.url(kind === 'prep' ? prepPath(c) : invitePath(c));
  let outcome: JobOutcome = { status: 'done' };
  for (const [aadObjectId, p] of inTeams) {
    const ctx = cardContext(deps, localeOf(deps, aadObjectId));
    const handler = p.role === 'handler';
    const emails = outsiders.join(', ') || '–';
    const noAddress = s.participants.filter((x) => !x.aadObjectId && !x.email).map((x) => x.name);
    const forHandler = [
      ctx.t('invite.handlerText', { emails, days: deps.config.schedule.prepPackDays }),
      noAddress.length ? ctx.t('invite.noAddress', { names: noAddress.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const texts: Record<NoticeKind, string> = {
      invite: handler ? forHandler : ctx.t('invite.participantText'),
      updated: handler ? forHandler : ctx.t('invite.participantText'),
      cancelled: handler ? forHandler : '',
      prep: handler
        ? ctx.t('prep.handlerText', { emails })
        : ctx.t('prep.text', { when: formatLocal(s.slot.start, ctx.timeZone, ctx.locale) }),
      reminder: ctx.t('reminder.text', {
        when: DateTime.fromISO(s.slot.start).setZone(deps.config.timeZone).toFormat('HH:mm'),
      }),
    };
    const card = assessmentNoticeCard(c, s, kind, ctx, {
      text: texts[kind],
      link: kind === 'reminder' ? undefined : link,
      withSummary: kind === 'prep',
    });
    const sent = await deps.sender.toPerson(aadObjectId, cardMessage(card));
    if (sent.status !== 'sent') {
      deps.logger.warn({ caseId: c.id, kind, status: sent.status }, 'assessment notice not delivered');
      if (sent.status === 'unknown') outcome = outcomeOf(sent, deps.clock.now());
    }
  }
  return outcome;
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
        return c ? notifyAll(deps, c, job.payload.kind as NoticeKind) : { status: 'done' };
      },
    },
    'schedule.prep': {
      async run(job) {
        const c = stillCurrent(job);
        return beforeAssessment(c) ? notifyAll(deps, c, 'prep') : { status: 'done' };
      },
    },
    'schedule.reminder': {
      async run(job) {
        const c = stillCurrent(job);
        return beforeAssessment(c) ? notifyAll(deps, c, 'reminder') : { status: 'done' };
      },
    },
    'schedule.poll': {
      async run(job) {
        const p = deps.proposals.get(String(job.payload.proposalId));
        const c = p && deps.cases.get(p.caseId);
        if (!p || !c || p.superseded) return { status: 'done' };
        const aadObjectId = String(job.payload.aadObjectId);
        return deliverCard(deps, aadObjectId, pollCard(c, p, cardContext(deps, localeOf(deps, aadObjectId))));
      },
    },
  };
}
