import { z } from 'zod';
import { invitePeopleOutside } from '../../app/outside.js';
import { cancelAssessment, confirmAssessment, noticeDays, proposeAssessment } from '../../app/schedule.js';
import type { Member } from '../../app/ports.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { canTransition } from '../../domain/case/lifecycle.js';
import { conflictedPanelIds } from '../../domain/outside/outside.js';
import { missingRequirements } from '../../domain/intake/completeness.js';
import { panelRuleAtConfirm, type ProposalRecord } from '../../domain/schedule/proposal.js';
import { formatLocal, localDate } from '../../domain/time.js';
import { cardContext } from '../cards/context.js';
import { missingList } from '../cards/intake-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment, withoutMarkup, type CardJson } from '../cards/render.js';
import { proposalCard } from '../cards/schedule-cards.js';
import { answerOnCaseCard, outdatedCaseCard } from '../cards/case-card.js';
import { nameOf } from '../cards/triage-cards.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';
import { stateSentence } from '../../i18n/labels.js';
import { text } from '../input.js';
import { plural } from '../../i18n/index.js';

/**
 * Scheduling an assessment (Team Uthiek): propose moments, poll the people in Teams, record the
 * answers of external panel members, confirm or cancel; and the participants' poll answers.
 */

const PLANNABLE = new Set<CaseRecord['state']>(['accepted', 'scheduled']);
const ONLY_UTHIEK = { audience: 'uthiek', refused: 'schedule.notHandler' } as const;
const proposalRef = z.object({ proposalId: z.string().min(1).max(40) }).passthrough();

type Extra = { notice?: string; noticeIsGood?: boolean; urgent?: boolean; urgentReason?: string };

function render(deps: Deps, turn: Turn, c: CaseRecord, p: ProposalRecord, extra: Extra = {}): CardJson {
  return proposalCard(c, p, cardContext(deps, turn.locale), {
    panel: deps.panel.all(),
    noticeDays: noticeDays(deps, c),
    clearance: {
      today: localDate(deps.clock.now(), deps.config.timeZone),
      vogValidMonths: deps.config.panelVogValidMonths,
    },
    ...extra,
  });
}

type Found = { ok: true; c: CaseRecord; p: ProposalRecord } | { ok: false; answer: string };

/** The proposal and its case, if both still stand. */
function current(deps: Deps, turn: Turn, proposalId: string): Found {
  const p = deps.proposals.get(proposalId);
  const c = p && deps.cases.get(p.caseId);
  if (!p || !c) return { ok: false, answer: turn.t('intake.notFound') };
  if (p.superseded || !PLANNABLE.has(c.state)) return { ok: false, answer: turn.t('schedule.stale') };
  return { ok: true, c, p };
}

const wrongState = (turn: Turn, c: CaseRecord) => turn.t('schedule.wrongState', { status: stateSentence(turn.t, c) });

/** Proposes moments for the case (urgent only with a reason). */
async function start(
  deps: Deps,
  turn: Turn,
  caseId: string,
  data: Record<string, unknown> = {},
): Promise<CardJson | string> {
  const c = deps.cases.get(caseId.toUpperCase());
  if (!c) return turn.t('intake.notFound');
  if (!PLANNABLE.has(c.state)) return wrongState(turn, c);
  const urgent = text(data.urgent) === 'true';
  const urgentReason = urgent ? text(data.urgentReason) : undefined;
  if (urgentReason === '') {
    const last = deps.proposals.current(c.id);
    if (last) return render(deps, turn, c, last, { notice: turn.t('schedule.urgentNeedsReason'), urgent: true });
    return turn.t('schedule.urgentNeedsReason');
  }
  const leadName = nameOf(c.leadId, await deps.members.list(), turn, c);
  const p = await proposeAssessment(deps, c, { actorId: turn.actor.id, leadName, urgentReason });
  return render(deps, turn, c, p, { urgent, urgentReason });
}

/** A Team Uthiek member's address, as Teams gives it, for the calendar invitation. */
const emailOf = (members: readonly Member[], id: string) => {
  const email = members.find((m) => m.aadObjectId === id)?.email;
  return email ? { email } : {};
};

export const plan = command({
  id: 'plan',
  words: { nl: ['plan', 'plannen'], en: ['schedule'] },
  help: 'help.cmd.plan',
  ...ONLY_UTHIEK,
  async handle(turn, args, deps) {
    const caseId = args.split(/\s+/)[0] ?? '';
    const answer = caseId ? await start(deps, turn, caseId) : turn.t('plan.usage');
    await turn.context.sendActivity(typeof answer === 'string' ? answer : { attachments: [cardAttachment(answer)] });
  },
});

export const propose = cardAction({
  ...ONLY_UTHIEK,
  schema: z.object({ caseId: z.string().min(1).max(40) }).passthrough(),
  handle: (turn, data, deps) => start(deps, turn, data.caseId, data),
});

export const status = cardAction({
  shows: true,
  ...ONLY_UTHIEK,
  schema: proposalRef,
  async handle(turn, data, deps) {
    const found = current(deps, turn, data.proposalId);
    return found.ok ? render(deps, turn, found.c, found.p) : found.answer;
  },
});

