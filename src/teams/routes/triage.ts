import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CaseRecord } from '../../domain/case/case.js';
import { canTransition, type CaseAction } from '../../domain/case/lifecycle.js';
import { IMPACT_LEVELS, type ImpactLevel } from '../../domain/impact/rules.js';
import { accept, decline, markDuplicate, provideInfo, requestInfo, type Decided } from '../../domain/triage/decisions.js';
import type { MessageKey } from '../../i18n/index.js';
import { notifyLead, triageRefresh, triageView, type LeadNoticeKind } from '../../app/triage.js';
import { defineCardAction } from '../card-action-route.js';
import { cardContext, teamContext } from '../cards/context.js';
import { noticeCard } from '../cards/notice-card.js';
import type { CardJson } from '../cards/render.js';
import { leadNoticeCard, triageCard } from '../cards/triage-cards.js';
import type { App, Deps } from '../deps.js';

const TEXT_MAX = 1000;

/** The triage card of a case as it stands, for Team Uthiek. */
async function renderTriageCard(deps: Deps, c: CaseRecord, options: { actorId?: string; notice?: string } = {}): Promise<CardJson> {
  return triageCard(c, teamContext(deps), { ...(await triageView(deps, c)), ...options });
}

const ref = z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int().nonnegative() }).passthrough();
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

interface DecisionSpec {
  action: CaseAction;
  /** An error message for the card, or undefined when the input is fine. */
  check(c: CaseRecord, data: Record<string, unknown>): Promise<string | undefined>;
  decide(c: CaseRecord, data: Record<string, unknown>, actor: string): Decided;
  lead: LeadNoticeKind | ((next: CaseRecord) => { kind: LeadNoticeKind; requestId: string });
}

/**
 * One triage action, as every one of them goes: only Team Uthiek; the card must be current
 * (else the current state is shown and nothing changes); the lifecycle must allow it; the
 * input must be valid; then the decision, its audit events, the refreshed channel card and the
 * lead's notification are saved together.
 */
function defineDecision(app: App, deps: Deps, verb: string, spec: DecisionSpec): void {
  defineCardAction(app, deps, verb, ref, async (turn, data) => {
    if (!(await deps.members.isMember(turn.actorId))) return turn.t('triage.notMember');
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    const t = teamContext(deps).t;
    if ((c.rev ?? 0) !== data.rev) return renderTriageCard(deps, c, { notice: t('common.staleCard') });
    if (!canTransition(c.state, spec.action)) return renderTriageCard(deps, c, { notice: t('triage.wrongState', { id: c.id, state: t(`state.${c.state}` as MessageKey) }) });
    const problem = await spec.check(c, data);
    if (problem) return renderTriageCard(deps, c, { notice: problem, actorId: turn.actorId });
    const result = await deps.cases.update(c.id, data.rev, (current) => {
      const decided = spec.decide(current, data, turn.actorId!);
      const lead = typeof spec.lead === 'function' ? spec.lead(decided.next) : { kind: spec.lead, requestId: '' };
      return { ...decided, jobs: [triageRefresh(current, deps), notifyLead(current, lead.kind, deps, lead.requestId)] };
    });
    if (result.status === 'not-found') return turn.t('intake.notFound');
    if (result.status === 'conflict') return renderTriageCard(deps, result.current, { notice: t('common.staleCard') });
    deps.logger.info({ caseId: c.id, verb, userId: turn.actorId, state: result.case.state }, 'triage decision');
    deps.jobs.kick();
    return renderTriageCard(deps, result.case);
  });
}

export function registerTriage(app: App, deps: Deps): void {
  const t = () => teamContext(deps).t;

  defineDecision(app, deps, 'triage.accept', {
    action: 'accept',
    async check(_c, data) {
      if (!IMPACT_LEVELS.includes(text(data.impact) as ImpactLevel)) return t()('triage.error.impact');
      const handler = text(data.handlerId);
      if (!handler || !(await deps.members.isMember(handler))) return t()('triage.error.handler');
      return undefined;
    },
    decide: (c, data, actor) => accept(c, { actor, handlerId: text(data.handlerId), impact: text(data.impact) as ImpactLevel, now: deps.clock.now() }),
    lead: 'accepted',
  });

  defineDecision(app, deps, 'triage.ask', {
    action: 'request-info',
    check: async (_c, data) => (text(data.question) && text(data.question).length <= TEXT_MAX ? undefined : t()('triage.error.question', { max: TEXT_MAX })),
    decide: (c, data, actor) => requestInfo(c, { actor, question: text(data.question), requestId: randomUUID().slice(0, 8), now: deps.clock.now() }),
    lead: (next) => ({ kind: 'info', requestId: next.triage?.requests.at(-1)?.id ?? '' }),
  });

  defineDecision(app, deps, 'triage.decline', {
    action: 'decline',
    check: async (_c, data) => (text(data.reason) && text(data.reason).length <= TEXT_MAX ? undefined : t()('triage.error.reason', { max: TEXT_MAX })),
    decide: (c, data, actor) => decline(c, { actor, reason: text(data.reason), now: deps.clock.now() }),
    lead: 'declined',
  });

  defineDecision(app, deps, 'triage.duplicate', {
    action: 'mark-duplicate',
    async check(c, data) {
      const target = text(data.duplicateOf).toUpperCase();
      if (target === c.id) return t()('triage.error.duplicateSelf');
      const other = deps.cases.get(target);
      if (!other || ['declined', 'duplicate', 'abandoned', 'cancelled', 'intake'].includes(other.state)) return t()('triage.error.duplicateUnknown', { target: target || '–' });
      return undefined;
    },
    decide(c, data, actor) {
      const target = deps.cases.get(text(data.duplicateOf).toUpperCase())!;
      const { targetEvent, ...decided } = markDuplicate(c, target, { actor, now: deps.clock.now() });
      return { ...decided, events: [...decided.events, targetEvent] };
    },
    lead: 'duplicate',
  });

  // The lead answers a question from Team Uthiek; the case goes back to the queue.
  defineCardAction(app, deps, 'triage.answer', z.object({ caseId: z.string().min(1).max(40), requestId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (turn.actorId !== c.leadId && turn.actorId !== c.createdBy) return turn.t('intake.notYours');
    const request = c.triage?.requests.find((r) => r.id === data.requestId);
    if (!request || request.answer || !canTransition(c.state, 'provide-info')) return noticeCard(turn.t('lead.info.done'));
    const answer = text(data.answer);
    if (!answer || answer.length > 2000) {
      return leadNoticeCard(c, 'info', cardContext(deps, turn.locale), { members: [], request, error: turn.t('lead.info.error', { max: 2000 }) });
    }
    const result = await deps.cases.update(c.id, undefined, (current) => ({
      ...provideInfo(current, { actor: turn.actorId!, requestId: request.id, answer, now: deps.clock.now() }),
      jobs: [triageRefresh(current, deps)],
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    deps.jobs.kick();
    return noticeCard(turn.t('lead.info.thanks', { id: c.id }));
  });
}
