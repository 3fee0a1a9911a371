import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DECISIONS, type CaseRecord, type Decision } from '../../domain/case/case.js';
import { canTransition } from '../../domain/case/lifecycle.js';
import { closeManually, recordDecision, recordOutcome, type ItemDecision, type NewAdviceItem } from '../../domain/followup/outcome.js';
import { formatDate, localDate } from '../../domain/time.js';
import type { MessageKey } from '../../i18n/index.js';
import type { JobSpec } from '../../jobs/job.js';
import { defineCardAction } from '../card-action-route.js';
import { formCard, type FormField } from '../cards/form-card.js';
import { noticeCard } from '../cards/notice-card.js';
import type { CardJson } from '../cards/render.js';
import type { App, Deps } from '../deps.js';
import type { Turn } from '../turn.js';
import { firstPlan } from './followup-jobs.js';
import { triageRefresh } from './triage.js';

const TEXT_MAX = 1000;
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown) => text(v).split(',').map((s) => s.trim()).filter(Boolean);
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

const ownerOf = (c: CaseRecord, item: { ownerId?: string; ownerName?: string }, t: Turn['t']) =>
  item.ownerName ?? (item.ownerId === c.leadId ? t('who.lead') : t('who.member'));

/** The outcome form: report link, date, panel present, and `count` advice items. */
function outcomeCard(deps: Deps, turn: Turn, c: CaseRecord, count: number, typed: Record<string, unknown> = {}, errors: string[] = []): CardJson {
  const { t } = turn;
  const v = (id: string, fallback = '') => (id in typed ? text(typed[id]) : fallback);
  const valueChoices = deps.valueModel.values.map((x) => ({ title: x.name[turn.locale], value: x.id }));
  const panel = (c.schedule?.participants ?? []).filter((p) => p.panelId).map((p) => ({ title: p.name, value: p.panelId! }));
  const fields: FormField[] = [
    { id: 'reportUrl', kind: 'text', label: t('outcome.reportUrl'), value: v('reportUrl'), maxLength: 500 },
    { id: 'heldOn', kind: 'date', label: t('outcome.heldOn'), value: v('heldOn', c.schedule ? localDate(new Date(c.schedule.slot.start), deps.config.timeZone) : '') },
    ...(panel.length ? [{ id: 'panelPresent', kind: 'multi' as const, label: t('outcome.panelPresent'), value: v('panelPresent', panel.map((p) => p.value).join(',')), choices: panel }] : []),
  ];
  for (let i = 0; i < count; i++) {
    fields.push(
      { kind: 'heading', label: t('outcome.item', { n: i + 1 }) },
      { id: `item_${i}_text`, kind: 'multiline', label: t('outcome.itemText'), value: v(`item_${i}_text`), maxLength: TEXT_MAX },
      { id: `item_${i}_values`, kind: 'multi', label: t('outcome.itemValues'), value: v(`item_${i}_values`), choices: valueChoices },
      { id: `item_${i}_owner`, kind: 'text', label: t('outcome.itemOwner'), value: v(`item_${i}_owner`), maxLength: 120 },
      { id: `item_${i}_due`, kind: 'date', label: t('outcome.itemDue'), value: v(`item_${i}_due`) },
    );
  }
  return formCard({
    title: t('outcome.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('outcome.intro'),
    errorSummary: errors.join(' '),
    fields,
    actions: [
      { title: t('outcome.save'), verb: 'outcome.save', payload: { caseId: c.id, rev: c.rev ?? 0, count }, style: 'positive' },
      { title: t('outcome.more'), verb: 'outcome.more', payload: { caseId: c.id, rev: c.rev ?? 0, count: count + 1 } },
    ],
  });
}

/** The lead's decision form: per advice item and as a whole. */
export function decisionCard(deps: Deps, t: Turn['t'], locale: Turn['locale'], c: CaseRecord, typed: Record<string, unknown> = {}, errors: string[] = []): CardJson {
  const choices = DECISIONS.map((d) => ({ title: t(`decision.${d}` as MessageKey), value: d }));
  const v = (id: string) => text(typed[id]);
  const valueName = (id: string) => deps.valueModel.values.find((x) => x.id === id)?.name[locale] ?? id;
  const fields: FormField[] = c.advice.flatMap((item, i): FormField[] => [
    { kind: 'heading', label: t('decision.item', { n: i + 1, due: formatDate(item.dueDate, locale), owner: ownerOf(c, item, t) }) },
    { kind: 'info', userText: `${item.text} (${item.values.map(valueName).join(', ')})` },
    { id: `item_${item.id}_decision`, kind: 'radio', label: t('decision.itemChoice', { n: i + 1 }), value: v(`item_${item.id}_decision`), choices },
    { id: `item_${item.id}_reason`, kind: 'multiline', label: t('decision.itemReason', { n: i + 1 }), value: v(`item_${item.id}_reason`), maxLength: TEXT_MAX },
  ]);
  fields.push(
    { kind: 'heading', label: t('decision.overall') },
    { id: 'overall', kind: 'radio', label: t('decision.overall'), value: v('overall'), choices },
    { id: 'overallReason', kind: 'multiline', label: t('decision.overallReason'), value: v('overallReason'), maxLength: TEXT_MAX },
  );
  return formCard({
    title: t('decision.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('decision.intro'),
    errorSummary: errors.join(' '),
    fields,
    actions: [{ title: t('decision.save'), verb: 'decision.save', payload: { caseId: c.id }, style: 'positive' }],
  });
}

const ref = z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int().nonnegative() }).passthrough();

