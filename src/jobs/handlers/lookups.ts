import type { AppDeps } from '../../app/deps.js';
import { deliverCard, localeOf } from '../../app/delivery.js';
import { OWNER_EMAIL } from '../../app/followup.js';
import { resolveLead } from '../../app/people.js';
import { triageRefresh } from '../../app/triage.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { translator } from '../../i18n/index.js';
import { noticeCard } from '../../teams/cards/notice-card.js';
import { withoutMarkup } from '../../teams/cards/render.js';
import type { JobHandlers } from '../scheduler.js';

/** Jobs that tell a person what a look-up did not find (ids fixed by the case and the moment of the change). */
const tell = (c: CaseRecord, kind: 'lead' | 'owner', to: string, now: Date, extra: Record<string, unknown> = {}) => ({
  id: `lookup.tell:${c.id}:${kind}:${c.rev ?? 0}`,
  kind: 'lookup.tell',
  dueAt: now,
  payload: { caseId: c.id, about: kind, recipientId: to, ...extra },
});

/**
 * Look-ups of people in Teams that a card click must not wait for (issue 14): the named project
 * lead after a submission, the registrant's e-mail address, the action owners named by e-mail
 * in an assessment's outcome. Each records what it found on the case (running twice changes
 * nothing: only what is still unknown is looked up); whoever is not found is told to a person
 * who can act, the registrant or the handler who recorded the outcome, in whole sentences.
 */
export function lookupJobs(deps: AppDeps): JobHandlers {
  return {
    'intake.lead': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        if (c.lead?.source === 'self' && !c.lead.email) {
          const email = await deps.directory.emailOf(c.createdBy);
          if (!email) return { status: 'done' }; // the address is a courtesy: nobody needs to act
          await deps.cases.update(c.id, undefined, (cur) =>
            cur.lead?.source === 'self' && !cur.lead.email
              ? { next: { ...cur, lead: { ...cur.lead, email } }, events: [], jobs: [triageRefresh(cur, deps)] }
              : { next: cur, events: [] },
          );
          deps.jobs.kick();
          return { status: 'done' };
        }
        if (c.lead?.source !== 'pending') return { status: 'done' };
        const { leadId, lead } = await resolveLead(deps, c);
        const now = deps.clock.now();
        await deps.cases.update(c.id, undefined, (cur) => {
          // the registration changed meanwhile: its own look-up follows
          const same =
            cur.intake.leadEmail === c.intake.leadEmail && cur.intake.leadAadObjectId === c.intake.leadAadObjectId;
          if (cur.lead?.source !== 'pending' || !same) return { next: cur, events: [] };
          return {
            next: { ...cur, leadId, lead },
            events: [{ type: 'case.lead', actor: 'system', data: { found: lead.source === 'teams' } }],
            jobs: [
              triageRefresh(cur, deps),
              ...(lead.source === 'teams' ? [] : [tell(cur, 'lead', cur.createdBy, now)]),
            ],
          };
        });
        deps.jobs.kick();
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
    'outcome.owners': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const open = c.advice.filter((i) => !i.ownerId && i.ownerName && OWNER_EMAIL.test(i.ownerName));
        if (open.length === 0) return { status: 'done' };
        const found = new Map<string, string>();
        for (const item of open) {
          const member = await deps.directory.findByEmail(item.ownerName!);
          if (member) found.set(item.id, member.aadObjectId);
        }
        const missing = open.filter((i) => !found.has(i.id)).map((i) => i.id);
        const now = deps.clock.now();
        const handler = String(job.payload.recipientId ?? '') || c.triage?.handlerId || '';
        await deps.cases.update(c.id, undefined, (cur) => {
          const advice = cur.advice.map((i) =>
            found.has(i.id) && !i.ownerId ? { ...i, ownerId: found.get(i.id)! } : i,
          );
          const tellJobs = missing.length && handler ? [tell(cur, 'owner', handler, now, { itemIds: missing })] : [];
          return { next: found.size ? { ...cur, advice } : cur, events: [], jobs: tellJobs };
        });
        deps.jobs.kick();
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
    'lookup.tell': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const to = String(job.payload.recipientId);
        const about = job.payload.about === 'owner' ? 'owner' : 'lead';
        const spec = { id: job.id, caseId: c.id, kind: 'lookup' as const, detail: about, to };
        return deliverCard(deps, spec, () => {
          const t = translator(localeOf(deps, to, to === c.createdBy ? c.leadLocale : undefined));
          if (about === 'lead')
            return noticeCard(
              t('intake.leadNotFound.title', { id: c.id }),
              t('intake.leadNotFound', { lead: withoutMarkup(c.lead?.name || t('who.lead')), id: c.id }),
            );
          const ids = (job.payload.itemIds as string[]) ?? [];
          const lines = c.advice.flatMap((item, i) =>
            ids.includes(item.id)
              ? [t('outcome.ownerNotFound', { owner: withoutMarkup(item.ownerName ?? ''), n: i + 1, id: c.id })]
              : [],
          );
          return noticeCard(t('outcome.ownerNotFound.title', { id: c.id }), lines.join(' '));
        });
      },
      interrupted: 'retry',
    },
  };
}
