import type { AppDeps } from '../../app/deps.js';
import type { LeadNoticeKind } from '../../app/triage.js';
import { SETTLED, type CaseRecord } from '../../domain/case/case.js';
import type { CaseState } from '../../domain/case/lifecycle.js';
import { mayUpdateItem } from '../../domain/followup/index.js';
import type { Locale } from '../../domain/locale.js';
import { assessmentWhen } from '../../domain/time.js';
import { stateSentence } from '../../i18n/labels.js';
import { triageCardFor } from './case-card.js';
import { cardContext, type CardContext } from './context.js';
import { decisionCard, nudgeCard } from './followup-cards.js';
import { withLetterLink } from './letter-link.js';
import { noticeCard } from './notice-card.js';
import { personUserIds, teamUserIds, withRefresh, type RefreshTarget } from './refresh.js';
import type { CardJson } from './render.js';
import { pollCard } from './schedule-cards.js';
import { participantNotice } from './assessment-notice.js';
import { leadNoticeCard } from './triage-cards.js';

/** Who looks at the card: their AAD object id and language. */
export interface Viewer {
  id: string;
  locale: Locale;
}

type Target<K extends RefreshTarget['card']> = Extract<RefreshTarget, { card: K }>;

/** The state a notice to the lead announced; a case in another state has moved on since. */
const ANNOUNCED: Record<LeadNoticeKind, CaseState> = {
  accepted: 'accepted',
  info: 'needs-info',
  declined: 'declined',
  duplicate: 'duplicate',
  cancelled: 'cancelled',
  closed: 'closed',
};

const isLead = (c: CaseRecord, id: string) => id === c.leadId || id === c.createdBy;

/** A card in the lead's chat is refreshed for the lead (the only person in that chat besides the bot). */
const forPeople = (deps: AppDeps, card: CardJson, target: RefreshTarget, ids: readonly string[]) =>
  withRefresh(card, target, personUserIds(deps, ids));

async function leadNotice(
  deps: AppDeps,
  c: CaseRecord,
  target: Target<'lead-notice'>,
  viewer: Viewer,
  ctx: CardContext,
) {
  const { t } = ctx;
  const request = c.triage?.requests.find((r) => r.id === target.requestId);
  const moved = c.state !== ANNOUNCED[target.kind];
  const answered = target.kind === 'info' && Boolean(request?.answer);
  const now = [answered ? t('lead.info.done') : '', moved ? stateSentence(t, c) : ''].filter(Boolean).join(' ');
  const card = leadNoticeCard(c, target.kind, ctx, {
    members: await deps.members.list(),
    request,
    now,
    readOnly: moved || !isLead(c, viewer.id),
  });
  return forPeople(deps, card, target, [c.leadId]);
}

function decision(deps: AppDeps, c: CaseRecord, target: Target<'decision'>, viewer: Viewer, ctx: CardContext) {
  const { t } = ctx;
  if (c.state !== 'assessed' || !isLead(c, viewer.id)) {
    const done = c.state === 'follow-up' || c.state === 'closed' ? t('decision.done', { id: c.id }) : '';
    const text = [done, stateSentence(t, c)].filter(Boolean).join(' ');
    return forPeople(deps, noticeCard(t('decision.title', { id: c.id }), text), target, [c.leadId]);
  }
  const reminder = Boolean(c.decisionChase?.lastNudgeAt);
  const card = withLetterLink(decisionCard(c, ctx, { reminder }), c, deps.links, t);
  return forPeople(deps, card, target, [c.leadId]);
}

function nudge(deps: AppDeps, c: CaseRecord, target: Target<'nudge'>, viewer: Viewer, ctx: CardContext) {
  const { t } = ctx;
  const ids = target.items.split(',');
  const open = c.advice.filter((i) => ids.includes(i.id) && !SETTLED.has(i.status)).map((i) => i.id);
  const mayAct = open.length > 0 && open.every((id) => mayUpdateItem(c, id, viewer.id));
  if (c.state !== 'follow-up' || !mayAct) {
    const settled = open.length === 0 ? t('refresh.nudge.settled') : '';
    const moved = c.state !== 'follow-up' ? stateSentence(t, c) : '';
    const text = [settled, moved].filter(Boolean).join(' ') || t('nudge.notYours');
    return forPeople(deps, noticeCard(t('nudge.title', { id: c.id }), text), target, [target.recipientId]);
  }
  const maxSnoozes = deps.config.followUp.maxSnoozes;
  const card = nudgeCard(c, ctx, { itemIds: open, recipientId: target.recipientId, maxSnoozes });
  return forPeople(deps, card, target, [target.recipientId]);
}

