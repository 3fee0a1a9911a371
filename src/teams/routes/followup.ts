import { z } from 'zod';
import { policyOf } from '../../app/followup.js';
import { triageRefresh } from '../../app/triage.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { snooze, updateItems, recordAnswer } from '../../domain/followup/index.js';
import { formatLocal } from '../../domain/time.js';
import { defineCardAction } from '../card-action-route.js';
import { nudgeCard, TEXT_MAX } from '../cards/followup-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import type { App, Deps } from '../deps.js';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

const ref = z.object({ caseId: z.string().min(1).max(40), items: z.string().max(2000).default('') }).passthrough();

/** Whether `actorId` may update this item: the lead (or who registered the case), or the item's owner. */
const mayUpdate = (c: CaseRecord, itemId: string, actorId: string | undefined) =>
  Boolean(actorId) && (actorId === c.leadId || actorId === c.createdBy || c.advice.find((i) => i.id === itemId)?.ownerId === actorId);

export function registerFollowUp(app: App, deps: Deps): void {
  defineCardAction(app, deps, 'followup.update', ref, async (turn, data) => {
    const c = deps.cases.get(data.caseId);
    if (!c || c.state !== 'follow-up') return noticeCard(turn.t('signal.gone'));
    const ids = data.items.split(',').filter((id) => c.advice.some((i) => i.id === id));
    if (ids.length === 0 || ids.some((id) => !mayUpdate(c, id, turn.actorId))) return turn.t('nudge.notYours');
    const updates = ids.map((itemId) => ({ itemId, status: text(data[`item_${itemId}_status`]) || c.advice.find((i) => i.id === itemId)!.status, reason: text(data[`item_${itemId}_reason`]).slice(0, TEXT_MAX) || undefined }));
    const outcome = updateItems(c, { actor: turn.actorId!, now: deps.clock.now(), updates });
    if (!outcome.ok) {
      const n = c.advice.findIndex((i) => i.id === outcome.itemId) + 1;
      return nudgeCard(c, turn, { itemIds: ids, recipientId: turn.actorId!, errors: [turn.t('nudge.error.reason', { n })], typed: data });
    }
    const result = await deps.cases.update(c.id, undefined, (cur) => ({ ...updateItemsOrThrow(cur, turn.actorId!, deps, updates), jobs: [triageRefresh(cur, deps)] }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    deps.jobs.kick();
    return noticeCard(result.case.state === 'closed' ? turn.t('nudge.closed', { id: c.id }) : turn.t('nudge.saved'));
  });

  defineCardAction(app, deps, 'followup.snooze', ref.extend({ until: z.enum(['week', 'month']) }), async (turn, data) => {
    const c = deps.cases.get(data.caseId);
    if (!c || c.state !== 'follow-up') return noticeCard(turn.t('signal.gone'));
    const ids = data.items.split(',').filter((id) => c.advice.some((i) => i.id === id));
    if (ids.length === 0 || ids.some((id) => !mayUpdate(c, id, turn.actorId))) return turn.t('nudge.notYours');
    const now = deps.clock.now();
    const policy = policyOf(deps);
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: { ...cur, advice: cur.advice.map((i) => (ids.includes(i.id) ? recordAnswer(snooze(i, data.until, now, policy), now) : i)) },
      events: ids.map((itemId) => ({ type: 'advice.snoozed', actor: turn.actorId!, data: { itemId, until: data.until } })),
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    const until = result.case.advice.find((i) => i.id === ids[0])?.snoozedUntil ?? now.toISOString();
    return noticeCard(turn.t('nudge.snoozed', { date: formatLocal(until, deps.config.timeZone, turn.locale, false) }));
  });

  defineCardAction(app, deps, 'followup.delegate', z.object({ caseId: z.string().min(1).max(40), itemId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    const c = deps.cases.get(data.caseId);
    if (!c || c.state !== 'follow-up') return noticeCard(turn.t('signal.gone'));
    if (turn.actorId !== c.leadId && turn.actorId !== c.createdBy) return turn.t('nudge.notYours');
    const index = c.advice.findIndex((i) => i.id === data.itemId);
    const item = c.advice[index];
    if (!item?.ownerId || item.ownerId === c.leadId) return turn.t('nudge.cannotDelegate', { n: index + 1 });
    const now = deps.clock.now();
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: { ...cur, advice: cur.advice.map((i) => (i.id === item.id ? recordAnswer({ ...i, delegated: true }, now) : i)) },
      events: [{ type: 'advice.delegated', actor: turn.actorId!, data: { itemId: item.id } }],
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    return noticeCard(turn.t('nudge.delegated', { n: index + 1 }));
  });
}

function updateItemsOrThrow(c: CaseRecord, actor: string, deps: Deps, updates: { itemId: string; status: string; reason?: string }[]) {
  const outcome = updateItems(c, { actor, now: deps.clock.now(), updates });
  if (!outcome.ok) throw new Error(`advice item ${outcome.itemId}: ${outcome.error.code}`);
  return outcome.changed;
}
