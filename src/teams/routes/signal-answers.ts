import { z } from 'zod';
import { cardMessage } from '../../app/delivery.js';
import { startIntake } from '../../app/intake.js';
import { likelyCases, settleSignal } from '../../app/signals.js';
import { searchCases } from '../../domain/signal/related.js';
import type { SignalRecord } from '../../domain/signal/signal.js';
import { cardContext } from '../cards/context.js';
import { draftCard } from '../cards/intake-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { signalLinkCard } from '../cards/signal-cards.js';
import type { Deps } from '../deps.js';
import { text } from '../input.js';
import { cardAction } from '../routing/card-action.js';
import type { Turn } from '../routing/turn.js';
import { stateLabel } from '../../i18n/labels.js';

/** The author's answers to an invitation: register, not a project, already registered (which case?), never again. */

const signalRef = z.object({ signalId: z.string().min(1).max(60) });

type Found = { ok: true; s: SignalRecord } | { ok: false; answer: string };

/** The signal, if it is still open and the actor wrote the message it is about. */
function openSignal(deps: Deps, turn: Turn, signalId: string): Found {
  const s = deps.signals.get(signalId);
  if (!s || s.status !== 'open') return { ok: false, answer: turn.t('signal.gone') };
  if (s.authorId !== turn.actor.id) return { ok: false, answer: turn.t('signal.notYours') };
  return { ok: true, s };
}

/** "Register it": an intake starts, prefilled with what the message suggested, in the author's 1:1 chat. */
export const start = cardAction({
  audience: 'everyone',
  schema: signalRef.passthrough(),
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    const { s } = found;
    const c = await startIntake(deps, {
      actorId: turn.actor.id,
      actorName: turn.actor.name,
      locale: turn.locale,
      origin: { kind: 'signal', signalId: s.id, messageLink: s.messageLink },
      prefill: { technologies: s.hints?.technologies, ...(s.hints?.phase ? { phase: s.hints.phase } : {}) },
    });
    await settleSignal(
      deps,
      s,
      { status: 'converted', caseId: c.id },
      { type: 'signal.converted', data: {} },
      turn.actor.id,
    );
    const card = draftCard(c, cardContext(deps, turn.locale), turn.t('intake.prefilled'));
    if (turn.kind === 'personal') return card;
    await deps.sender.toPerson(turn.actor.id, cardMessage(card));
    return noticeCard(turn.t('signal.invite.title'), turn.t('messageAction.started', { id: c.id }));
  },
});

/** The look-up card for "already registered": the likely cases, and a search. */
function lookUp(deps: Deps, turn: Turn, s: SignalRecord, candidates: string[], notice = '') {
  const cases = candidates.flatMap((id) => {
    const c = deps.cases.get(id);
    return c ? [{ id: c.id, name: c.intake.projectName ?? '', state: stateLabel(turn.t, c.state) }] : [];
  });
  return signalLinkCard(s, turn.t, { cases, notice });
}

/**
 * "Not a project" is recorded at once. "Already registered" is not believed blindly: the author
 * is shown the cases the message or they themselves are linked to, and links one (or searches).
 */
export const dismiss = cardAction({
  audience: 'everyone',
  schema: signalRef.extend({ reason: z.enum(['not-a-project', 'already-registered']) }).passthrough(),
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    if (data.reason === 'already-registered') return lookUp(deps, turn, found.s, likelyCases(deps, found.s));
    await settleSignal(
      deps,
      found.s,
      { status: 'dismissed', dismissReason: data.reason },
      { type: 'signal.dismissed', data: { reason: data.reason } },
      turn.actor.id,
    );
    return noticeCard(turn.t('signal.thanks.notProject'));
  },
});

/** Links the signal to the case it is about: chosen from the list, or found by number or project name. */
export const link = cardAction({
  audience: 'everyone',
  schema: signalRef.passthrough(),
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    const { s } = found;
    const chosen = text((data as Record<string, unknown>).caseId);
    const query = text((data as Record<string, unknown>).query).slice(0, 200);
    const all = deps.cases
      .all((c) => c.state !== 'intake' || c.createdBy === turn.actor.id)
      .map((c) => ({ id: c.id, projectName: c.intake.projectName }));
    const hits = query ? searchCases(query, all) : chosen && deps.cases.get(chosen) ? [chosen] : [];
    if (hits.length !== 1) {
      const notice =
        !query && !chosen ? turn.t('signal.link.choose') : hits.length ? turn.t('signal.link.several') : '';
      const none = query && hits.length === 0 ? turn.t('signal.link.none', { query }) : '';
      return lookUp(deps, turn, s, hits.length ? hits : likelyCases(deps, s), notice || none);
    }
    const c = deps.cases.get(hits[0]!)!;
    await settleSignal(
      deps,
      s,
      { status: 'dismissed', dismissReason: 'already-registered', caseId: c.id },
      { type: 'signal.dismissed', data: { reason: 'already-registered' } },
      turn.actor.id,
    );
    return noticeCard(
      turn.t('signal.thanks.already'),
      turn.t('signal.link.done', { id: c.id, name: c.intake.projectName ?? c.id, state: stateLabel(turn.t, c.state) }),
    );
  },
});

/** "No more invitations": the author is quiet from now on. */
export const quiet = cardAction({
  audience: 'everyone',
  schema: signalRef.passthrough(),
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    await deps.people.setQuiet(turn.actor.id, true);
    await settleSignal(
      deps,
      found.s,
      { status: 'dismissed' },
      { type: 'signal.dismissed', data: { reason: 'quiet' } },
      turn.actor.id,
    );
    return noticeCard(turn.t('signal.quiet.on'));
  },
});
