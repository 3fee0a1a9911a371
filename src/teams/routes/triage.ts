import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CaseRecord } from '../../domain/case/case.js';
import { canTransition, type CaseAction, type CaseState } from '../../domain/case/lifecycle.js';
import { IMPACT_LEVELS, isLowered, type ImpactLevel } from '../../domain/impact/rules.js';
import {
  accept as acceptCase,
  decline as declineCase,
  markDuplicate,
  provideInfo,
  requestInfo,
  type Decided,
} from '../../domain/triage/decisions.js';
import { notifyLead, triageRefresh, type LeadNoticeKind } from '../../app/triage.js';
import { cardContext, teamContext } from '../cards/context.js';
import { noticeCard } from '../cards/notice-card.js';
import { triageCardFor } from '../cards/case-card.js';
import { leadNoticeCard } from '../cards/triage-cards.js';
import type { Deps } from '../deps.js';
import { cardAction, type CardActionRoute } from '../routing/card-action.js';
import type { MessageKey } from '../../i18n/index.js';
import { stateSentence } from '../../i18n/labels.js';
import { text } from '../input.js';

const TEXT_MAX = 1000;

const ref = z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int().nonnegative() }).passthrough();

interface DecisionSpec {
  action: CaseAction;
  /** An error message for the card (in the team's language), or undefined when the input is fine. */
  check(c: CaseRecord, data: Record<string, unknown>, deps: Deps): Promise<string | undefined>;
  decide(c: CaseRecord, data: Record<string, unknown>, actor: string, deps: Deps): Decided;
  lead: LeadNoticeKind | ((next: CaseRecord) => { kind: LeadNoticeKind; requestId: string });
  /** Why the action cannot be taken in a state, where a sentence of its own says it better than the state alone. */
  refusedIn?: Partial<Record<CaseState, MessageKey>>;
}

/**
 * One triage action, as every one of them goes: only Team Uthiek; the card must be current
 * (else the current state is shown and nothing changes); the lifecycle must allow it; the
 * input must be valid; then the decision, its audit events, the refreshed channel card and the
 * lead's notification are saved together.
 */
function decision(spec: DecisionSpec): CardActionRoute<typeof ref> {
  return cardAction({
    audience: 'uthiek',
    refused: 'triage.notMember',
    schema: ref,
    async handle(turn, data, deps) {
      const c = deps.cases.get(data.caseId);
      if (!c) return turn.t('intake.notFound');
      const t = teamContext(deps).t;
      if ((c.rev ?? 0) !== data.rev) return triageCardFor(deps, c, { notice: t('common.staleCard') });
      if (!canTransition(c.state, spec.action)) {
        const own = spec.refusedIn?.[c.state];
        return triageCardFor(deps, c, {
          notice: own ? t(own) : t('triage.wrongState', { status: stateSentence(t, c) }),
        });
      }
      const problem = await spec.check(c, data, deps);
      if (problem) return triageCardFor(deps, c, { notice: problem, actorId: turn.actor.id });
      const result = await deps.cases.update(c.id, data.rev, (current) => {
        const decided = spec.decide(current, data, turn.actor.id, deps);
        const lead = typeof spec.lead === 'function' ? spec.lead(decided.next) : { kind: spec.lead, requestId: '' };
        return {
          ...decided,
          jobs: [triageRefresh(current, deps), notifyLead(current, lead.kind, deps, lead.requestId)],
        };
      });
      if (result.status === 'not-found') return turn.t('intake.notFound');
      if (result.status === 'conflict') return triageCardFor(deps, result.current, { notice: t('common.staleCard') });
      deps.logger.info(
        { caseId: c.id, action: spec.action, userId: turn.actor.id, state: result.case.state },
        'triage decision',
      );
      deps.jobs.kick();
      return triageCardFor(deps, result.case);
    },
  });
}

const teamT = (deps: Deps) => teamContext(deps).t;