export function registerOutcome(app: App, deps: Deps): void {
  const guard = async (turn: Turn, caseId: string): Promise<{ ok: true; c: CaseRecord } | { ok: false; answer: string }> => {
    if (!(await deps.members.isMember(turn.actorId))) return { ok: false, answer: turn.t('outcome.notMember') };
    const c = deps.cases.get(caseId);
    if (!c) return { ok: false, answer: turn.t('intake.notFound') };
    if (!canTransition(c.state, 'record-assessment')) return { ok: false, answer: turn.t('outcome.wrongState', { id: c.id, state: turn.t(`state.${c.state}` as MessageKey) }) };
    return { ok: true, c };
  };

  defineCardAction(app, deps, 'outcome.open', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    const g = await guard(turn, data.caseId);
    return g.ok ? outcomeCard(deps, turn, g.c, 2) : g.answer;
  });

  defineCardAction(app, deps, 'outcome.more', ref.extend({ count: z.coerce.number().int().min(1).max(15) }), async (turn, data) => {
    const g = await guard(turn, data.caseId);
    return g.ok ? outcomeCard(deps, turn, g.c, data.count, data) : g.answer;
  });

  defineCardAction(app, deps, 'outcome.save', ref.extend({ count: z.coerce.number().int().min(1).max(15) }), async (turn, data) => {
    const g = await guard(turn, data.caseId);
    if (!g.ok) return g.answer;
    const c = g.c;
    const today = localDate(deps.clock.now(), deps.config.timeZone);
    const errors: string[] = [];
    const reportUrl = text(data.reportUrl);
    if (!/^https:\/\/[^\s<>"]+$/.test(reportUrl) || reportUrl.length > 500) errors.push(turn.t('outcome.error.url'));
    const heldOn = text(data.heldOn);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn) || Number.isNaN(Date.parse(heldOn)) || heldOn > today) errors.push(turn.t('outcome.error.date'));
    const valueIds = new Set(deps.valueModel.values.map((v) => v.id));
    const items: NewAdviceItem[] = [];
    for (let i = 0; i < data.count; i++) {
      const body = text(data[`item_${i}_text`]);
      const values = list(data[`item_${i}_values`]);
      const due = text(data[`item_${i}_due`]);
      const owner = text(data[`item_${i}_owner`]);
      if (!body && values.length === 0 && !due && !owner) continue; // an empty row
      const valid = body.length > 0 && body.length <= TEXT_MAX && values.length > 0 && values.every((x) => valueIds.has(x)) && /^\d{4}-\d{2}-\d{2}$/.test(due) && !Number.isNaN(Date.parse(due)) && due >= today && owner.length <= 120;
      if (!valid) {
        errors.push(turn.t('outcome.error.item', { n: i + 1, max: TEXT_MAX }));
        continue;
      }
      const found = EMAIL.test(owner) ? await deps.directory.findByEmail(owner) : undefined;
      items.push({ id: `adv-${randomUUID().slice(0, 8)}`, text: body, values, dueDate: due, ...(owner ? { ownerName: owner } : { ownerId: c.leadId }), ...(found ? { ownerId: found.aadObjectId } : {}) });
    }
    if (items.length === 0 && errors.length === 0) errors.push(turn.t('outcome.error.items'));
    if (errors.length) return outcomeCard(deps, turn, c, data.count, data, errors);
    const panelPresent = list(data.panelPresent).filter((id) => c.schedule?.participants.some((p) => p.panelId === id));
    const result = await deps.cases.update(c.id, data.rev, (cur) => ({
      ...recordOutcome(cur, { actor: turn.actorId!, now: deps.clock.now(), heldAt: heldOn, reportUrl, panelPresent, items }),
      jobs: [triageRefresh(cur, deps), { id: `notify.decision:${cur.id}`, kind: 'notify.decision', dueAt: deps.clock.now(), payload: { caseId: cur.id } }],
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    deps.jobs.kick();
    deps.logger.info({ caseId: c.id, items: items.length, userId: turn.actorId }, 'assessment outcome recorded');
    return noticeCard(turn.t('outcome.saved', { id: c.id }));
  });

  defineCardAction(app, deps, 'decision.save', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (turn.actorId !== c.leadId && turn.actorId !== c.createdBy) return turn.t('decision.notLead');
    if (!canTransition(c.state, 'start-follow-up')) return noticeCard(turn.t('decision.done', { id: c.id }));
    const errors: string[] = [];
    const perItem: Record<string, ItemDecision> = {};
    c.advice.forEach((item, i) => {
      const decision = text(data[`item_${item.id}_decision`]) as Decision;
      const reason = text(data[`item_${item.id}_reason`]).slice(0, TEXT_MAX);
      if (!DECISIONS.includes(decision) || (decision !== 'adopt' && !reason)) errors.push(turn.t('decision.error.item', { n: i + 1 }));
      else perItem[item.id] = { decision, reason };
    });
    const overall = text(data.overall) as Decision;
    const reason = text(data.overallReason).slice(0, TEXT_MAX);
    if (!DECISIONS.includes(overall) || !reason) errors.push(turn.t('decision.error.overall'));
    if (errors.length) return decisionCard(deps, turn.t, turn.locale, c, data, errors);
    const result = await deps.cases.update(c.id, undefined, (cur) => {
      const changed = recordDecision(cur, { actor: turn.actorId!, now: deps.clock.now(), overall, reason, perItem });
      const jobs: JobSpec[] = [triageRefresh(cur, deps)];
      const plan = firstPlan(deps, changed.next);
      if (plan) jobs.push(plan);
      return { ...changed, jobs };
    });
    if (result.status !== 'ok') return turn.t('common.staleCard');
    deps.jobs.kick();
    return noticeCard(turn.t(result.case.state === 'closed' ? 'nudge.closed' : 'decision.saved', { id: c.id }));
  });

  defineCardAction(app, deps, 'case.close', ref, async (turn, data) => {
    if (!(await deps.members.isMember(turn.actorId))) return turn.t('outcome.notMember');
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'close')) return turn.t('triage.wrongState', { id: c.id, state: turn.t(`state.${c.state}` as MessageKey) });
    const reason = text(data.closeReason);
    if (!reason || reason.length > TEXT_MAX) return turn.t('close.error');
    const result = await deps.cases.update(c.id, data.rev, (cur) => ({ ...closeManually(cur, turn.actorId!, reason), jobs: [triageRefresh(cur, deps)] }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    deps.jobs.kick();
    return noticeCard(turn.t('close.done', { id: c.id }));
  });
}
