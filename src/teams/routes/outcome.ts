import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { decisionDue, firstPlan, OWNER_EMAIL, ownersLookup } from '../../app/followup.js';
import { reviewJobs } from '../../app/review.js';
import { notifyLead, triageRefresh } from '../../app/triage.js';
import { DECISIONS, type CaseRecord, type Decision } from '../../domain/case/case.js';
import { canTransition } from '../../domain/case/lifecycle.js';
import {
  assessmentStarted,
  closeManually,
  recordDecision,
  recordOutcome,
  type ItemDecision,
  type NewAdviceItem,
} from '../../domain/followup/outcome.js';
import { holdsLink } from '../../domain/text/names.js';
import { assessmentWhen, formatDate, isCalendarDate, localDate } from '../../domain/time.js';
import { earliestHeldOn } from '../../domain/case/ending.js';
import type { JobSpec } from '../../store/repositories/jobs.js';
import { cardContext } from '../cards/context.js';
import { withLetterLink } from '../cards/letter-link.js';
import { issueLetter } from '../../app/advice-letter.js';
import { decisionCard, outcomeCard, TEXT_MAX } from '../cards/followup-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { answerOnCaseCard, outdatedCaseCard } from '../cards/case-card.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import type { Turn } from '../routing/turn.js';
import { stateSentence } from '../../i18n/labels.js';
import { list, text } from '../input.js';

const ref = z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int().nonnegative() }).passthrough();

const ONLY_UTHIEK = { audience: 'uthiek', refused: 'outcome.notMember' } as const;

/** The case, if an assessment outcome can be recorded for it: scheduled, and the assessment has begun. */
function recordable(
  deps: Deps,
  turn: Turn,
  caseId: string,
): { ok: true; c: CaseRecord } | { ok: false; answer: string } {
  const c = deps.cases.get(caseId);
  if (!c) return { ok: false, answer: turn.t('intake.notFound') };
  if (!canTransition(c.state, 'record-assessment')) {
    return { ok: false, answer: turn.t('outcome.wrongState', { status: stateSentence(turn.t, c) }) };
  }
  if (!assessmentStarted(c, deps.clock.now())) {
    const when = assessmentWhen(c.schedule!, deps.config.timeZone, turn.locale);
    return { ok: false, answer: turn.t('outcome.notStarted', { id: c.id, when }) };
  }
  return { ok: true, c };
}

/**
 * The advice items of the outcome form; an empty row is skipped, a wrong one is an error. An owner
 * named by e-mail is looked up in Teams afterwards, by a job (app/followup.ts, `ownersLookup`).
 */
function readItems(deps: Deps, turn: Turn, c: CaseRecord, data: Record<string, unknown>, count: number) {
  const today = localDate(deps.clock.now(), deps.config.timeZone);
  const valueIds = new Set(deps.valueModel.values.map((v) => v.id));
  const items: NewAdviceItem[] = [];
  const errors: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = text(data[`item_${i}_text`]);
    const values = list(data[`item_${i}_values`]);
    const due = text(data[`item_${i}_due`]);
    const owner = text(data[`item_${i}_owner`]);
    if (!body && values.length === 0 && !due && !owner) continue; // an empty row
    const validText = body.length > 0 && body.length <= TEXT_MAX && owner.length <= 120;
    const validValues = values.length > 0 && values.every((x) => valueIds.has(x));
    const validDue = isCalendarDate(due) && due >= today;
    if (!validText || !validValues || !validDue) {
      errors.push(turn.t('outcome.error.item', { n: i + 1, max: TEXT_MAX }));
      continue;
    }
    // the owner is a name, or an e-mail address on its own to look them up by
    if (!OWNER_EMAIL.test(owner) && holdsLink(owner)) {
      errors.push(turn.t('outcome.error.ownerLink', { n: i + 1 }));
      continue;
    }
    const ownerFields = owner ? { ownerName: owner } : { ownerId: c.leadId };
    items.push({ id: `adv-${randomUUID().slice(0, 8)}`, text: body, values, dueDate: due, ...ownerFields });
  }
  return { items, errors };
}

