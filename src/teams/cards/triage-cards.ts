import type { CaseRecord, InfoRequest } from '../../domain/case/case.js';
import type { AuditEvent } from '../../domain/case/events.js';
import { canTransition } from '../../domain/case/lifecycle.js';
import { missingRequirements } from '../../domain/intake/completeness.js';
import { IMPACT_LEVELS, suggestImpact, type ImpactLevel, type ImpactRule } from '../../domain/impact/rules.js';
import { formatDate, formatLocal } from '../../domain/time.js';
import type { Member } from '../../app/ports.js';
import type { LeadNoticeKind, TriageView } from '../../app/triage.js';
import { missingList, summarySections, type IntakeCardContext } from './intake-cards.js';
import { renderCard, type CardJson } from './render.js';
import { eventLabel, impactLabel, stateLabel } from '../../i18n/labels.js';

export interface TriageCardContext extends IntakeCardContext {
  timeZone: string;
  rules: readonly ImpactRule[];
}

/** A person's name as Team Uthiek's roster knows it; ids are never shown. */
export function nameOf(
  id: string | undefined,
  members: readonly Member[],
  ctx: { t: IntakeCardContext['t'] },
  c?: CaseRecord,
): string {
  if (!id) return ctx.t('triage.unknownHandler');
  if (id === 'system') return ctx.t('who.system');
  const member = members.find((m) => m.aadObjectId === id);
  if (member) return member.name ?? ctx.t('who.member');
  if (c && (id === c.leadId || id === c.createdBy))
    return c.intake.leadIsMe === false && c.intake.leadName ? c.intake.leadName : ctx.t('who.lead');
  return ctx.t('who.member');
}

function decidedLine(c: CaseRecord, members: readonly Member[], ctx: TriageCardContext): string {
  const t = ctx.t;
  const date = c.triage?.decidedAt ? formatLocal(c.triage.decidedAt, ctx.timeZone, ctx.locale, false) : '';
  if (c.triage?.duplicateOf) return t('triage.decided.duplicate', { target: c.triage.duplicateOf, date });
  if (c.state === 'declined') return t('triage.decided.declined', { date });
  if (c.state === 'needs-info') return t('triage.decided.needsInfo');
  if (c.triage?.handlerId) {
    return t('triage.decided.accepted', {
      date,
      handler: nameOf(c.triage.handlerId, members, ctx, c),
      impact: impactLabel(t, c.triage.impact ?? c.triage.suggestedImpact),
    });
  }
  return '';
}

/** The card Team Uthiek sees in its channel: what the case is, what is missing, the suggestion, the decisions. */
export function triageCard(
  c: CaseRecord,
  ctx: TriageCardContext,
  input: TriageView & { actorId?: string; notice?: string; noticeIsGood?: boolean; readOnly?: boolean },
): CardJson {
  const { t } = ctx;
  const missing = missingRequirements(c.intake);
  const suggestion = suggestImpact(c.intake, ctx.rules);
  const suggested = c.triage?.suggestedImpact ?? suggestion.level;
  const level = (l: ImpactLevel) => impactLabel(t, l);
  const intake = c.intake;
  const rows = [
    {
      label: t('triage.card.lead'),
      userText:
        intake.leadIsMe === false
          ? `${intake.leadName ?? ''} (${intake.leadEmail ?? ''})`
          : nameOf(c.leadId, input.members, ctx, c),
    },
    { label: t('triage.card.orgUnit'), userText: intake.orgUnit ?? '' },
    {
      label: t('triage.card.phase'),
      userText: [
        intake.phase ? t(`intake.choice.phase.${intake.phase}`) : '',
        intake.plannedDate ? formatDate(intake.plannedDate, ctx.locale) : '',
      ]
        .filter(Boolean)
        .join(', '),
    },
    { label: t('triage.card.purpose'), userText: (intake.purpose ?? '').slice(0, 400) },
  ].filter((r) => r.userText);
  // a read-only view (for someone who may not act on it) shows no buttons
  const open = (action: Parameters<typeof canTransition>[1]) => !input.readOnly && canTransition(c.state, action);
  return renderCard('triage', {
    t: {
      title: t('triage.card.title', { id: c.id }),
      stateLine: t('triage.card.stateLine', {
        id: c.id,
        state: stateLabel(t, c.state),
        date: c.submittedAt ? formatLocal(c.submittedAt, ctx.timeZone, ctx.locale) : '',
      }),
      notice: input.notice ?? '',
      noticeIsGood: input.noticeIsGood ?? false,
      rows,
      complete: missing.length === 0,
      completeness:
        missing.length === 0
          ? t('triage.card.complete')
          : t('triage.card.missing', { list: missingList(missing, t).join(', ') }),
      impact: c.triage?.impact
        ? t('triage.card.impactSet', { level: level(c.triage.impact), suggested: level(suggested) })
        : t('triage.card.impact', { level: level(suggested) }),
      why: t('triage.card.why'),
      reasons: suggestion.reasons.length
        ? suggestion.reasons.map((r) => r.text[ctx.locale])
        : [t('triage.card.noRules')],
      dpia: t('triage.card.dpia', {
        status: intake.dpiaStatus ? t(`intake.choice.dpia.${intake.dpiaStatus}`) : t('dpia.none'),
      }),
      duplicatesTitle: t('triage.card.duplicates'),
      duplicates: input.duplicates.map((d) => ({ caseId: d.caseId, userText: input.projectNames[d.caseId] ?? '' })),
      requestsTitle: t('triage.card.requests'),
      requests: (c.triage?.requests ?? []).map((r: InfoRequest) => ({
        questionLabel: t('triage.card.question'),
        answerLabel: t('triage.card.answer'),
        userText: r.question,
        answerText: r.answer ?? t('triage.card.noAnswer'),
      })),
      canSchedule: open('schedule') || open('reschedule'),
      schedule: c.state === 'scheduled' ? t('schedule.reschedule') : t('schedule.button'),
      canCancelMeeting: open('unschedule'),
      canRecordOutcome: open('record-assessment'),
      recordOutcome: t('outcome.button'),
      canClose: open('close'),
      close: t('close.button'),
      closeReason: t('close.reason'),
      closeConfirm: t('close.confirm'),
      cancelMeeting: t('schedule.cancel'),
      canAccept: open('accept'),
      canAsk: open('request-info'),
      canDecline: open('decline'),
      accept: t('triage.accept'),
      askInfo: t('triage.askInfo'),
      decline: t('triage.decline'),
      duplicate: t('triage.duplicate'),
      handlerLabel: t('triage.field.handler'),
      impactLabel: t('triage.field.impact'),
      questionLabel: t('triage.field.question'),
      reasonLabel: t('triage.field.reason'),
      duplicateLabel: t('triage.field.duplicateOf'),
      confirmAccept: t('triage.confirmAccept'),
      send: t('triage.send'),
      confirmDecline: t('triage.confirmDecline'),
      confirmDuplicate: t('triage.confirmDuplicate'),
      handlers: input.members.map((m) => ({ title: m.name ?? t('who.member'), value: m.aadObjectId })),
      levels: IMPACT_LEVELS.map((l) => ({ title: level(l), value: l })),
    },
    data: {
      projectName: intake.projectName ?? c.id,
      decided: decidedLine(c, input.members, ctx),
      declineReason: c.state === 'declined' ? (c.triage?.declineReason ?? '') : '',
    },
    raw: {
      caseId: c.id,
      rev: c.rev ?? 0,
      handlerId: c.triage?.handlerId ?? input.actorId ?? input.members[0]?.aadObjectId ?? '',
      impact: c.triage?.impact ?? suggested,
      firstDuplicate: input.duplicates[0]?.caseId ?? '',
    },
  });
}

