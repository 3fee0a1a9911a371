import type { AdviceItem, AdviceStatus, CaseRecord, Decision, Review } from '../case/case.js';
import type { CaseEvent } from '../case/events.js';
import { eventTypeOf, transition } from '../case/lifecycle.js';
import { currentDpia } from '../dpia/dpia.js';
import { allSettled, applyStatus, hasOpenReview, recordAnswer, type StatusError } from './item-updates.js';

/**
 * The steps after an assessment, as pure state changes: the outcome (advice items and the
 * final report), the lead's decision on the advice, status updates, and closing once every
 * item is settled.
 */

export interface Changed {
  next: CaseRecord;
  events: CaseEvent[];
}

/** Technologies that make a case an algorithm for the register (biometrics and chatbots included). */
const ALGORITHM_TECH = new Set(['algorithm-ai', 'automated-decisions', 'generative-ai', 'biometrics', 'chatbot']);

/** Whether the case involves an algorithm (and so may belong in the algorithm register). */
export function hasAlgorithm(c: CaseRecord): boolean {
  return (c.intake.technologies ?? []).some((t) => ALGORITHM_TECH.has(t)) || c.intake.algorithmRegister === 'yes';
}

/** An advice item as recorded with the outcome, before it has a status. */
export type NewAdviceItem = Pick<AdviceItem, 'id' | 'text' | 'values' | 'ownerId' | 'ownerName' | 'dueDate'>;

/** Whether the case's assessment has begun: held outside the bot, or its moment has come. */
export function assessmentStarted(c: CaseRecord, now: Date): boolean {
  const s = c.schedule;
  if (!s || s.cancelledAt) return false;
  return Boolean(s.heldOutside) || Date.parse(s.slot.start) <= now.getTime();
}

/**
 * `assessed` needs the advice items and the link to the final report, and the assessment must
 * have begun. The lead's decision is then pending, and chased from `decisionDue` on.
 */
