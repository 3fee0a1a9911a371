import type { CaseRecord, InfoRequest } from '../case/case.js';
import { eventTypeOf, transition } from '../case/lifecycle.js';
import { isLowered, type ImpactLevel } from '../impact/rules.js';
import type { CaseEvent } from '../case/events.js';

/**
 * Team Uthiek's triage decisions as pure state changes: each returns the new case and its audit
 * events, or throws IllegalTransition when the case is not in a state that allows it.
 */

export interface Decided {
  next: CaseRecord;
  events: CaseEvent[];
}

const base = (c: CaseRecord) => c.triage ?? { suggestedImpact: 'low' as ImpactLevel, requests: [] };

export function accept(
  c: CaseRecord,
  input: { actor: string; handlerId: string; impact: ImpactLevel; impactReason?: string; now: Date },
): Decided {
  const to = transition(c.state, 'accept');
  const at = input.now.toISOString();
  const lowered = isLowered(input.impact, base(c).suggestedImpact);
  if (lowered && !input.impactReason?.trim()) throw new Error('lowering the suggested impact needs a reason');
  return {
    next: {
      ...c,
      state: to,
      triage: {
        ...base(c),
        handlerId: input.handlerId,
        impact: input.impact,
        ...(lowered ? { impactReason: input.impactReason!.trim() } : {}),
        decidedAt: at,
        decidedBy: input.actor,
      },
    },
    events: [
      {
        type: eventTypeOf('accept'),
        actor: input.actor,
        from: c.state,
        to,
        data: {
          handlerId: input.handlerId,
          impact: input.impact,
          suggestedImpact: base(c).suggestedImpact,
          lowered,
        },
      },
    ],
  };
}

export function requestInfo(
  c: CaseRecord,
  input: { actor: string; question: string; requestId: string; now: Date },
): Decided {
  const to = transition(c.state, 'request-info');
  const request: InfoRequest = {
    id: input.requestId,
    askedBy: input.actor,
    askedAt: input.now.toISOString(),
    question: input.question,
  };
  return {
    next: { ...c, state: to, triage: { ...base(c), requests: [...base(c).requests, request] } },
    events: [
      {
        type: eventTypeOf('request-info'),
        actor: input.actor,
        from: c.state,
        to,
        data: { requestId: input.requestId },
      },
    ],
  };
}

export function provideInfo(
  c: CaseRecord,
  input: { actor: string; requestId: string; answer: string; now: Date },
): Decided {
  const to = transition(c.state, 'provide-info');
  const requests = base(c).requests.map((r) =>
    r.id === input.requestId ? { ...r, answer: input.answer, answeredAt: input.now.toISOString() } : r,
  );
  return {
    next: { ...c, state: to, triage: { ...base(c), requests } },
    events: [
      {
        type: eventTypeOf('provide-info'),
        actor: input.actor,
        from: c.state,
        to,
        data: { requestId: input.requestId },
      },
    ],
  };
}

export function decline(c: CaseRecord, input: { actor: string; reason: string; now: Date }): Decided {
  const to = transition(c.state, 'decline');
  return {
    next: {
      ...c,
      state: to,
      triage: { ...base(c), declineReason: input.reason, decidedAt: input.now.toISOString(), decidedBy: input.actor },
    },
    events: [{ type: eventTypeOf('decline'), actor: input.actor, from: c.state, to }],
  };
}

/** Marks `c` as a duplicate of `target`; the target's history shows the merge. */
export function markDuplicate(
  c: CaseRecord,
  target: CaseRecord,
  input: { actor: string; now: Date },
): Decided & { targetEvent: CaseEvent } {
  if (target.id === c.id) throw new Error('a case cannot duplicate itself');
  const to = transition(c.state, 'mark-duplicate');
  return {
    next: {
      ...c,
      state: to,
      triage: { ...base(c), duplicateOf: target.id, decidedAt: input.now.toISOString(), decidedBy: input.actor },
    },
    events: [
      { type: eventTypeOf('mark-duplicate'), actor: input.actor, from: c.state, to, data: { duplicateOf: target.id } },
    ],
    targetEvent: { type: 'case.merged', actor: input.actor, caseId: target.id, data: { duplicate: c.id } },
  };
}
