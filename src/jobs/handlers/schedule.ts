import type { AppDeps } from '../../app/deps.js';
import { caseLocaleOf, deliverCard, deliveryRecord, localeOf } from '../../app/delivery.js';
import type { JobOutcome } from '../../app/ports.js';
import { completeProposal, noticeDays, type NoticeKind } from '../../app/schedule.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { cardContext, teamContext } from '../../teams/cards/context.js';
import { nameOf } from '../../teams/cards/triage-cards.js';
import { currentCard } from '../../teams/cards/current-card.js';
import { proposalCard } from '../../teams/cards/schedule-cards.js';
import type { JobHandlers } from '../scheduler.js';

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
        const target = { card: 'assessment' as const, caseId: c.id, kind, sequence: String(c.schedule!.sequence) };
        return deliverCard(deps, spec, () => currentCard(deps, target, { id: to, locale: caseLocaleOf(deps, to, c) }));
      },
      interrupted: 'retry',
    },
    // the calendars read, the pending proposal completed and sent to whoever asked for it
    'schedule.freebusy': {
      async run(job) {
        const p = deps.proposals.get(String(job.payload.proposalId));
        if (!p || p.superseded) return { status: 'done' };
        const c = deps.cases.get(p.caseId);
        if (!c) return { status: 'done' };
        const input = {
          actorId: String(job.payload.recipientId),
          leadName: nameOf(c.leadId, await deps.members.list(), teamContext(deps), c),
          ...(typeof job.payload.urgentReason === 'string' ? { urgentReason: job.payload.urgentReason } : {}),
        };
        const done = p.pending ? await completeProposal(deps, p, input) : { c, p };
        if (!done) return { status: 'done' };
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
          currentCard(deps, { card: 'poll', proposalId: p.id }, { id: to, locale: caseLocaleOf(deps, to, c) }),
        );
      },
      interrupted: 'retry',
    },
  };
}