function poll(deps: AppDeps, target: Target<'poll'>, viewer: Viewer, ctx: CardContext): CardJson {
  const { t } = ctx;
  const p = deps.proposals.get(target.proposalId);
  const c = p && deps.cases.get(p.caseId);
  if (!p || !c) return noticeCard(t('intake.notFound'));
  const title = t('poll.title', { id: c.id });
  const invited = p.invitees.some((i) => i.aadObjectId === viewer.id);
  const refreshFor = invited ? [viewer.id] : [];
  if (!invited) return noticeCard(title, t('poll.notInvited'));
  const open = !p.superseded && (c.state === 'accepted' || c.state === 'scheduled');
  if (!open) {
    const planned = c.state === 'scheduled' && c.schedule && !c.schedule.cancelledAt;
    const when = planned ? assessmentWhen(c.schedule!, ctx.timeZone, ctx.locale) : '';
    const text = planned
      ? t(c.schedule!.heldOutside ? 'refresh.poll.heldOutside' : 'refresh.poll.planned', { when })
      : c.state === 'accepted'
        ? t('refresh.poll.superseded')
        : stateSentence(t, c);
    return forPeople(deps, noticeCard(title, text), target, refreshFor);
  }
  return forPeople(deps, pollCard(c, p, ctx, p.answers[viewer.id] ?? {}), target, refreshFor);
}

/** A notice about the assessment: as sent while the schedule it announced stands; else what replaced it. */
function assessment(deps: AppDeps, c: CaseRecord, target: Target<'assessment'>, viewer: Viewer, ctx: CardContext) {
  const { t } = ctx;
  const s = c.schedule;
  const p = s?.participants.find((x) => x.aadObjectId === viewer.id);
  const refreshFor = p ? [viewer.id] : [];
  if (s && p && !s.heldOutside && String(s.sequence) === target.sequence)
    return forPeople(deps, participantNotice(deps, c, target.kind, p, ctx), target, refreshFor);
  const text = !s
    ? stateSentence(t, c)
    : s.cancelledAt
      ? t('refresh.assessment.cancelled', { id: c.id })
      : t(s.heldOutside ? 'refresh.assessment.heldOutside' : 'refresh.assessment.moved', {
          when: assessmentWhen(s, ctx.timeZone, ctx.locale),
        });
  // not the notice's own title: what it announced ("is gepland", "is verplaatst") no longer stands
  return forPeople(deps, noticeCard(t('refresh.assessment.title', { id: c.id }), text), target, refreshFor);
}

/**
 * Whether a card is for this person besides Team Uthiek, as the store knows the case now (never as
 * the card says): the triage card for nobody else; the lead's notices and decision form for the
 * lead (or who registered the case); a nudge also for the action owner of one of its items; an
 * assessment notice also for the participants; an availability poll for those invited to it.
 */
export function isAddressee(deps: Pick<AppDeps, 'cases' | 'proposals'>, target: RefreshTarget, id: string): boolean {
  if (target.card === 'poll')
    return Boolean(deps.proposals.get(target.proposalId)?.invitees.some((i) => i.aadObjectId === id));
  const c = deps.cases.get(target.caseId);
  if (!c || target.card === 'triage') return false;
  switch (target.card) {
    case 'lead-notice':
    case 'decision':
      return isLead(c, id);
    case 'nudge':
      return target.items.split(',').some((itemId) => mayUpdateItem(c, itemId, id));
    case 'assessment':
      return isLead(c, id) || Boolean(c.schedule?.participants.some((p) => p.aadObjectId === id));
  }
}

/**
 * A card the bot sent, as it stands now and as it fits the viewer, with its `refresh` (Universal
 * Actions): what a job sends and what an automatic refresh answers are built here, so they are
 * the same card. A settled item, an answered question or a case that moved on shows no buttons,
 * and says in a sentence where things stand. Reads only the store and the cached roster: a
 * refresh answers within Teams' invoke time.
 */
export async function currentCard(deps: AppDeps, target: RefreshTarget, viewer: Viewer): Promise<CardJson> {
  if (target.card === 'poll') return poll(deps, target, viewer, cardContext(deps, viewer.locale));
  const c = deps.cases.get(target.caseId);
  const ctx = cardContext(deps, viewer.locale);
  if (!c) return noticeCard(ctx.t('intake.notFound'));
  switch (target.card) {
    case 'triage': {
      const members = await deps.members.list();
      const readOnly = !members.some((m) => m.aadObjectId === viewer.id);
      return withRefresh(await triageCardFor(deps, c, { readOnly }), target, teamUserIds(deps, members));
    }
    case 'lead-notice':
      return leadNotice(deps, c, target, viewer, ctx);
    case 'decision':
      return decision(deps, c, target, viewer, ctx);
    case 'nudge':
      return nudge(deps, c, target, viewer, ctx);
    case 'assessment':
      return assessment(deps, c, target, viewer, ctx);
  }
}
