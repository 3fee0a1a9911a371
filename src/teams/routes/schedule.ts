import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { assessmentJobs } from '../../app/schedule.js';
import { triageRefresh } from '../../app/triage.js';
import type { CaseRecord, Schedule } from '../../domain/case/case.js';
import { canTransition, eventTypeOf, transition } from '../../domain/case/lifecycle.js';
import { missingRequirements } from '../../domain/intake/completeness.js';
import { neededExpertise } from '../../domain/schedule/panel.js';
import { participantsFor, type Invitee, type ProposalRecord } from '../../domain/schedule/proposal.js';
import { proposeSlots } from '../../domain/schedule/slot-finder.js';
import { officeHours } from '../../domain/schedule/slot-times.js';
import { formatLocal } from '../../domain/time.js';
import type { MessageKey } from '../../i18n/index.js';
import { defineCardAction } from '../card-action-route.js';
import { cardContext } from '../cards/context.js';
import { missingList } from '../cards/intake-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment, type CardJson } from '../cards/render.js';
import { pollCard, proposalCard } from '../cards/schedule-cards.js';
import { nameOf } from '../cards/triage-cards.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import type { Turn } from '../turn.js';

const PLANNABLE = new Set<CaseRecord['state']>(['accepted', 'scheduled']);
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Confirmed assessments of other cases, for the panel's load. */
function confirmedAssessments(deps: Deps, exceptCaseId: string) {
  return deps.cases
    .all((c) => c.id !== exceptCaseId && Boolean(c.schedule) && !c.schedule?.cancelledAt)
    .map((c) => ({ start: c.schedule!.slot.start, panelIds: c.schedule!.participants.flatMap((p) => (p.panelId ? [p.panelId] : [])) }));
}

function noticeDays(deps: Deps, c: CaseRecord): number {
  return (c.triage?.impact ?? c.triage?.suggestedImpact) === 'high' ? deps.config.schedule.noticeDays.high : deps.config.schedule.noticeDays.other;
}

async function render(deps: Deps, turn: Turn, c: CaseRecord, p: ProposalRecord, extra: { notice?: string; noticeIsGood?: boolean; urgent?: boolean; urgentReason?: string } = {}) {
  return proposalCard(c, p, cardContext(deps, turn.locale), { panel: deps.panel.all(), noticeDays: noticeDays(deps, c), ...extra });
}