export const open = cardAction({
  shows: true,
  ...ONLY_UTHIEK,
  schema: z.object({ caseId: z.string().min(1).max(40) }).passthrough(),
  async handle(turn, data, deps) {
    const g = recordable(deps, turn, data.caseId);
    return g.ok ? outcomeCard(g.c, cardContext(deps, turn.locale), { count: 2 }) : g.answer;
  },
});

export const more = cardAction({
  shows: true,
  ...ONLY_UTHIEK,
  schema: ref.extend({ count: z.coerce.number().int().min(1).max(15) }),
  async handle(turn, data, deps) {
    const g = recordable(deps, turn, data.caseId);
    return g.ok ? outcomeCard(g.c, cardContext(deps, turn.locale), { count: data.count, typed: data }) : g.answer;
  },
});

export const save = cardAction({
  ...ONLY_UTHIEK,
  schema: ref.extend({ count: z.coerce.number().int().min(1).max(15) }),
  async handle(turn, data, deps) {
    const g = recordable(deps, turn, data.caseId);
    if (!g.ok) return g.answer;
    const c = g.c;
    const today = localDate(deps.clock.now(), deps.config.timeZone);
    const errors: string[] = [];
    const reportUrl = text(data.reportUrl);
    if (!/^https:\/\/[^\s<>"]+$/.test(reportUrl) || reportUrl.length > 500) errors.push(turn.t('outcome.error.url'));
    const heldOn = text(data.heldOn);
    const earliest = earliestHeldOn(c, deps.config.timeZone);
    if (!isCalendarDate(heldOn) || heldOn > today) errors.push(turn.t('outcome.error.date'));
    else if (heldOn < earliest)
      errors.push(turn.t('held.error.beforeRegistration', { date: formatDate(earliest, turn.locale) }));
    const read = readItems(deps, turn, c, data, data.count);
    errors.push(...read.errors);
    const { items } = read;
    if (items.length === 0 && errors.length === 0) errors.push(turn.t('outcome.error.items'));
    const isPanel = (id: string) => c.schedule?.participants.some((p) => p.panelId === id) ?? false;
    const panelPresent = list(data.panelPresent).filter(isPanel);
    const panelWritten = list(data.panelWritten).filter((id) => isPanel(id) && !panelPresent.includes(id));
    const noPanelReason = text(data.noPanelReason);
    const high = (c.triage?.impact ?? c.triage?.suggestedImpact) === 'high';
    if (high && !panelPresent.length && !panelWritten.length && (!noPanelReason || noPanelReason.length > TEXT_MAX))
      errors.push(turn.t('outcome.error.noPanel', { max: TEXT_MAX }));
    if (errors.length)
      return outcomeCard(c, cardContext(deps, turn.locale), { count: data.count, typed: data, errors });
    const now = deps.clock.now();
    const result = await deps.cases.update(c.id, data.rev, (cur) => {
      const input = {
        actor: turn.actor.id,
        now,
        heldAt: heldOn,
        reportUrl,
        panelPresent,
        panelWritten,
        noPanelReason,
        items,
      };
      const recorded = recordOutcome(cur, { ...input, decisionDue: decisionDue(deps) });
      const issued = issueLetter(deps, recorded.next, turn.actor.id);
      const changed = { ...recorded, next: issued.next };
      const plan = firstPlan(deps, changed.next);
      return {
        ...changed,
        jobs: [
          triageRefresh(cur, deps),
          { id: `notify.decision:${cur.id}`, kind: 'notify.decision', dueAt: now, payload: { caseId: cur.id } },
          ...(plan ? [plan] : []),
          ...issued.jobs,
          ...[ownersLookup(changed.next, turn.actor.id, deps)].filter((j) => j !== undefined),
        ],
      };
    });
    if (result.status === 'conflict') {
      // the case changed while the form was open: the form again, of the case as it is now, with what was typed
      const current = recordable(deps, turn, c.id);
      if (!current.ok) return current.answer;
      const notice = turn.t('common.staleCard');
      return outcomeCard(current.c, cardContext(deps, turn.locale), { count: data.count, typed: data, notice });
    }
    if (result.status !== 'ok') return turn.t('intake.notFound');
    deps.jobs.kick();
    deps.logger.info({ caseId: c.id, items: items.length, userId: turn.actor.id }, 'assessment outcome recorded');
    return answerOnCaseCard(deps, turn.context.activity.replyToId, result.case, turn.t('outcome.saved', { id: c.id }));
  },
});

/** The lead records their decision on the advice, per item and as a whole. */
export const decide = cardAction({
  audience: 'everyone',
  schema: z.object({ caseId: z.string().min(1).max(40) }).passthrough(),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (turn.actor.id !== c.leadId && turn.actor.id !== c.createdBy) return turn.t('decision.notLead');
    if (!canTransition(c.state, 'start-follow-up')) return noticeCard(turn.t('decision.done', { id: c.id }));
    const errors: string[] = [];
    const perItem: Record<string, ItemDecision> = {};
    c.advice.forEach((item, i) => {
      const decision = text(data[`item_${item.id}_decision`]) as Decision;
      const reason = text(data[`item_${item.id}_reason`]).slice(0, TEXT_MAX);
      if (!DECISIONS.includes(decision) || (decision !== 'adopt' && !reason))
        errors.push(turn.t('decision.error.item', { n: i + 1 }));
      else perItem[item.id] = { decision, reason };
    });
    const overall = text(data.overall) as Decision;
    const reason = text(data.overallReason).slice(0, TEXT_MAX);
    if (!DECISIONS.includes(overall) || !reason) errors.push(turn.t('decision.error.overall'));
    if (errors.length)
      return withLetterLink(
        decisionCard(c, cardContext(deps, turn.locale), { typed: data, errors }),
        c,
        deps.links,
        turn.t,
      );
    const reviewId = `rev-${randomUUID().slice(0, 8)}`;
    const result = await deps.cases.update(c.id, undefined, (cur) => {
      const input = { actor: turn.actor.id, now: deps.clock.now(), overall, reason, perItem, reviewId };
      const decided = recordDecision(cur, input);
      const issued = issueLetter(deps, decided.next, turn.actor.id);
      const changed = { ...decided, next: issued.next };
      const jobs: JobSpec[] = [triageRefresh(cur, deps), ...reviewJobs(deps, cur, changed.next), ...issued.jobs];
      const plan = firstPlan(deps, changed.next);
      if (plan) jobs.push(plan);
      return { ...changed, jobs };
    });
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    deps.jobs.kick();
    const reviewing = result.case.reviews?.some((r) => r.id === reviewId);
    if (result.case.state === 'closed') return noticeCard(turn.t('nudge.closed', { id: c.id }));
    return noticeCard(
      turn.t('decision.saved', { id: c.id }),
      reviewing ? turn.t('review.toHandler') : turn.t('decision.savedNext'),
    );
  },
});

/** A member closes a case, with a reason. */
export const close = cardAction({
  ...ONLY_UTHIEK,
  schema: ref,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'close'))
      return outdatedCaseCard(deps, c, turn.t('triage.wrongState', { status: stateSentence(turn.t, c) }));
    const reason = text(data.closeReason);
    if (!reason || reason.length > TEXT_MAX) return turn.t('close.error');
    const result = await deps.cases.update(c.id, data.rev, (cur) => ({
      ...closeManually(cur, turn.actor.id, reason),
      jobs: [triageRefresh(cur, deps), notifyLead(cur, 'closed', deps)],
    }));
    if (result.status === 'conflict') return outdatedCaseCard(deps, result.current, turn.t('common.staleCard'));
    if (result.status !== 'ok') return turn.t('intake.notFound');
    deps.jobs.kick();
    return answerOnCaseCard(deps, turn.context.activity.replyToId, result.case, turn.t('close.done', { id: c.id }));
  },
});
