import { z } from 'zod';
import { leadName } from '../../app/people.js';
import { assessmentJobs } from '../../app/schedule.js';
import { notifyLead, triageRefresh } from '../../app/triage.js';
import type { CaseRecord, Participant } from '../../domain/case/case.js';
import {
  cancel as cancelCase,
  earliestHeldOn,
  holdOutside,
  withdraw as withdrawCase,
} from '../../domain/case/ending.js';
import { canTransition } from '../../domain/case/lifecycle.js';
import { hasAlgorithm } from '../../domain/followup/outcome.js';
import { holdsLink } from '../../domain/text/names.js';
import { formatDate, localDate } from '../../domain/time.js';
import { stateSentence } from '../../i18n/labels.js';
import { cardContext } from '../cards/context.js';
import { outdatedCaseCard } from '../cards/case-card.js';
import { heldOutsideCard, withdrawCard } from '../cards/ending-cards.js';
import { outcomeCard } from '../cards/followup-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment } from '../cards/render.js';
import { nameOf } from '../cards/triage-cards.js';
import type { Deps } from '../deps.js';
import { list, text } from '../input.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';
import { DateTime } from 'luxon';

/**
 * Ways a case ends early, or skips the bot's planning: the lead withdraws it (before Team Uthiek
 * accepted it), Team Uthiek cancels it with a reason, or records an assessment held outside the
 * bot (its date and who took part; no invitations go out).
 */

const TEXT_MAX = 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const caseRef = z.object({ caseId: z.string().min(1).max(40) }).passthrough();
const isLead = (c: CaseRecord, actorId: string) => actorId === c.leadId || actorId === c.createdBy;

/** Why the actor cannot withdraw the case now, or undefined when they can. */
function cannotWithdraw(turn: Turn, c: CaseRecord): string | undefined {
  if (!isLead(c, turn.actor.id)) return turn.t('withdraw.notLead');
  // only the lead's withdrawal ends a case as abandoned: asked again (a double click, a resent invoke), the result stands
  if (c.state === 'abandoned') return turn.t('withdraw.already', { id: c.id });
  if (!canTransition(c.state, 'abandon')) return turn.t('withdraw.wrongState', { status: stateSentence(turn.t, c) });
  return undefined;
}

/** The withdrawal form for the lead, or why there is none. */
function withdrawal(deps: Deps, turn: Turn, caseId: string) {
  const c = deps.cases.get(caseId.toUpperCase());
  if (!c) return turn.t('intake.notFound');
  return cannotWithdraw(turn, c) ?? withdrawCard(c, cardContext(deps, turn.locale));
}

/** "intrekken UTH-…": the lead's way out before Team Uthiek accepted the case. */
export const withdrawCommand = command({
  id: 'withdraw',
  words: { nl: ['intrekken', 'trek in'], en: ['withdraw'] },
  help: 'help.cmd.withdraw',
  audience: 'everyone',
  async handle(turn, args, deps) {
    const id = args.split(/\s+/)[0] ?? '';
    const own = deps.cases.forPerson(turn.actor.id).filter((c) => canTransition(c.state, 'abandon'));
    const caseId = id || (own.length === 1 ? own[0]!.id : '');
    if (!caseId) return void (await turn.context.sendActivity(turn.t('withdraw.usage')));
    const answer = withdrawal(deps, turn, caseId);
    await turn.context.sendActivity(typeof answer === 'string' ? answer : { attachments: [cardAttachment(answer)] });
  },
});

/** The lead withdraws the case (confirmed on its card); Team Uthiek's card shows it. */
export const withdraw = cardAction({
  audience: 'everyone',
  schema: caseRef.extend({ confirm: z.string().optional() }),
  async handle(turn, data, deps) {
    if (data.confirm !== 'yes') return withdrawal(deps, turn, data.caseId);
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    const refused = cannotWithdraw(turn, c);
    if (refused) return refused;
    const reason = text(data.reason).slice(0, TEXT_MAX);
    // withdrawn (or accepted) while this click waited: nothing changes, and the answer says why
    const meanwhile: { refused?: string } = {};
    const result = await deps.cases.update(c.id, undefined, (cur) => {
      meanwhile.refused = cannotWithdraw(turn, cur);
      if (meanwhile.refused) return { next: cur, events: [] };
      return {
        ...withdrawCase(cur, { actor: turn.actor.id, reason }),
        // Team Uthiek sees it on the case's card once the case reached them
        jobs: cur.state === 'intake' ? [] : [triageRefresh(cur, deps)],
      };
    });
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    if (meanwhile.refused) return meanwhile.refused;
    deps.jobs.kick();
    deps.logger.info({ caseId: c.id, userId: turn.actor.id }, 'case withdrawn by the lead');
    return noticeCard(turn.t('withdraw.done', { id: c.id }));
  },
});

