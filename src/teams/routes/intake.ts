import { z } from 'zod';
import { askOfficerJobs, dpiaBefore } from '../../app/dpia.js';
import { leadLookup, startIntake } from '../../app/intake.js';
import { leadAtSubmit } from '../../app/people.js';
import { triageRefresh } from '../../app/triage.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { eventTypeOf, transition } from '../../domain/case/lifecycle.js';
import { currentDpia } from '../../domain/dpia/dpia.js';
import { suggestImpact } from '../../domain/impact/rules.js';
import { applyStep, mayEdit, submitDraft } from '../../domain/intake/draft.js';
import { nextStep, parseStep, previousStep, STEP_IDS, type StepId } from '../../domain/intake/steps.js';
import { localDate } from '../../domain/time.js';
import { cardContext } from '../cards/context.js';
import { draftCard, intakeReviewCard, intakeStepCard, submittedCard } from '../cards/intake-cards.js';
import { caseListCard } from '../cards/case-list-card.js';
import { cardAttachment, type CardJson } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';
import { stateSentence } from '../../i18n/labels.js';

/**
 * The intake dialog: start (command, signal invitation, message action), one card per step
 * (Action.Execute updates the card in place), drafts saved at every step, review, submit.
 */

const cardRef = z.object({ caseId: z.string().min(1).max(40), rev: z.coerce.number().int().nonnegative() });
const saveSchema = cardRef.extend({ step: z.enum(STEP_IDS), nav: z.enum(['next', 'back', 'later']) }).passthrough();
const gotoSchema = cardRef.extend({ step: z.enum(STEP_IDS) });

type Guarded = { ok: true; c: CaseRecord } | { ok: false; answer: string | CardJson };

/** The checks every intake card action starts with: the case exists, it is theirs, still editable, card current. */
function guard(deps: Deps, turn: Turn, caseId: string, rev: number): Guarded {
  const c = deps.cases.get(caseId);
  if (!c) return { ok: false, answer: turn.t('intake.notFound') };
  const may = mayEdit(c, turn.actor.id);
  if (may === 'not-yours') return { ok: false, answer: turn.t('intake.notYours') };
  if (may === 'locked') return { ok: false, answer: turn.t('intake.locked', { status: stateSentence(turn.t, c) }) };
  if ((c.rev ?? 0) !== rev)
    return { ok: false, answer: draftCard(c, cardContext(deps, turn.locale), turn.t('common.staleCard')) };
  return { ok: true, c };
}

async function sendDraftCard(deps: Deps, turn: Turn, c: CaseRecord, notice: string): Promise<void> {
  await turn.context.sendActivity({
    attachments: [cardAttachment(draftCard(c, cardContext(deps, turn.locale), notice))],
  });
}

export const register = command({
  id: 'register',
  words: { nl: ['aanmelden', 'meld aan', 'nieuw project'], en: ['register', 'new project'] },
  help: 'help.cmd.register',
  audience: 'everyone',
  async handle(turn, _args, deps) {
    const c = await startIntake(deps, {
      actorId: turn.actor.id,
      actorName: turn.actor.name,
      locale: turn.locale,
      origin: { kind: 'command' },
    });
    await sendDraftCard(deps, turn, c, turn.t('intake.started', { id: c.id }));
  },
});

export const resume = command({
  id: 'continue',
  words: { nl: ['verder', 'ga verder'], en: ['continue', 'resume'] },
  help: 'help.cmd.continue',
  audience: 'everyone',
  async handle(turn, _args, deps) {
    const drafts = deps.cases.drafts(turn.actor.id);
    if (drafts.length === 0) return void (await turn.context.sendActivity(turn.t('intake.none')));
    if (drafts.length === 1) return sendDraftCard(deps, turn, drafts[0]!, '');
    const list = caseListCard(drafts, turn, { heading: turn.t('intake.title'), intro: turn.t('intake.choose') });
    await turn.context.sendActivity({ attachments: [cardAttachment(list)] });
  },
});

