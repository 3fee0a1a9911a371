import { createHash } from 'node:crypto';
import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { casesNamedIn, saveSignal } from '../../app/signals.js';
import { detect, type Detection, type ThreadContext } from '../../domain/signal/detector.js';
import { fingerprint } from '../../domain/signal/fingerprint.js';
import { shouldInvite, type SignalRecord } from '../../domain/signal/signal.js';
import { signalInviteCard } from '../cards/signal-cards.js';
import { cardAttachment } from '../cards/render.js';
import {
  channelIdOf,
  conversationKind,
  placeKey,
  personIdsOf,
  rememberConversation,
  teamIdOf,
} from '../conversations.js';
import type { App, Deps } from '../deps.js';
import { addressedToBot, mentionsBot } from '../routing/activity.js';
import { safe } from '../routing/safe.js';
import { speechOf } from '../routing/turn.js';
import { parentIdOf, ThreadMemory } from '../thread-memory.js';
import { notUnderstood } from '../routing/not-understood.js';

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

/**
 * A channel or group-chat message without a mention: the route is tested before the commands' (nine
 * in ten activities are such messages, and they are no commands). A message Teams sent without a
 * conversation type is addressed to the bot, and is a command when it reads as one.
 */
const listenable = (deps: Deps) => async (context: TurnContext) => {
  const a = context.activity;
  const kind = conversationKind(a);
  return (
    a.type === ActivityTypes.Message &&
    (kind === 'channel' || kind === 'groupChat') &&
    !mentionsBot(a) &&
    typeof a.text === 'string' &&
    a.text.trim().length > 0 &&
    Boolean(a.from?.aadObjectId) &&
    !a.from?.id?.startsWith('28:') &&
    !(addressedToBot(a) && !a.value && deps.commands.match(a.text))
  );
};

/**
 * The message thread a message belongs to, which an invitation is about: in a channel the thread
 * (Teams names it in the conversation id), in a chat the reply chain's first message (a group
 * chat's conversation is not a thread: many projects are talked about in one chat).
 */
export function threadKeyOf(a: Partial<Activity>): string {
  const conversation = a.conversation?.id ?? '';
  if (conversationKind(a) === 'channel') return conversation;
  return `${conversation}#${parentIdOf(a) ?? a.id ?? ''}`;
}

/** The record of a detected signal: ids, the link and the reasons, never the text. */
function signalRecord(
  deps: Deps,
  a: Partial<Activity>,
  detection: Detection,
  extra: Pick<SignalRecord, 'relatedCaseIds' | 'mentioned'>,
  id = signalIdOf(a),
): SignalRecord {
  const now = deps.clock.now();
  const kind = conversationKind(a);
  return {
    id,
    authorId: a.from!.aadObjectId!,
    scope: kind,
    threadKey: threadKeyOf(a),
    fingerprint: fingerprint(a.text ?? ''),
    status: 'open',
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + deps.config.signal.expiryDays * 86_400_000).toISOString(),
    conversationId: a.conversation?.id,
    messageId: a.id,
    messageLink: messageLink(a),
    teamId: teamIdOf(a),
    score: detection.score,
    reasons: detection.reasons,
    hints: detection.hints,
    ...(extra.relatedCaseIds?.length ? { relatedCaseIds: extra.relatedCaseIds } : {}),
    ...(extra.mentioned ? { mentioned: true } : {}),
  };
}

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
    listenable(deps),
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
      const record = signalRecord(deps, a, detection, { relatedCaseIds: casesNamedIn(deps, a.text ?? '') }, id);
      const decision = shouldInvite(record, deps.signals.byAuthor(authorId), now, {
        invitesPerWeek: deps.config.signal.invitesPerWeek,
        similarAt: SIMILAR_AT,
      });
      if (!decision.invite) {
        deps.logger.info({ activityId: a.id, userId: authorId, because: decision.because }, 'signal not followed up');
        return;
      }
      await rememberConversation(context, deps.conversations, deps.clock);
      // the author's ids in the same write as the signal: the invitation may open a 1:1 chat with them
      const invite = {
        id: `signal.invite:${id}`,
        kind: 'signal.invite',
        dueAt: now,
        payload: { signalId: id, locale: a.locale ?? '' },
      };
      await saveSignal(deps, record, [invite], personIdsOf(a));
      deps.logger.info(
        { signalId: id, userId: authorId, score: detection.score, reasons: detection.reasons.map((r) => r.code) },
        'signal detected',
      );
      deps.jobs.kick();
    }),
  );
}

const announced = async (context: TurnContext) => {
  const a = context.activity;
  return (
    a.type === ActivityTypes.Message &&
    !a.value &&
    addressedToBot(a) &&
    typeof a.text === 'string' &&
    a.text.trim().length > 0 &&
    Boolean(a.from?.aadObjectId)
  );
};

/**
 * A message addressed to the bot that is no command ("@Uthiek Bot we starten met …" in a channel
 * or group chat, or said in the 1:1 chat): when it announces a project, the author gets the
 * invitation right there, instead of "I do not understand". The author asked, so quiet settings
 * and the weekly limit do not apply. Registered after the commands, before the fallback.
 */
export function registerAnnouncements(app: App, deps: Deps): void {
  app.message(
    announced,
    safe(deps, 'announcement', async (context) => {
      const a = context.activity;
      const { t } = speechOf(context, deps);
      const detection = detect(a.text ?? '', { threshold: deps.config.signal.threshold });
      if (!detection.signal) return void (await context.sendActivity(await notUnderstood(deps, context)));
      const record = signalRecord(deps, a, detection, {
        mentioned: true,
        relatedCaseIds: casesNamedIn(deps, a.text ?? ''),
      });
      const existing = deps.signals.get(record.id);
      const s = existing ?? { ...record, invitedAt: deps.clock.now().toISOString() };
      if (!existing) {
        await rememberConversation(context, deps.conversations, deps.clock);
        await saveSignal(deps, s, [], personIdsOf(a));
        deps.logger.info({ signalId: s.id, userId: s.authorId, score: detection.score }, 'announcement recognised');
      }
      const card = signalInviteCard(s, t, s.scope !== 'personal');
      await context.sendActivity({ attachments: [cardAttachment(card)] });
    }),
  );
}
