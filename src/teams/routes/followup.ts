import { z } from 'zod';
import { ADVICE_STATUSES, type CaseRecord } from '../../domain/case/case.js';
import { snooze, updateItems, recordAnswer } from '../../domain/followup/index.js';
import { formatDate, formatLocal } from '../../domain/time.js';
import type { Locale } from '../../domain/locale.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { defineCardAction } from '../card-action-route.js';
import { formCard, type FormField } from '../cards/form-card.js';
import { noticeCard } from '../cards/notice-card.js';
import type { CardJson } from '../cards/render.js';
import type { App, Deps } from '../deps.js';
import { policyOf } from './followup-jobs.js';
import { triageRefresh } from './triage.js';

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The nudge: the due advice items, each updatable right on the card; snooze; delegate to the owner. */
export function nudgeCard(deps: Deps, t: Translate, locale: Locale, c: CaseRecord, itemIds: string[], recipientId: string, errors: string[] = [], typed: Record<string, unknown> = {}): CardJson {
  const statuses = ADVICE_STATUSES.map((s) => ({ title: t(`status.${s}` as MessageKey), value: s }));
  const items = c.advice.map((item, i) => ({ item, n: i + 1 })).filter(({ item }) => itemIds.includes(item.id));
  const fields: FormField[] = items.flatMap(({ item, n }): FormField[] => [
    { kind: 'heading', label: t('nudge.item', { n, due: formatDate(item.dueDate, locale), status: t(`status.${item.status}` as MessageKey) }) },
    { kind: 'info', userText: item.text },
    { id: `item_${item.id}_status`, kind: 'choice', label: t('nudge.status', { n }), value: text(typed[`item_${item.id}_status`]) || item.status, choices: statuses },
    { id: `item_${item.id}_reason`, kind: 'multiline', label: t('nudge.reason'), value: text(typed[`item_${item.id}_reason`]) || (item.statusReason ?? ''), maxLength: 1000 },
  ]);
  const ids = items.map(({ item }) => item.id).join(',');
  const delegable = recipientId === c.leadId ? items.filter(({ item }) => item.ownerId && item.ownerId !== c.leadId && !item.delegated) : [];
  return formCard({
    title: t('nudge.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('nudge.intro'),
    errorSummary: errors.join(' '),
    fields,
    actions: [
      { title: t('nudge.save'), verb: 'followup.update', payload: { caseId: c.id, items: ids }, style: 'positive' },
      { title: t('nudge.week'), verb: 'followup.snooze', payload: { caseId: c.id, items: ids, until: 'week' } },
      { title: t('nudge.month'), verb: 'followup.snooze', payload: { caseId: c.id, items: ids, until: 'month' } },
      ...delegable.slice(0, 2).map(({ item, n }) => ({ title: t('nudge.delegate', { n }), verb: 'followup.delegate', payload: { caseId: c.id, itemId: item.id } })),
    ],
  });
}

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
    const updates = ids.map((itemId) => ({ itemId, status: text(data[`item_${itemId}_status`]) || c.advice.find((i) => i.id === itemId)!.status, reason: text(data[`item_${itemId}_reason`]).slice(0, 1000) || undefined }));
    const outcome = updateItems(c, { actor: turn.actorId!, now: deps.clock.now(), updates });
    if (!outcome.ok) {
      const n = c.advice.findIndex((i) => i.id === outcome.itemId) + 1;
      return nudgeCard(deps, turn.t, turn.locale, c, ids, turn.actorId!, [turn.t('nudge.error.reason', { n })], data);
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
