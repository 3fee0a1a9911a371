import { createHash } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { detect, type ThreadContext } from '../../domain/signal/detector.js';
import { fingerprint } from '../../domain/signal/fingerprint.js';
import { answered, shouldInvite, type SignalRecord } from '../../domain/signal/signal.js';
import { cardMessage } from '../../app/delivery.js';
import { startIntake } from '../../app/intake.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardContext } from '../cards/context.js';
import { draftCard } from '../cards/intake-cards.js';
import {
  channelIdOf,
  conversationKind,
  placeKey,
  rememberConversation,
  rememberPerson,
  teamIdOf,
} from '../conversations.js';
import type { App, Deps } from '../deps.js';
import { mentionsBot } from '../routing/activity.js';
import { cardAction } from '../routing/card-action.js';
import { safe } from '../routing/safe.js';
import type { Turn } from '../routing/turn.js';
import { parentIdOf, ThreadMemory } from '../thread-memory.js';

/** Answered signals are kept this long (author, thread, fingerprint only) so nobody is asked twice. */
export const ANSWERED_KEEP_DAYS = 180;
const SIMILAR_AT = 0.5;

const signalIdOf = (a: Partial<Activity>) =>
  `sig-${createHash('sha256').update(`${a.conversation?.id}|${a.id}`).digest('hex').slice(0, 20)}`;

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

/**
 * What the bot knows about the message a reply answers: its text while it is held in memory, and
 * whether it was recognised as a signal (from the records: the parent itself, or, in a channel, the
 * thread), unless its author said it was no project.
 */
function threadContext(deps: Deps, memory: ThreadMemory, a: Partial<Activity>): ThreadContext | undefined {
  const parentId = parentIdOf(a);
  if (parentId === undefined) return undefined;
  const recognised = deps.signals.recognisedParent(parentId, a.conversation?.id);
  const parentText = memory.parentOf(a);
  return { ...(parentText !== undefined ? { parentText } : {}), ...(recognised ? { parentSignal: true } : {}) };
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
      if (deps.settings.get(placeKey(a))?.quiet || deps.people.get(authorId)?.quiet) return;
      const id = signalIdOf(a);
      if (deps.signals.get(id)) return; // Teams delivered this message before
      const thread = threadContext(deps, memory, a);
      memory.remember(a, a.text ?? '');
      const detection = detect(a.text ?? '', { threshold: deps.config.signal.threshold, context: thread });
      if (!detection.signal) return;

      const now = deps.clock.now();
      const kind = conversationKind(a) === 'channel' ? 'channel' : 'groupChat';
      const candidate = { threadKey: a.conversation.id, fingerprint: fingerprint(a.text ?? '') };
      const history = deps.signals.byAuthor(authorId);
      const decision = shouldInvite(candidate, history, now, {
        invitesPerWeek: deps.config.signal.invitesPerWeek,
        similarAt: SIMILAR_AT,
      });
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
      await rememberPerson(deps.people, a);
      await rememberConversation(context, deps.conversations, deps.clock);
      await deps.signals.create(record, {
        events: [
          { type: 'signal.detected', actor: 'system', data: { signalId: id, score: detection.score, scope: kind } },
        ],
        jobs: [
          {
            id: `signal.invite:${id}`,
            kind: 'signal.invite',
            dueAt: now,
            payload: { signalId: id, locale: a.locale ?? '' },
          },
          { id: `signal.expire:${id}:open`, kind: 'signal.expire', dueAt: expiresAt, payload: { signalId: id } },
        ],
      });
      deps.logger.info(
        { signalId: id, userId: authorId, score: detection.score, reasons: detection.reasons.map((r) => r.code) },
        'signal detected',
      );
      deps.jobs.kick();
    }),
  );
}

const signalRef = z.object({ signalId: z.string().min(1).max(60) });

type Found = { ok: true; s: SignalRecord } | { ok: false; answer: string };

/** The signal, if it is still open and the actor wrote the message it is about. */
function openSignal(deps: Deps, turn: Turn, signalId: string): Found {
  const s = deps.signals.get(signalId);
  if (!s || s.status !== 'open') return { ok: false, answer: turn.t('signal.gone') };
  if (s.authorId !== turn.actor.id) return { ok: false, answer: turn.t('signal.notYours') };
  return { ok: true, s };
}

/** The author answered: only what is needed not to ask again is kept, until it expires. */
function settle(
  deps: Deps,
  s: SignalRecord,
  outcome: Pick<SignalRecord, 'status' | 'dismissReason' | 'caseId'>,
  event: { type: string; data: Record<string, string> },
  actor: string,
) {
  return deps.signals.update(s.id, (current) => {
    if (current.status !== 'open') return undefined;
    const kept = answered(current, outcome, deps.clock.now(), ANSWERED_KEEP_DAYS);
    return {
      next: kept,
      events: [{ type: event.type, actor, caseId: outcome.caseId, data: { signalId: s.id, ...event.data } }],
      jobs: [
        {
          id: `signal.expire:${s.id}:answered`,
          kind: 'signal.expire',
          dueAt: new Date(kept.expiresAt),
          payload: { signalId: s.id },
        },
      ],
    };
  });
}

/** "Register it": an intake starts, prefilled with what the message suggested, in the author's 1:1 chat. */
export const start = cardAction({
  audience: 'everyone',
  schema: signalRef,
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    const { s } = found;
    const c = await startIntake(deps, {
      actorId: turn.actor.id,
      locale: turn.locale,
      origin: { kind: 'signal', signalId: s.id, messageLink: s.messageLink },
      prefill: { technologies: s.hints?.technologies, ...(s.hints?.phase ? { phase: s.hints.phase } : {}) },
    });
    await settle(deps, s, { status: 'converted', caseId: c.id }, { type: 'signal.converted', data: {} }, turn.actor.id);
    const card = draftCard(c, cardContext(deps, turn.locale), turn.t('intake.prefilled'));
    if (turn.kind === 'personal') return card;
    await deps.sender.toPerson(turn.actor.id, cardMessage(card));
    return noticeCard(turn.t('signal.invite.title'), turn.t('messageAction.started', { id: c.id }));
  },
});

/** "Not a project" or "already registered": the author is not asked about it again. */
export const dismiss = cardAction({
  audience: 'everyone',
  schema: signalRef.extend({ reason: z.enum(['not-a-project', 'already-registered']) }),
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    await settle(
      deps,
      found.s,
      { status: 'dismissed', dismissReason: data.reason },
      { type: 'signal.dismissed', data: { reason: data.reason } },
      turn.actor.id,
    );
    return noticeCard(turn.t(data.reason === 'not-a-project' ? 'signal.thanks.notProject' : 'signal.thanks.already'));
  },
});

/** "No more invitations": the author is quiet from now on. */
export const quiet = cardAction({
  audience: 'everyone',
  schema: signalRef,
  async handle(turn, data, deps) {
    const found = openSignal(deps, turn, data.signalId);
    if (!found.ok) return found.answer;
    await deps.people.setQuiet(turn.actor.id, true);
    await settle(
      deps,
      found.s,
      { status: 'dismissed' },
      { type: 'signal.dismissed', data: { reason: 'quiet' } },
      turn.actor.id,
    );
    return noticeCard(turn.t('signal.quiet.on'));
  },
});
