import { createHash } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { detect, type ThreadContext } from '../../domain/signal/detector.js';
import { fingerprint } from '../../domain/signal/fingerprint.js';
import { answered, shouldInvite, type SignalRecord } from '../../domain/signal/signal.js';
import { mentionsBot } from '../activity.js';
import { defineCardAction } from '../card-action-route.js';
import { noticeCard } from '../cards/notice-card.js';
import { channelIdOf, conversationKind, rememberConversation, rememberPerson, teamIdOf } from '../conversations.js';
import type { App, Deps } from '../deps.js';
import { safe } from '../safe.js';
import { parentIdOf, ThreadMemory } from '../thread-memory.js';
import { cardForDraft, startIntake } from './intake.js';

/** Answered signals are kept this long (author, thread, fingerprint only) so nobody is asked twice. */
export const ANSWERED_KEEP_DAYS = 180;
const SIMILAR_AT = 0.5;

const signalIdOf = (a: Partial<Activity>) => `sig-${createHash('sha256').update(`${a.conversation?.id}|${a.id}`).digest('hex').slice(0, 20)}`;

/** Teams deep link to the message, so the invitation can point at it. */
export function messageLink(a: Partial<Activity>): string | undefined {
  const tenant = a.conversation?.tenantId ?? (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  if (!a.id || !a.conversation?.id) return undefined;
  const q = new URLSearchParams();
  if (tenant) q.set('tenantId', tenant);
  if (a.conversation.conversationType === 'channel') {
    const channel = channelIdOf(a);
    const groupId = (a.channelData as { team?: { aadGroupId?: string } } | undefined)?.team?.aadGroupId;
    const root = /;messageid=(.+)$/.exec(a.conversation.id)?.[1] ?? a.id;
    if (groupId) q.set('groupId', groupId);
    q.set('parentMessageId', root);
    return `https://teams.microsoft.com/l/message/${encodeURIComponent(channel ?? '')}/${encodeURIComponent(a.id)}?${q}`;
  }
  q.set('context', JSON.stringify({ contextType: 'chat' }));
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(a.conversation.id)}/${encodeURIComponent(a.id)}?${q}`;
}

const listenable = async (context: TurnContext) => {
  const a = context.activity;
  const kind = conversationKind(a);
  return (
    a.type === ActivityTypes.Message &&
    (kind === 'channel' || kind === 'groupChat') &&
    !mentionsBot(a) &&
    typeof a.text === 'string' &&
    a.text.trim().length > 0 &&
    Boolean(a.from?.aadObjectId) &&
    !a.from?.id?.startsWith('28:')
  );
};

/** Where quiet settings live for this conversation: the channel, or the group chat. */
export const placeKey = (a: Partial<Activity>) => (conversationKind(a) === 'channel' ? `channel:${channelIdOf(a)}` : `chat:${a.conversation?.id}`);

/**
 * What the bot knows about the message a reply answers: its text while it is held in memory, and
 * whether it was recognised as a signal (from the records: the parent itself, or, in a channel, the
 * thread), unless its author said it was no project.
 */
function threadContext(deps: Deps, memory: ThreadMemory, a: Partial<Activity>): ThreadContext | undefined {
  const parentId = parentIdOf(a);
  if (parentId === undefined) return undefined;
  const recognised = deps.store.find(
    'signals',
    (s) => (s.messageId === parentId || (s.scope === 'channel' && s.threadKey === a.conversation?.id)) && s.dismissReason !== 'not-a-project',
  );
  const parentText = memory.parentOf(a);
  return { ...(parentText !== undefined ? { parentText } : {}), ...(recognised.length > 0 ? { parentSignal: true } : {}) };
}

/**
 * Listens to channel and group-chat messages (delivered without @mention through RSC). Text
 * that is not a signal is dropped on the spot: never stored, never logged; it is held in memory
 * only (ThreadMemory), for a while, so that a reply to it can be read with it. For a signal the
 * author gets an invitation (privately by default), unless they were asked about this thread
 * or a similar message already, muted the bot, or reached the weekly limit.
 */
export function registerSignalListening(app: App, deps: Deps): void {
  const memory = new ThreadMemory(deps.clock);
  app.message(
    listenable,
    safe(deps, 'signal', async (context) => {
      const a = context.activity;
      const authorId = a.from.aadObjectId!;
      if (deps.store.get('settings', placeKey(a))?.quiet || deps.store.get('people', authorId)?.quiet) return;
      const id = signalIdOf(a);
      if (deps.store.get('signals', id)) return; // Teams delivered this message before
      const thread = threadContext(deps, memory, a);
      memory.remember(a, a.text ?? '');
      const detection = detect(a.text ?? '', { threshold: deps.config.signal.threshold, context: thread });
      if (!detection.signal) return;

      const now = deps.clock.now();
      const kind = conversationKind(a) === 'channel' ? 'channel' : 'groupChat';
      const candidate = { threadKey: a.conversation.id, fingerprint: fingerprint(a.text ?? '') };
      const history = deps.store.find('signals', (s) => s.authorId === authorId);
      const decision = shouldInvite(candidate, history, now, { invitesPerWeek: deps.config.signal.invitesPerWeek, similarAt: SIMILAR_AT });
      if (!decision.invite) {
        deps.logger.info({ activityId: a.id, userId: authorId, because: decision.because }, 'signal not followed up');
        return;
      }
      const expiresAt = new Date(now.getTime() + deps.config.signal.expiryDays * 86_400_000);
      const record: SignalRecord = {
        id,
        authorId,
        scope: kind,
        ...candidate,
        status: 'open',
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
        conversationId: a.conversation.id,
        messageId: a.id,
        messageLink: messageLink(a),
        teamId: teamIdOf(a),
        score: detection.score,
        reasons: detection.reasons,
        hints: detection.hints,
      };
      await rememberPerson(deps.store, deps.clock, a);
      await rememberConversation(context, deps.store, deps.clock);
      await deps.store.transact((tx) => {
        if (tx.get('signals', id)) return;
        tx.put('signals', record);
        tx.record({ type: 'signal.detected', actor: 'system', data: { signalId: id, score: detection.score, scope: kind } });
        deps.jobs.enqueueIn(tx, { id: `signal.invite:${id}`, kind: 'signal.invite', dueAt: now, payload: { signalId: id, locale: a.locale ?? '' } });
        deps.jobs.enqueueIn(tx, { id: `signal.expire:${id}:open`, kind: 'signal.expire', dueAt: expiresAt, payload: { signalId: id } });
      });
      deps.logger.info({ signalId: id, userId: authorId, score: detection.score, reasons: detection.reasons.map((r) => r.code) }, 'signal detected');
      deps.jobs.kick();
    }),
  );
}

const signalRef = z.object({ signalId: z.string().min(1).max(60) });

/** The author's answers to an invitation. */
export function registerSignalAnswers(app: App, deps: Deps): void {
  type Found = { ok: true; s: SignalRecord } | { ok: false; error: 'signal.gone' | 'signal.notYours' };
  const openSignal = (signalId: string, actorId: string | undefined): Found => {
    const s = deps.store.get('signals', signalId);
    if (!s || s.status !== 'open') return { ok: false, error: 'signal.gone' };
    if (s.authorId !== actorId) return { ok: false, error: 'signal.notYours' };
    return { ok: true, s };
  };
  const settle = (s: SignalRecord, outcome: Pick<SignalRecord, 'status' | 'dismissReason' | 'caseId'>, event: { type: string; data: Record<string, string> }, actor: string) =>
    deps.store.transact((tx) => {
      const current = tx.get('signals', s.id);
      if (!current || current.status !== 'open') return false;
      const kept = answered(current, outcome, deps.clock.now(), ANSWERED_KEEP_DAYS);
      tx.put('signals', kept, { expectRev: current.rev });
      tx.record({ type: event.type, actor, caseId: outcome.caseId, data: { signalId: s.id, ...event.data } });
      deps.jobs.enqueueIn(tx, { id: `signal.expire:${s.id}:answered`, kind: 'signal.expire', dueAt: new Date(kept.expiresAt), payload: { signalId: s.id } });
      return true;
    });

  defineCardAction(app, deps, 'signal.start', signalRef, async (turn, data) => {
    const found = openSignal(data.signalId, turn.actorId);
    if (!found.ok) return turn.t(found.error);
    const c = await startIntake(deps, {
      actorId: turn.actorId!,
      locale: turn.locale,
      origin: { kind: 'signal', signalId: found.s.id, messageLink: found.s.messageLink },
      prefill: { technologies: found.s.hints?.technologies, ...(found.s.hints?.phase ? { phase: found.s.hints.phase } : {}) },
    });
    await settle(found.s, { status: 'converted', caseId: c.id }, { type: 'signal.converted', data: {} }, turn.actorId!);
    const card = cardForDraft(deps, turn, c, turn.t('intake.prefilled'));
    if (turn.kind === 'personal') return card;
    await deps.sender.toPerson(turn.actorId!, { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });
    return noticeCard(turn.t('signal.invite.title'), turn.t('messageAction.started', { id: c.id }));
  });

  defineCardAction(app, deps, 'signal.dismiss', signalRef.extend({ reason: z.enum(['not-a-project', 'already-registered']) }), async (turn, data) => {
    const found = openSignal(data.signalId, turn.actorId);
    if (!found.ok) return turn.t(found.error);
    await settle(found.s, { status: 'dismissed', dismissReason: data.reason }, { type: 'signal.dismissed', data: { reason: data.reason } }, turn.actorId!);
    return noticeCard(turn.t(data.reason === 'not-a-project' ? 'signal.thanks.notProject' : 'signal.thanks.already'));
  });

  defineCardAction(app, deps, 'signal.quiet', signalRef, async (turn, data) => {
    const found = openSignal(data.signalId, turn.actorId);
    if (!found.ok) return turn.t(found.error);
    await setPersonQuiet(deps, turn.actorId!, true);
    await settle(found.s, { status: 'dismissed' }, { type: 'signal.dismissed', data: { reason: 'quiet' } }, turn.actorId!);
    return noticeCard(turn.t('signal.quiet.on'));
  });
}

export async function setPersonQuiet(deps: Deps, aadObjectId: string, quiet: boolean): Promise<void> {
  await deps.store.transact((tx) => {
    const existing = tx.get('people', aadObjectId);
    tx.put('people', { ...existing, id: aadObjectId, quiet, updatedAt: deps.clock.now().toISOString() });
  });
}