export const poll = cardAction({
  ...ONLY_UTHIEK,
  schema: proposalRef,
  async handle(turn, data, deps) {
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    const { p } = found;
    if (p.pending) return render(deps, turn, found.c, p);
    const now = deps.clock.now();
    await deps.jobs.enqueue(
      ...p.invitees.map((i) => ({
        id: `schedule.poll:${p.id}:${i.aadObjectId}`,
        kind: 'schedule.poll',
        dueAt: now,
        payload: { proposalId: p.id, aadObjectId: i.aadObjectId },
      })),
    );
    const outside = await invitePeopleOutside(deps, found.c.id, p, turn.actor.id);
    const links = outside.map((o) => `${withoutMarkup(o.name)}: ${o.url}`).join(' · ');
    const more = deps.outlook ? turn.t('outside.mailed') : turn.t('outside.handlerLinks', { links });
    return render(deps, turn, found.c, p, {
      notice: [
        plural(turn.t, 'schedule.polled', p.invitees.length, { count: p.invitees.length }),
        ...(outside.length ? [more] : []),
      ].join(' '),
      noticeIsGood: true,
    });
  },
});

/** A participant in Teams answers the availability poll. */
export const answer = cardAction({
  audience: 'everyone',
  schema: proposalRef,
  async handle(turn, data, deps) {
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    if (!found.p.invitees.some((i) => i.aadObjectId === turn.actor.id)) return turn.t('poll.notInvited');
    const given = (i: number) => text(data[`slot_${i}`]);
    const answers = Object.fromEntries(
      found.p.slots.flatMap((_, i) =>
        given(i) === 'yes' || given(i) === 'no' ? [[String(i), given(i) as 'yes' | 'no']] : [],
      ),
    );
    await deps.proposals.setAnswers(found.p.id, turn.actor.id, answers);
    return noticeCard(turn.t('poll.thanks'));
  },
});

/** The handler records what external panel members answered. */
export const external = cardAction({
  ...ONLY_UTHIEK,
  schema: proposalRef,
  async handle(turn, data, deps) {
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    const updates: Record<string, Record<string, 'yes' | 'no'>> = {};
    for (const [key, value] of Object.entries(data)) {
      const m = /^ext_(.+)_(\d+)$/.exec(key);
      if (!m || !['yes', 'no'].includes(text(value))) continue;
      if (!found.p.slots[Number(m[2])]?.panel.some((x) => x.memberId === m[1])) continue;
      (updates[`panel:${m[1]}`] ??= {})[m[2]!] = text(value) as 'yes' | 'no';
    }
    const saved = await deps.proposals.mergeAnswers(found.p.id, updates);
    return render(deps, turn, found.c, saved ?? found.p);
  },
});

export const confirm = cardAction({
  ...ONLY_UTHIEK,
  schema: proposalRef,
  async handle(turn, data, deps) {
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    const { c, p } = found;
    const missing = missingRequirements(c.intake);
    if (missing.length)
      return render(deps, turn, c, p, {
        notice: turn.t('schedule.incomplete', { list: missingList(missing, turn.t).join(', ') }),
      });
    const index = Number(text(data.slot));
    const slot = p.slots[index];
    if (!slot || text(data.slot) === '') return render(deps, turn, c, p, { notice: turn.t('schedule.noSlot') });
    // a member who declared a conflict of interest neither counts for the panel rule nor is invited
    const conflicted = conflictedPanelIds(c.outside);
    const rule = panelRuleAtConfirm(c.triage?.impact ?? c.triage?.suggestedImpact ?? 'low', p, index, conflicted);
    if (!rule.allowed)
      return render(deps, turn, c, p, { notice: turn.t('schedule.panelNotAccepted', { n: index + 1 }) });
    const members = await deps.members.list();
    const handlerId = c.triage?.handlerId ?? turn.actor.id;
    const result = await confirmAssessment(
      deps,
      c,
      { ...slot, panel: slot.panel.filter((m) => !conflicted.has(m.memberId)) },
      {
        actorId: turn.actor.id,
        handler: {
          aadObjectId: handlerId,
          name: nameOf(handlerId, members, turn, c),
          ...emailOf(members, handlerId),
        },
        leadName: nameOf(c.leadId, members, turn, c),
      },
      { panelAccepted: rule.panelAccepted, ...(p.urgentReason ? { urgentReason: p.urgentReason } : {}) },
    );
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    await deps.proposals.supersede(p.id);
    deps.jobs.kick();
    deps.logger.info(
      { caseId: c.id, sequence: result.case.schedule?.sequence, urgent: Boolean(result.case.schedule?.urgentReason) },
      'assessment scheduled',
    );
    const when = turn.t('invite.when', { when: formatLocal(slot.slot.start, deps.config.timeZone, turn.locale) });
    const title = turn.t(c.state === 'scheduled' ? 'invite.updated' : 'invite.title', { id: c.id });
    return answerOnCaseCard(deps, turn.context.activity.replyToId, result.case, title, when);
  },
});

export const cancel = cardAction({
  ...ONLY_UTHIEK,
  schema: z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int() }).passthrough(),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'unschedule') || !c.schedule) return outdatedCaseCard(deps, c, wrongState(turn, c));
    const result = await cancelAssessment(deps, c.id, data.rev, turn.actor.id);
    if (result.status === 'conflict') return outdatedCaseCard(deps, result.current, turn.t('common.staleCard'));
    if (result.status !== 'ok') return turn.t('intake.notFound');
    deps.jobs.kick();
    const title = turn.t('invite.cancelled', { id: c.id });
    return answerOnCaseCard(deps, turn.context.activity.replyToId, result.case, title);
  },
});