/** What the lead hears after a triage decision, in their language. */
export function leadNoticeCard(
  c: CaseRecord,
  kind: LeadNoticeKind,
  ctx: TriageCardContext,
  input: { members: readonly Member[]; request?: InfoRequest; error?: string },
): CardJson {
  const { t } = ctx;
  const texts: Record<LeadNoticeKind, { title: string; text: string; quote: string }> = {
    accepted: {
      title: t('lead.accepted.title', { id: c.id }),
      text: t('lead.accepted.text', {
        handler: nameOf(c.triage?.handlerId, input.members, ctx, c),
        impact: impactLabel(t, c.triage?.impact ?? c.triage?.suggestedImpact ?? 'low'),
      }),
      quote: '',
    },
    info: {
      title: t('lead.info.title', { id: c.id }),
      text: t('lead.info.text'),
      quote: input.request?.question ?? '',
    },
    declined: {
      title: t('lead.declined.title', { id: c.id }),
      text: t('lead.declined.text'),
      quote: c.triage?.declineReason ?? '',
    },
    duplicate: {
      title: t('lead.duplicate.title', { id: c.id }),
      text: t('lead.duplicate.text', { target: c.triage?.duplicateOf ?? '' }),
      quote: '',
    },
  };
  const chosen = texts[kind];
  const askAnswer = kind === 'info' && Boolean(input.request) && !input.request?.answer;
  return renderCard('lead-notice', {
    t: {
      title: chosen.title,
      text: chosen.text,
      askAnswer,
      answerLabel: t('lead.info.answer'),
      send: t('lead.info.send'),
      error: input.error ?? '',
    },
    data: { projectName: c.intake.projectName ?? c.id, quote: chosen.quote },
    raw: { caseId: c.id, requestId: input.request?.id ?? '' },
  });
}

/** The whole case with its history, for Team Uthiek (from "zaken"). */
export function caseDetailCard(
  c: CaseRecord,
  history: readonly AuditEvent[],
  ctx: TriageCardContext,
  members: readonly Member[],
  /** Sentences about the case's messages that did not arrive (app/undelivered.ts). */
  undelivered: readonly string[] = [],
): CardJson {
  const { t } = ctx;
  const what = (e: AuditEvent) => {
    const label = eventLabel(t, e.type);
    return e.caseId && e.caseId !== c.id ? `${label} (${e.caseId})` : label;
  };
  const facts = [
    c.triage?.handlerId ? decidedLine(c, members, ctx) : '',
    c.triage?.declineReason && c.state === 'declined' ? c.triage.declineReason : '',
  ].filter(Boolean);
  return renderCard('case-detail', {
    t: {
      heading: t('intake.caseId', { id: c.id }),
      state: stateLabel(t, c.state),
      facts: facts.map((f) => ({ userText: f })),
      undeliveredTitle: t('delivery.detail.title'),
      undelivered: undelivered.map((line) => ({ userText: line })),
      sections: summarySections(c, ctx),
      historyTitle: t('detail.history'),
      history: history.map((e) => ({
        userText: t('detail.line', {
          when: formatLocal(e.at, ctx.timeZone, ctx.locale),
          who: nameOf(e.actor, members, ctx, c),
          what: what(e),
        }),
      })),
    },
    data: { projectName: c.intake.projectName ?? c.id },
  });
}