/** Proposes moments for the case's assessment and keeps the proposal; earlier proposals lapse. */
async function propose(deps: Deps, turn: Turn, c: CaseRecord, urgentReason?: string): Promise<CardJson> {
  const impact = c.triage?.impact ?? c.triage?.suggestedImpact ?? 'low';
  const handlerId = c.triage?.handlerId ?? turn.actorId!;
  const proposal = proposeSlots({
    impact,
    needed: neededExpertise(c.intake, deps.valueModel),
    handler: deps.availability.get(handlerId) ?? officeHours(handlerId),
    lead: deps.availability.get(c.leadId),
    panel: deps.panel.all(),
    assessments: confirmedAssessments(deps, c.id),
    now: deps.clock.now(),
    options: {
      tz: deps.config.timeZone,
      durationMinutes: deps.config.schedule.assessmentMinutes,
      noticeDays: deps.config.schedule.noticeDays,
      ...(urgentReason !== undefined ? { urgent: { reason: urgentReason } } : {}),
    },
  });
  const members = await deps.members.list();
  const panelById = new Map(deps.panel.all().map((m) => [m.id, m]));
  const invitees: Invitee[] = [{ aadObjectId: c.leadId, name: nameOf(c.leadId, members, turn, c), role: 'lead' }];
  for (const pick of new Map(proposal.slots.flatMap((s) => s.panel).map((m) => [m.memberId, m])).values()) {
    const member = panelById.get(pick.memberId);
    if (member?.teamsAadObjectId) invitees.push({ aadObjectId: member.teamsAadObjectId, name: member.name, role: 'panel', panelId: member.id });
  }
  const record: ProposalRecord = {
    id: `prop-${randomUUID().slice(0, 12)}`,
    caseId: c.id,
    mode: c.state === 'scheduled' ? 'reschedule' : 'schedule',
    slots: proposal.slots,
    problems: proposal.problems,
    ...(urgentReason ? { urgentReason } : {}),
    createdAt: deps.clock.now().toISOString(),
    createdBy: turn.actorId!,
    invitees,
    answers: {},
  };
  await deps.proposals.replace(record);
  deps.logger.info({ caseId: c.id, proposalId: record.id, slots: record.slots.length, problems: record.problems.map((p) => p.code) }, 'assessment proposed');
  return render(deps, turn, c, record, { urgent: urgentReason !== undefined, urgentReason });
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

const proposalRef = z.object({ proposalId: z.string().min(1).max(40) }).passthrough();

export function registerSchedule(app: App, deps: Deps): void {
  const member = (turn: Turn) => deps.members.isMember(turn.actorId);

  const start = async (turn: Turn, caseId: string, data: Record<string, unknown> = {}): Promise<CardJson | string> => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const c = deps.cases.get(caseId.toUpperCase());
    if (!c) return turn.t('intake.notFound');
    if (!PLANNABLE.has(c.state)) return turn.t('schedule.wrongState', { id: c.id, state: turn.t(`state.${c.state}` as MessageKey) });
    const urgent = text(data.urgent) === 'true';
    const reason = text(data.urgentReason);
    if (urgent && !reason) {
      const last = deps.proposals.current(c.id);
      if (last) return render(deps, turn, c, last, { notice: turn.t('schedule.urgentNeedsReason'), urgent: true });
      return turn.t('schedule.urgentNeedsReason');
    }
    return propose(deps, turn, c, urgent ? reason : undefined);
  };

  defineCommand(app, deps, { id: 'plan', words: { nl: ['plan', 'plannen'], en: ['schedule'] }, help: 'help.cmd.plan', audience: 'uthiek' }, async (turn, args) => {
    const answer = await start(turn, args.split(/\s+/)[0] ?? '');
    await turn.context.sendActivity(typeof answer === 'string' ? answer : { attachments: [cardAttachment(answer)] });
  });

  defineCardAction(app, deps, 'schedule.propose', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), (turn, data) => start(turn, data.caseId, data));

  defineCardAction(app, deps, 'schedule.status', proposalRef, async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const found = current(deps, turn, data.proposalId);
    return found.ok ? render(deps, turn, found.c, found.p) : found.answer;
  });

  defineCardAction(app, deps, 'schedule.poll', proposalRef, async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    await deps.jobs.enqueue(
      ...found.p.invitees.map((invitee) => ({ id: `schedule.poll:${found.p.id}:${invitee.aadObjectId}`, kind: 'schedule.poll', dueAt: deps.clock.now(), payload: { proposalId: found.p.id, aadObjectId: invitee.aadObjectId } })),
    );
    return render(deps, turn, found.c, found.p, { notice: turn.t('schedule.polled', { count: found.p.invitees.length }), noticeIsGood: true });
  });

  defineCardAction(app, deps, 'schedule.answer', proposalRef, async (turn, data) => {
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    if (!found.p.invitees.some((i) => i.aadObjectId === turn.actorId)) return turn.t('poll.notInvited');
    const answers = Object.fromEntries(found.p.slots.flatMap((_, i) => (['yes', 'no'].includes(text(data[`slot_${i}`])) ? [[String(i), text(data[`slot_${i}`]) as 'yes' | 'no']] : [])));
    await deps.proposals.setAnswers(found.p.id, turn.actorId!, answers);
    return noticeCard(turn.t('poll.thanks'));
  });

  defineCardAction(app, deps, 'schedule.external', proposalRef, async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
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
  });

  defineCardAction(app, deps, 'schedule.confirm', proposalRef, async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const found = current(deps, turn, data.proposalId);
    if (!found.ok) return found.answer;
    const { c, p } = found;
    const missing = missingRequirements(c.intake);
    if (missing.length) return render(deps, turn, c, p, { notice: turn.t('schedule.incomplete', { list: missingList(missing, turn.t).join(', ') }) });
    const slot = p.slots[Number(text(data.slot))];
    if (!slot || text(data.slot) === '') return render(deps, turn, c, p, { notice: turn.t('schedule.noSlot') });
    const members = await deps.members.list();
    const handlerId = c.triage?.handlerId ?? turn.actorId!;
    const result = await deps.cases.update(c.id, c.rev, (cur) => {
      const action = cur.state === 'scheduled' ? 'reschedule' : 'schedule';
      const keep = cur.schedule && !cur.schedule.cancelledAt ? cur.schedule : undefined;
      const schedule: Schedule = {
        slot: slot.slot,
        participants: participantsFor(cur, slot, deps.panel.all(), { handler: { aadObjectId: handlerId, name: nameOf(handlerId, members, turn, cur) }, leadName: nameOf(cur.leadId, members, turn, cur) }),
        ...(slot.urgent ? { urgentReason: slot.urgent.reason } : {}),
        uid: keep?.uid ?? `${cur.id.toLowerCase()}-${randomUUID()}@uthiek-bot`,
        sequence: keep ? keep.sequence + 1 : 0,
        confirmedAt: deps.clock.now().toISOString(),
        confirmedBy: turn.actorId!,
      };
      const next: CaseRecord = { ...cur, state: transition(cur.state, action), schedule };
      return {
        next,
        events: [
          {
            type: eventTypeOf(action),
            actor: turn.actorId!,
            from: cur.state,
            to: next.state,
            data: { start: slot.slot.start, sequence: schedule.sequence, urgent: Boolean(slot.urgent), panelIds: slot.panel.map((m) => m.memberId), experts: schedule.participants.filter((x) => x.role === 'expert').length },
          },
        ],
        jobs: [...assessmentJobs(deps, next, keep ? 'updated' : 'invite'), triageRefresh(cur, deps)],
      };
    });
    if (result.status !== 'ok') return turn.t('common.staleCard');
    await deps.proposals.supersede(p.id);
    deps.jobs.kick();
    deps.logger.info({ caseId: c.id, sequence: result.case.schedule?.sequence, urgent: Boolean(slot.urgent) }, 'assessment scheduled');
    return noticeCard(turn.t(c.state === 'scheduled' ? 'invite.updated' : 'invite.title', { id: c.id }), turn.t('invite.when', { when: formatLocal(slot.slot.start, deps.config.timeZone, turn.locale) }));
  });

  defineCardAction(app, deps, 'schedule.cancel', z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int() }).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('schedule.notHandler');
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'unschedule') || !c.schedule) return turn.t('schedule.wrongState', { id: c.id, state: turn.t(`state.${c.state}` as MessageKey) });
    const result = await deps.cases.update(c.id, data.rev, (cur) => {
      const schedule: Schedule = { ...cur.schedule!, sequence: cur.schedule!.sequence + 1, cancelledAt: deps.clock.now().toISOString() };
      const next: CaseRecord = { ...cur, state: transition(cur.state, 'unschedule'), schedule };
      return {
        next,
        events: [{ type: eventTypeOf('unschedule'), actor: turn.actorId!, from: cur.state, to: next.state, data: { sequence: schedule.sequence } }],
        jobs: [...assessmentJobs(deps, next, 'cancelled'), triageRefresh(cur, deps)],
      };
    });
    if (result.status !== 'ok') return turn.t('common.staleCard');
    deps.jobs.kick();
    return noticeCard(turn.t('invite.cancelled', { id: c.id }));
  });
}