export function recordOutcome(
  c: CaseRecord,
  input: {
    actor: string;
    now: Date;
    heldAt: string;
    reportUrl: string;
    panelPresent: string[];
    /** Panel members who gave written input instead of attending. */
    panelWritten?: string[];
    noPanelReason?: string;
    items: NewAdviceItem[];
    /** YYYY-MM-DD: the first reminder about the decision goes out on this day if it is still pending. */
    decisionDue: string;
  },
): Changed {
  if (input.items.length === 0) throw new Error('an outcome needs at least one advice item');
  const written = (input.panelWritten ?? []).filter((id) => !input.panelPresent.includes(id));
  const noPanel = input.panelPresent.length === 0 && written.length === 0;
  const high = (c.triage?.impact ?? c.triage?.suggestedImpact) === 'high';
  if (high && noPanel && !input.noPanelReason?.trim())
    throw new Error('a high-impact assessment without the panel needs a reason');
  const dpia = currentDpia(c);
  if (!/^https:\/\//.test(input.reportUrl)) throw new Error('an outcome needs the link to the final report');
  if (!assessmentStarted(c, input.now)) throw new Error('an outcome can only be recorded once the assessment began');
  const to = transition(c.state, 'record-assessment');
  const advice: AdviceItem[] = input.items.map((i) => ({ ...i, status: 'open', unansweredNudges: 0 }));
  return {
    next: {
      ...c,
      state: to,
      assessment: {
        heldAt: input.heldAt,
        reportUrl: input.reportUrl,
        recordedBy: input.actor,
        recordedAt: input.now.toISOString(),
        panelPresent: input.panelPresent,
        ...(written.length ? { panelWritten: written } : {}),
        ...(high && noPanel ? { noPanelReason: input.noPanelReason!.trim() } : {}),
      },
      advice,
      decisionChase: { dueDate: input.decisionDue, unansweredNudges: 0 },
    },
    events: [
      {
        type: eventTypeOf('record-assessment'),
        actor: input.actor,
        from: c.state,
        to,
        data: {
          heldAt: input.heldAt,
          adviceCount: advice.length,
          panelPresent: input.panelPresent,
          panelWritten: written,
          noPanel: high && noPanel,
          dpiaStatus: dpia?.status ?? null,
          dpiaDate: dpia?.date ?? null,
          algorithm: hasAlgorithm(c),
        },
      },
    ],
  };
}

function close(c: CaseRecord, actor: string, how: 'all-settled' | 'manual', reason?: string): Changed {
  const to = transition(c.state, 'close');
  return {
    next: { ...c, state: to, ...(reason ? { closedReason: reason } : {}) },
    events: [{ type: eventTypeOf('close'), actor, from: c.state, to, data: { how } }],
  };
}

/** Follows a change with closing the case when every advice item is now settled and no review is open. */
function closeWhenSettled(changed: Changed, actor: string): Changed {
  if (!allSettled(changed.next) || hasOpenReview(changed.next)) return changed;
  const closed = close(changed.next, actor, 'all-settled');
  return { next: closed.next, events: [...changed.events, ...closed.events] };
}

export interface ItemDecision {
  decision: Decision;
  reason: string;
}

/** A review for the case handler of a decision not to follow advice, with its audit event. */
function openReview(
  c: CaseRecord,
  input: { id: string; kind: Review['kind']; itemIds: string[]; actor: string; now: Date },
): Changed {
  const review: Review = {
    id: input.id,
    kind: input.kind,
    itemIds: input.itemIds,
    openedAt: input.now.toISOString(),
    openedBy: input.actor,
  };
  return {
    next: { ...c, reviews: [...(c.reviews ?? []), review] },
    events: [
      {
        type: 'review.opened',
        actor: input.actor,
        data: { reviewId: review.id, kind: review.kind, itemIds: review.itemIds },
      },
    ],
  };
}

/**
 * The lead's recorded decision on the advice: as a whole, and per item. Advice is not binding:
 * an item not adopted is settled as "not followed" with the lead's reason. A decision not to
 * follow advice (an item, or the advice as a whole) goes to the case handler for review; until
 * the handler accepts or escalates it, the case does not close.
 */
export function recordDecision(
  c: CaseRecord,
  input: {
    actor: string;
    now: Date;
    overall: Decision;
    reason: string;
    perItem: Record<string, ItemDecision>;
    /** The id the review gets, if the decision needs one. */
    reviewId: string;
  },
): Changed {
  const to = transition(c.state, 'start-follow-up');
  const at = input.now.toISOString();
  const advice = c.advice.map((item) => {
    const d = input.perItem[item.id];
    if (!d) throw new Error(`no decision for advice item ${item.id}`);
    const decided: AdviceItem = { ...item, decision: d.decision, ...(d.reason ? { decisionReason: d.reason } : {}) };
    return d.decision === 'not'
      ? { ...decided, status: 'not-followed' as AdviceStatus, statusReason: d.reason, lastAnswerAt: at }
      : decided;
  });
  const { decisionChase: _chase, ...rest } = c;
  const decided: Changed = {
    next: { ...rest, state: to, decision: { overall: input.overall, reason: input.reason, at }, advice },
    events: [
      {
        type: 'decision.recorded',
        actor: input.actor,
        data: { overall: input.overall, perItem: advice.map((i) => `${i.id}:${i.decision}`) },
      },
      { type: eventTypeOf('start-follow-up'), actor: input.actor, from: c.state, to },
      ...advice
        .filter((i) => i.status === 'not-followed')
        .map((i) => ({ type: 'advice.status', actor: input.actor, data: { itemId: i.id, status: i.status } })),
    ],
  };
  const notFollowed = advice.filter((i) => i.decision === 'not').map((i) => i.id);
  const review =
    notFollowed.length > 0 || input.overall === 'not'
      ? openReview(decided.next, { id: input.reviewId, kind: 'decision', itemIds: notFollowed, ...input })
      : undefined;
  const changed = review ? { next: review.next, events: [...decided.events, ...review.events] } : decided;
  return closeWhenSettled(changed, input.actor);
}

export interface ItemUpdate {
  itemId: string;
  status: string;
  reason?: string;
}

export type UpdateOutcome = { ok: true; changed: Changed } | { ok: false; itemId: string; error: StatusError };

/**
 * Status updates from the lead or an owner; an update counts as an answer to the nudges, so it
 * needs at least one item with a chosen status (none is refused, and changes nothing). Items
 * that become "not followed" go to the case handler for review (one review for the update).
 */
export function updateItems(
  c: CaseRecord,
  input: { actor: string; now: Date; updates: ItemUpdate[]; reviewId: string },
): UpdateOutcome {
  if (input.updates.length === 0) return { ok: false, itemId: '', error: { code: 'no-status' } };
  const events: CaseEvent[] = [];
  const notFollowed: string[] = [];
  let advice = c.advice;
  for (const u of input.updates) {
    const item = advice.find((i) => i.id === u.itemId);
    if (!item) continue;
    const result = applyStatus(item, u.status, u.reason);
    if (!result.ok) return { ok: false, itemId: u.itemId, error: result.error };
    const answered = recordAnswer(result.item, input.now);
    advice = advice.map((i) => (i.id === u.itemId ? answered : i));
    if (item.status !== answered.status) {
      events.push({ type: 'advice.status', actor: input.actor, data: { itemId: u.itemId, status: answered.status } });
      if (answered.status === 'not-followed') notFollowed.push(u.itemId);
    }
  }
  let changed: Changed = { next: { ...c, advice }, events };
  if (notFollowed.length > 0) {
    const review = openReview(changed.next, { id: input.reviewId, kind: 'item', itemIds: notFollowed, ...input });
    changed = { next: review.next, events: [...events, ...review.events] };
  }
  return { ok: true, changed: closeWhenSettled(changed, input.actor) };
}

/**
 * The case handler's answer to a review: the decision is accepted, or escalated to a level of
 * the escalation line. Either is recorded; the case closes when every item is settled and no
 * other review is open.
 */
export function resolveReview(
  c: CaseRecord,
  input: {
    reviewId: string;
    outcome: 'accepted' | 'escalated';
    /** The level's code, and its name as configured now (kept in the event, for the report). */
    level?: string;
    levelName?: string;
    note?: string;
    actor: string;
    now: Date;
  },
): Changed {
  const review = (c.reviews ?? []).find((r) => r.id === input.reviewId);
  if (!review || review.resolution) throw new Error(`no open review ${input.reviewId}`);
  if (input.outcome === 'escalated' && !input.level) throw new Error('an escalation needs a level');
  const resolution: NonNullable<Review['resolution']> = {
    outcome: input.outcome,
    ...(input.outcome === 'escalated' ? { level: input.level } : {}),
    ...(input.note ? { note: input.note } : {}),
    by: input.actor,
    at: input.now.toISOString(),
  };
  const reviews = (c.reviews ?? []).map((r) => (r.id === review.id ? { ...r, resolution } : r));
  const event: CaseEvent =
    input.outcome === 'accepted'
      ? { type: 'review.accepted', actor: input.actor, data: { reviewId: review.id } }
      : {
          type: 'review.escalated',
          actor: input.actor,
          data: { reviewId: review.id, level: input.level!, levelName: input.levelName ?? input.level! },
        };
  const changed = { next: { ...c, reviews }, events: [event] };
  return c.state === 'follow-up' ? closeWhenSettled(changed, input.actor) : changed;
}

/** An Uthiek member closes a case by hand, with a reason. */
export function closeManually(c: CaseRecord, actor: string, reason: string): Changed {
  return close(c, actor, 'manual', reason);
}
