import type { CaseRecord, InfoRequest } from '../../domain/case/case.js';
import type { AuditEvent } from '../../domain/case/events.js';
import { canTransition } from '../../domain/case/lifecycle.js';
import { currentDpia, DPIA_UPDATABLE } from '../../domain/dpia/dpia.js';
import { missingRequirements } from '../../domain/intake/completeness.js';
import { dpiaSentences } from './dpia-cards.js';
import { IMPACT_LEVELS, suggestImpact, type ImpactLevel, type ImpactRule } from '../../domain/impact/rules.js';
import { formatDate, formatLocal } from '../../domain/time.js';
import { leadName, registrantName } from '../../app/people.js';
import type { Member } from '../../app/ports.js';
import { assessmentStarted } from '../../domain/followup/outcome.js';
import type { LeadNoticeKind, TriageView } from '../../app/triage.js';
import { missingList, summarySections, type IntakeCardContext } from './intake-cards.js';
import { renderCard, withoutMarkup, type CardJson } from './render.js';
import { eventLabel, impactLabel, stateLabel } from '../../i18n/labels.js';
import { isPseudonym } from '../../domain/privacy/person-data.js';

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
  if (isPseudonym(id)) return ctx.t('erase.erasedPerson');
  const member = members.find((m) => m.aadObjectId === id);
  if (member?.name) return member.name;
  if (c && id === c.leadId) return leadName(c, ctx.t);
  if (c && id === c.createdBy) return registrantName(c, ctx.t);
  return ctx.t('who.member');
}

/** Who leads the project, by name, and how the bot reaches them. */
export function leadLine(c: CaseRecord, t: IntakeCardContext['t']): string {
  const name = leadName(c, t);
  const email = c.lead?.email ?? (c.intake.leadIsMe === false ? c.intake.leadEmail : undefined);
  const named = email ? `${name} (${email})` : name;
  if (c.lead?.source === 'not-found')
    return t('triage.card.leadNotFound', { lead: named, registrant: registrantName(c, t) });
  if (c.lead?.source === 'pending') return t('triage.card.leadPending', { lead: named });
  return named;
}