export const accept = decision({
  action: 'accept',
  async check(c, data, deps) {
    const impact = text(data.impact) as ImpactLevel;
    if (!IMPACT_LEVELS.includes(impact)) return teamT(deps)('triage.error.impact');
    const reason = text(data.impactReason);
    if (isLowered(impact, c.triage?.suggestedImpact ?? 'low') && (!reason || reason.length > TEXT_MAX))
      return teamT(deps)('triage.error.impactReason', { max: TEXT_MAX });
    const handler = text(data.handlerId);
    if (!handler || !(await deps.members.isMember(handler))) return teamT(deps)('triage.error.handler');
    return undefined;
  },
  decide: (c, data, actor, deps) =>
    acceptCase(c, {
      actor,
      handlerId: text(data.handlerId),
      impact: text(data.impact) as ImpactLevel,
      impactReason: text(data.impactReason),
      now: deps.clock.now(),
    }),
  lead: 'accepted',
});

export const ask = decision({
  action: 'request-info',
  check: async (_c, data, deps) =>
    text(data.question) && text(data.question).length <= TEXT_MAX
      ? undefined
      : teamT(deps)('triage.error.question', { max: TEXT_MAX }),
  decide: (c, data, actor, deps) =>
    requestInfo(c, {
      actor,
      question: text(data.question),
      requestId: randomUUID().slice(0, 8),
      now: deps.clock.now(),
    }),
  lead: (next) => ({ kind: 'info', requestId: next.triage?.requests.at(-1)?.id ?? '' }),
  refusedIn: { 'needs-info': 'triage.askPending' },
});

export const decline = decision({
  action: 'decline',
  check: async (_c, data, deps) =>
    text(data.reason) && text(data.reason).length <= TEXT_MAX
      ? undefined
      : teamT(deps)('triage.error.reason', { max: TEXT_MAX }),
  decide: (c, data, actor, deps) => declineCase(c, { actor, reason: text(data.reason), now: deps.clock.now() }),
  lead: 'declined',
});

export const duplicate = decision({
  action: 'mark-duplicate',
  async check(c, data, deps) {
    const target = text(data.duplicateOf).toUpperCase();
    if (target === c.id) return teamT(deps)('triage.error.duplicateSelf');
    const other = deps.cases.get(target);
    if (!other || ['declined', 'duplicate', 'abandoned', 'cancelled', 'intake'].includes(other.state)) {
      return teamT(deps)('triage.error.duplicateUnknown', { target: target || '–' });
    }
    return undefined;
  },
  decide(c, data, actor, deps) {
    const target = deps.cases.get(text(data.duplicateOf).toUpperCase())!;
    const { targetEvent, ...decided } = markDuplicate(c, target, { actor, now: deps.clock.now() });
    return { ...decided, events: [...decided.events, targetEvent] };
  },
  lead: 'duplicate',
});

/** The lead answers a question from Team Uthiek; the case goes back to the queue. */
export const answer = cardAction({
  audience: 'everyone',
  schema: z.object({ caseId: z.string().min(1).max(40), requestId: z.string().min(1).max(40) }).passthrough(),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (turn.actor.id !== c.leadId && turn.actor.id !== c.createdBy) return turn.t('intake.notYours');
    const request = c.triage?.requests.find((r) => r.id === data.requestId);
    if (!request || request.answer || !canTransition(c.state, 'provide-info'))
      return noticeCard(turn.t('lead.info.done'));
    const answer = text(data.answer);
    if (!answer || answer.length > 2000) {
      return leadNoticeCard(c, 'info', cardContext(deps, turn.locale), {
        members: [],
        request,
        error: turn.t('lead.info.error', { max: 2000 }),
      });
    }
    const result = await deps.cases.update(c.id, undefined, (current) => ({
      ...provideInfo(current, { actor: turn.actor.id, requestId: request.id, answer, now: deps.clock.now() }),
      jobs: [triageRefresh(current, deps)],
    }));
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    deps.jobs.kick();
    return noticeCard(turn.t('lead.info.thanks', { id: c.id }));
  },
});
