import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { policyOf } from '../../app/followup.js';
import { triageRefresh } from '../../app/triage.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { mayUpdateItem, snooze, updateItems, recordAnswer } from '../../domain/followup/index.js';
import { reviewJobs } from '../../app/review.js';
import { formatLocal } from '../../domain/time.js';
import { nudgeCard, TEXT_MAX } from '../cards/followup-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import type { CardJson } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import type { Turn } from '../routing/turn.js';
import { text } from '../input.js';
import { stateSentence } from '../../i18n/labels.js';

const ref = z.object({ caseId: z.string().min(1).max(40), items: z.string().max(2000).default('') }).passthrough();

type Items = { ok: true; c: CaseRecord; ids: string[] } | { ok: false; answer: CardJson | string };

/** The answer on a nudge whose case is no longer in follow-up (closed, cancelled) or is gone. */
const gone = (turn: Turn, c: CaseRecord | undefined): CardJson =>
  c
    ? noticeCard(turn.t('nudge.title', { id: c.id }), `${turn.t('nudge.gone')} ${stateSentence(turn.t, c)}`)
    : noticeCard(turn.t('intake.notFound'));

/** The case in follow-up and the items of the card, if the actor may update every one of them. */
function itemsOf(deps: Deps, turn: Turn, caseId: string, items: string): Items {
  const c = deps.cases.get(caseId);
  if (!c || c.state !== 'follow-up') return { ok: false, answer: gone(turn, c) };
  const ids = items.split(',').filter((id) => c.advice.some((i) => i.id === id));
  if (ids.length === 0 || ids.some((id) => !mayUpdateItem(c, id, turn.actor.id)))
    return { ok: false, answer: turn.t('nudge.notYours') };
  return { ok: true, c, ids };
}

function updateItemsOrThrow(
  c: CaseRecord,
  actor: string,
  deps: Deps,
  updates: { itemId: string; status: string; reason?: string }[],
) {
  const outcome = updateItems(c, {
    actor,
    now: deps.clock.now(),
    updates,
    reviewId: `rev-${randomUUID().slice(0, 8)}`,
  });
  if (!outcome.ok) throw new Error(`advice item ${outcome.itemId}: ${outcome.error.code}`);
  return outcome.changed;
}

/** The lead or an owner updates items right on the nudge card. */
export const update = cardAction({
  audience: 'everyone',
  schema: ref,
  async handle(turn, data, deps) {
    const found = itemsOf(deps, turn, data.caseId, data.items);
    if (!found.ok) return found.answer;
    const { c, ids } = found;
    const typed = (itemId: string, field: string) => text(data[`item_${itemId}_${field}`]);
    // an item without a chosen status is left as it is (and still unanswered)
    const updates = ids
      .filter((itemId) => typed(itemId, 'status'))
      .map((itemId) => ({
        itemId,
        status: typed(itemId, 'status'),
        reason: typed(itemId, 'reason').slice(0, TEXT_MAX) || undefined,
      }));
    const outcome = updateItems(c, { actor: turn.actor.id, now: deps.clock.now(), updates, reviewId: '' });
    if (!outcome.ok) {
      const n = c.advice.findIndex((i) => i.id === outcome.itemId) + 1;
      const error = {
        'no-status': turn.t('nudge.error.noStatus'),
        'unknown-status': turn.t('nudge.error.status', { n }),
        'reason-required': turn.t('nudge.error.reason', { n }),
      }[outcome.error.code];
      return nudgeCard(c, turn, {
        itemIds: ids,
        recipientId: turn.actor.id,
        maxSnoozes: deps.config.followUp.maxSnoozes,
        errors: [error],
        typed: data,
      });
    }
    const result = await deps.cases.update(c.id, undefined, (cur) => {
      const changed = updateItemsOrThrow(cur, turn.actor.id, deps, updates);
      return { ...changed, jobs: [triageRefresh(cur, deps), ...reviewJobs(deps, cur, changed.next)] };
    });
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    deps.jobs.kick();
    const reviewing = (result.case.reviews ?? []).length > (c.reviews ?? []).length;
    if (result.case.state === 'closed') return noticeCard(turn.t('nudge.closed', { id: c.id }));
    return noticeCard(turn.t('nudge.saved'), reviewing ? turn.t('review.toHandler') : '');
  },
});

/** A pause of a week or a month; repeated pauses without progress still count as unanswered. */
export const snoozeItems = cardAction({
  audience: 'everyone',
  schema: ref.extend({ until: z.enum(['week', 'month']) }),
  async handle(turn, data, deps) {
    const found = itemsOf(deps, turn, data.caseId, data.items);
    if (!found.ok) return found.answer;
    const { c, ids } = found;
    const now = deps.clock.now();
    const policy = policyOf(deps);
    const result = await deps.cases.update(c.id, undefined, (cur) => {
      const snoozed = new Map(
        cur.advice.filter((i) => ids.includes(i.id)).map((i) => [i.id, snooze(i, data.until, now, policy)]),
      );
      return {
        next: { ...cur, advice: cur.advice.map((i) => snoozed.get(i.id)?.item ?? i) },
        events: [...snoozed].map(([itemId, { item, counted }]) => ({
          type: 'advice.snoozed',
          actor: turn.actor.id,
          data: { itemId, until: data.until, untilAt: item.snoozedUntil!, inRow: item.snoozesInRow ?? 1, counted },
        })),
      };
    });
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    deps.jobs.kick(); // the case's card in the channel follows
    const first = result.case.advice.find((i) => i.id === ids[0]);
    const date = formatLocal(first?.snoozedUntil ?? now.toISOString(), deps.config.timeZone, turn.locale, false);
    const uncounted = result.case.advice.some((i) => ids.includes(i.id) && (i.snoozesInRow ?? 0) > policy.maxSnoozes);
    return noticeCard(turn.t(uncounted ? 'nudge.snoozedUncounted' : 'nudge.snoozed', { date }));
  },
});

/** The lead hands an item to its action owner, who gets its nudges from then on. */
export const delegate = cardAction({
  audience: 'everyone',
  schema: z.object({ caseId: z.string().min(1).max(40), itemId: z.string().min(1).max(40) }).passthrough(),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c || c.state !== 'follow-up') return gone(turn, c);
    if (turn.actor.id !== c.leadId && turn.actor.id !== c.createdBy) return turn.t('nudge.notYours');
    const index = c.advice.findIndex((i) => i.id === data.itemId);
    const item = c.advice[index];
    if (!item?.ownerId || item.ownerId === c.leadId) return turn.t('nudge.cannotDelegate', { n: index + 1 });
    const now = deps.clock.now();
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: {
        ...cur,
        advice: cur.advice.map((i) => (i.id === item.id ? recordAnswer({ ...i, delegated: true }, now) : i)),
      },
      events: [{ type: 'advice.delegated', actor: turn.actor.id, data: { itemId: item.id } }],
    }));
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    deps.jobs.kick(); // the case's card in the channel follows
    return noticeCard(turn.t('nudge.delegated', { n: index + 1 }));
  },
});