function decidedLine(c: CaseRecord, members: readonly Member[], ctx: TriageCardContext): string {
  const t = ctx.t;
  const date = c.triage?.decidedAt ? formatLocal(c.triage.decidedAt, ctx.timeZone, ctx.locale, false) : '';
  if (c.state === 'cancelled') return t('triage.decided.cancelled');
  if (c.state === 'abandoned') return t('triage.decided.withdrawn', { lead: withoutMarkup(leadName(c, t)) });
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

/** Where the lead's decision stands, for Team Uthiek. */
function followUpLine(c: CaseRecord, t: IntakeCardContext['t']): string {
  if (c.state === 'assessed' && c.decisionChase)
    return t('triage.card.decisionPending', {
      lead: withoutMarkup(leadName(c, t)),
      count: c.decisionChase.unansweredNudges,
    });
  const open = (c.reviews ?? []).filter((r) => !r.resolution).length;
  if (open > 0) return t('triage.card.reviewOpen', { count: open });
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
  const named = c.lead?.source === 'not-found' || c.lead?.source === 'pending';
  const registrant = c.createdBy !== c.leadId || named ? registrantName(c, t) : '';
  const suggestion = suggestImpact(c.intake, ctx.rules);
  const suggested = c.triage?.suggestedImpact ?? suggestion.level;
  const level = (l: ImpactLevel) => impactLabel(t, l);
  const intake = c.intake;
  const rows = [
    { label: t('triage.card.lead'), userText: leadLine(c, t) },
    { label: t('triage.card.registrant'), userText: registrant },
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
      dpia: dpiaSentences(currentDpia(c), ctx).join(' '),
      canDpia: DPIA_UPDATABLE.has(c.state),
      dpiaButton: t('dpia.button'),
      impactReasonLabel: t('triage.field.impactReason'),
      impactReasonTitle: t('triage.card.impactReason'),
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
      canRecordOutcome: open('record-assessment') && assessmentStarted(c, input.now),
      recordOutcome: t('outcome.button'),
      canHoldOutside: open('hold-outside'),
      holdOutside: t('held.button'),
      canCancel: open('cancel'),
      cancelCase: t('cancel.button'),
      cancelReason: t('cancel.reason'),
      cancelConfirm: t('cancel.confirm'),
      followUp: followUpLine(c, t),
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
      declineReason:
        c.state === 'declined'
          ? (c.triage?.declineReason ?? '')
          : c.state === 'cancelled'
            ? (c.cancelReason ?? '')
            : c.state === 'abandoned'
              ? (c.withdrawReason ?? '')
              : '',
      impactReason: c.triage?.impactReason ?? '',
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
  input: {
    members: readonly Member[];
    request?: InfoRequest;
    error?: string;
    /** Where the case stands now, in whole sentences, when it has moved on since the notice. */
    now?: string;
    /** Without the answer field (someone else looks at it, or the question is past). */
    readOnly?: boolean;
  },
): CardJson {
  const { t } = ctx;
  /** A decision that ends the case, with Team Uthiek's reason quoted. */
  const ended = (kind: 'declined' | 'cancelled' | 'closed', quote: string | undefined) => ({
    title: t(`lead.${kind}.title`, { id: c.id }),
    text: t(`lead.${kind}.text`),
    quote: quote ?? '',
  });
  const texts: Record<LeadNoticeKind, { title: string; text: string; quote: string }> = {
    accepted: {
      title: t('lead.accepted.title', { id: c.id }),
      text: t('lead.accepted.text', {
        handler: withoutMarkup(nameOf(c.triage?.handlerId, input.members, ctx, c)),
        impact: impactLabel(t, c.triage?.impact ?? c.triage?.suggestedImpact ?? 'low'),
      }),
      quote: '',
    },
    info: {
      title: t('lead.info.title', { id: c.id }),
      text: t('lead.info.text'),
      quote: input.request?.question ?? '',
    },
    declined: ended('declined', c.triage?.declineReason),
    duplicate: {
      title: t('lead.duplicate.title', { id: c.id }),
      text: t('lead.duplicate.text', { target: c.triage?.duplicateOf ?? '' }),
      quote: '',
    },
    cancelled: ended('cancelled', c.cancelReason),
    closed: ended('closed', c.closedReason),
  };
  const chosen = texts[kind];
  const askAnswer = kind === 'info' && Boolean(input.request) && !input.request?.answer && !input.readOnly;
  return renderCard('lead-notice', {
    t: {
      title: chosen.title,
      text: chosen.text,
      askAnswer,
      answerLabel: t('lead.info.answer'),
      send: t('lead.info.send'),
      error: input.error ?? '',
      now: input.now ?? '',
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
    t('triage.card.leadFact', { lead: leadLine(c, t) }),
    c.triage?.handlerId || c.state === 'cancelled' || c.state === 'abandoned' ? decidedLine(c, members, ctx) : '',
    c.triage?.declineReason && c.state === 'declined' ? c.triage.declineReason : '',
    c.state === 'cancelled' ? (c.cancelReason ?? '') : '',
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
      canCancel: canTransition(c.state, 'cancel'),
      cancelCase: t('cancel.button'),
      cancelReason: t('cancel.reason'),
      cancelConfirm: t('cancel.confirm'),
      history: history.map((e) => ({
        userText: t('detail.line', {
          when: formatLocal(e.at, ctx.timeZone, ctx.locale),
          who: nameOf(e.actor, members, ctx, c),
          what: what(e),
        }),
      })),
    },
    data: { projectName: c.intake.projectName ?? c.id },
    raw: { caseId: c.id, rev: c.rev ?? 0 },
  });
}
