import type { AdviceItem, AdviceStatus, CaseRecord, Decision } from '../case/case.js';
import type { CaseEvent } from '../case/events.js';
import { eventTypeOf, transition } from '../case/lifecycle.js';
import { currentDpia } from '../dpia/dpia.js';
import { allSettled, applyStatus, recordAnswer, type StatusError } from './item-updates.js';

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

/** `assessed` needs the advice items and the link to the final report. */
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

/** Follows a change with closing the case when every advice item is now settled. */
function closeWhenSettled(changed: Changed, actor: string): Changed {
  if (!allSettled(changed.next)) return changed;
  const closed = close(changed.next, actor, 'all-settled');
  return { next: closed.next, events: [...changed.events, ...closed.events] };
}

export interface ItemDecision {
  decision: Decision;
  reason: string;
}

/**
 * The lead's recorded decision on the advice: as a whole, and per item. Advice is not binding:
 * an item not adopted is settled as "not followed" with the lead's reason.
 */
export function recordDecision(
  c: CaseRecord,
  input: { actor: string; now: Date; overall: Decision; reason: string; perItem: Record<string, ItemDecision> },
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
  const changed: Changed = {
    next: { ...c, state: to, decision: { overall: input.overall, reason: input.reason, at }, advice },
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
  return closeWhenSettled(changed, input.actor);
}

export interface ItemUpdate {
  itemId: string;
  status: string;
  reason?: string;
}

export type UpdateOutcome = { ok: true; changed: Changed } | { ok: false; itemId: string; error: StatusError };

/** Status updates from the lead or an owner; an update counts as an answer to the nudges. */
export function updateItems(c: CaseRecord, input: { actor: string; now: Date; updates: ItemUpdate[] }): UpdateOutcome {
  const events: CaseEvent[] = [];
  let advice = c.advice;
  for (const u of input.updates) {
    const item = advice.find((i) => i.id === u.itemId);
    if (!item) continue;
    const result = applyStatus(item, u.status, u.reason);
    if (!result.ok) return { ok: false, itemId: u.itemId, error: result.error };
    const answered = recordAnswer(result.item, input.now);
    advice = advice.map((i) => (i.id === u.itemId ? answered : i));
    if (item.status !== answered.status)
      events.push({ type: 'advice.status', actor: input.actor, data: { itemId: u.itemId, status: answered.status } });
  }
  return { ok: true, changed: closeWhenSettled({ next: { ...c, advice }, events }, input.actor) };
}

/** An Uthiek member closes a case by hand, with a reason. */
export function closeManually(c: CaseRecord, actor: string, reason: string): Changed {
  return close(c, actor, 'manual', reason);
}