export const save = cardAction({
  audience: 'everyone',
  schema: saveSchema,
  async handle(turn, data, deps) {
    const g = guard(deps, turn, data.caseId, data.rev);
    if (!g.ok) return g.answer;
    const today = localDate(deps.clock.now(), deps.config.timeZone);
    const result = parseStep(data.step, data, g.c.intake, { today, valueIds: deps.valueModel.values.map((v) => v.id) });
    const stay = result.errors.length > 0 && data.nav === 'next';
    const merged = applyStep(g.c, result, data.step, deps.clock.now());
    const goTo: StepId =
      stay || data.nav === 'later'
        ? data.step
        : data.nav === 'back'
          ? previousStep(data.step, merged.intake)
          : nextStep(data.step, merged.intake);
    const saved = await deps.cases.update(g.c.id, g.c.rev, (c) => ({
      next: { ...merged, intakeStep: goTo },
      events: [{ type: 'intake.saved', actor: turn.actor.id, data: { step: data.step } }],
      // once Team Uthiek has the case, its triage card follows every change
      jobs: c.state === 'intake' ? [] : [triageRefresh(c, deps)],
    }));
    if (saved.status !== 'ok') return turn.t('common.staleNoCard');
    const ctx = cardContext(deps, turn.locale);
    if (stay) return intakeStepCard({ c: saved.case, step: data.step, errors: result.errors, typed: data }, ctx);
    if (data.nav === 'later') {
      const notice = turn.t('intake.saved', { id: saved.case.id });
      return intakeStepCard({ c: saved.case, step: data.step, errors: result.errors, typed: data, notice }, ctx);
    }
    return draftCard(saved.case, ctx);
  },
});

export const goto = cardAction({
  audience: 'everyone',
  schema: gotoSchema,
  async handle(turn, data, deps) {
    const g = guard(deps, turn, data.caseId, data.rev);
    if (!g.ok) return g.answer;
    const moved = await deps.cases.update(g.c.id, g.c.rev, (c) => ({
      next: { ...c, intakeStep: data.step },
      events: [],
    }));
    return moved.status === 'ok' ? draftCard(moved.case, cardContext(deps, turn.locale)) : turn.t('common.staleNoCard');
  },
});

/** A submit on a card made before the case was submitted: the same click again, or Teams resending it. */
const submittedSince = (c: CaseRecord | undefined, rev: number): c is CaseRecord =>
  c?.state === 'submitted' && (c.rev ?? 0) !== rev;

export const submit = cardAction({
  audience: 'everyone',
  schema: cardRef,
  async handle(turn, data, deps) {
    const ctx = cardContext(deps, turn.locale);
    // the result stands: say so, rather than offer a stale card to submit again
    const before = deps.cases.get(data.caseId);
    if (submittedSince(before, data.rev) && mayEdit(before, turn.actor.id) === 'ok')
      return submittedCard(before, ctx, 'already');
    const g = guard(deps, turn, data.caseId, data.rev);
    if (!g.ok) return g.answer;
    const outcome = submitDraft(g.c, deps.clock.now());
    if (!outcome.ok) return intakeReviewCard({ c: g.c, notice: turn.t('intake.submitRefused') }, ctx);
    const firstSubmission = g.c.state === 'intake';
    const actor = turn.actor.id;
    // The lead is a person: the registrant, or the named lead, looked up in Teams by a job (app/people.ts)
    const registrant = g.c.createdBy === actor ? { name: turn.actor.name } : {};
    const { leadId, lead } = leadAtSubmit(outcome.next, registrant);
    const saved = await deps.cases.update(g.c.id, g.c.rev, (c) => {
      const suggestion = suggestImpact(outcome.next.intake, deps.impactRules);
      const next: CaseRecord = {
        ...outcome.next,
        ...(registrant.name && !c.createdByName ? { createdByName: registrant.name } : {}),
        leadId,
        lead,
        state: firstSubmission ? transition(c.state, 'submit') : c.state,
        triage: { requests: [], ...c.triage, suggestedImpact: suggestion.level },
      };
      return {
        next,
        events: firstSubmission
          ? [{ type: eventTypeOf('submit'), actor, from: 'intake', to: 'submitted' }]
          : [{ type: 'intake.saved', actor, data: { step: 'review' } }],
        // Team Uthiek gets (or sees an update of) the case in its triage channel; a lead who does
        // not know whether a DPIA is needed brings a privacy officer in.
        jobs: [
          triageRefresh(c, deps),
          ...askOfficerJobs(deps, c, dpiaBefore(c), currentDpia(next)),
          ...[leadLookup({ ...next, rev: c.rev }, deps)].filter((j) => j !== undefined),
        ],
      };
    });
    if (saved.status === 'conflict' && submittedSince(saved.current, data.rev))
      return submittedCard(saved.current, ctx, 'already');
    if (saved.status !== 'ok') return turn.t('common.staleNoCard');
    deps.logger.info({ caseId: saved.case.id, userId: actor, first: firstSubmission }, 'intake submitted');
    deps.jobs.kick();
    return submittedCard(saved.case, ctx, firstSubmission ? 'first' : 'again');
  },
});