/** Team Uthiek cancels the case, with a reason; an assessment still to come is called off for everyone. */
export const cancel = cardAction({
  audience: 'uthiek',
  refused: 'cancel.notMember',
  schema: caseRef.extend({ rev: z.coerce.number().int().nonnegative() }),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'cancel'))
      return outdatedCaseCard(deps, c, turn.t('triage.wrongState', { status: stateSentence(turn.t, c) }));
    const reason = text(data.cancelReason);
    if (!reason || reason.length > TEXT_MAX) return turn.t('cancel.error', { max: TEXT_MAX });
    const result = await deps.cases.update(c.id, data.rev, (cur) => {
      const { meetingCancelled, ...changed } = cancelCase(cur, { actor: turn.actor.id, reason, now: deps.clock.now() });
      const jobs = [triageRefresh(cur, deps), notifyLead(cur, 'cancelled', deps)];
      if (meetingCancelled) jobs.push(...assessmentJobs(deps, changed.next, 'cancelled'));
      return { ...changed, jobs };
    });
    if (result.status === 'conflict') return outdatedCaseCard(deps, result.current, turn.t('common.staleCard'));
    if (result.status !== 'ok') return turn.t('intake.notFound');
    deps.jobs.kick();
    deps.logger.info({ caseId: c.id, userId: turn.actor.id, from: c.state }, 'case cancelled');
    return noticeCard(turn.t('cancel.done', { id: c.id }));
  },
});

/** The form to record an assessment held outside the bot. */
export const heldOpen = cardAction({
  shows: true,
  audience: 'uthiek',
  refused: 'outcome.notMember',
  schema: caseRef,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'hold-outside')) return turn.t('held.wrongState', { status: stateSentence(turn.t, c) });
    return heldOutsideCard(c, cardContext(deps, turn.locale), { panel: deps.panel.all() });
  },
});

/** Records the assessment held outside the bot: no invitations; the outcome form follows. */
export const heldSave = cardAction({
  audience: 'uthiek',
  refused: 'outcome.notMember',
  schema: caseRef.extend({ rev: z.coerce.number().int().nonnegative() }),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    if (!canTransition(c.state, 'hold-outside')) return turn.t('held.wrongState', { status: stateSentence(turn.t, c) });
    const ctx = cardContext(deps, turn.locale);
    const tz = deps.config.timeZone;
    const heldOn = text(data.heldOn);
    const others = text(data.others);
    const panel = deps.panel.all();
    const present = list(data.panelPresent).filter((id) => panel.some((m) => m.id === id));
    const errors: string[] = [];
    const start = DateTime.fromISO(`${heldOn}T09:00`, { zone: tz });
    const earliest = earliestHeldOn(c, tz);
    if (!DATE.test(heldOn) || !start.isValid || heldOn > localDate(deps.clock.now(), tz))
      errors.push(turn.t('held.error.date'));
    else if (heldOn < earliest)
      errors.push(turn.t('held.error.beforeRegistration', { date: formatDate(earliest, turn.locale) }));
    const otherNames = others
      .split(/[\n;,]+/)
      .map((n) => n.trim())
      .filter(Boolean);
    if (others.length > TEXT_MAX) errors.push(turn.t('held.error.others', { max: TEXT_MAX }));
    else if (otherNames.some(holdsLink)) errors.push(turn.t('held.error.othersLink'));
    if (errors.length) return heldOutsideCard(c, ctx, { panel, typed: data, errors });
    const members = await deps.members.list();
    const handlerId = c.triage?.handlerId ?? turn.actor.id;
    const handler = members.find((m) => m.aadObjectId === handlerId);
    const participants: Participant[] = [
      {
        role: 'handler',
        aadObjectId: handlerId,
        name: nameOf(handlerId, members, turn, c),
        ...(handler?.email ? { email: handler.email } : {}),
      },
      {
        role: 'lead',
        aadObjectId: c.leadId,
        name: leadName(c, turn.t),
        ...(c.lead?.email ? { email: c.lead.email } : {}),
      },
      ...panel
        .filter((m) => present.includes(m.id))
        .map((m): Participant => ({ role: 'panel', panelId: m.id, name: m.name, email: m.email })),
      ...otherNames.map((name): Participant => ({ role: 'other', name: name.slice(0, 120) })),
    ];
    const slot = {
      start: start.toUTC().toISO()!,
      end: start.plus({ minutes: deps.config.schedule.assessmentMinutes }).toUTC().toISO()!,
    };
    const now = deps.clock.now();
    const input = { actor: turn.actor.id, now, heldOn, slot, participants, panelPresent: present };
    const result = await deps.cases.update(c.id, data.rev, (cur) => ({
      ...holdOutside(cur, { ...input, algorithm: hasAlgorithm(cur) }),
      jobs: [triageRefresh(cur, deps)],
    }));
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    deps.jobs.kick();
    deps.logger.info({ caseId: c.id, userId: turn.actor.id }, 'assessment held outside the bot recorded');
    return outcomeCard(result.case, ctx, { count: 2, notice: turn.t('held.saved', { id: c.id }) });
  },
});
