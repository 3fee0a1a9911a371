import { ActivityTypes, type TurnContext } from 'botbuilder';
import { stripHtml } from '../../domain/signal/normalise.js';
import { LIMITS } from '../../domain/intake/steps.js';
import { cardMessage } from '../../app/delivery.js';
import { startIntake } from '../../app/intake.js';
import { cardContext } from '../cards/context.js';
import { draftCard } from '../cards/intake-cards.js';
import { rememberPerson } from '../conversations.js';
import type { App, Deps } from '../deps.js';
import { safe } from '../routing/safe.js';
import { speechOf, turnOf } from '../routing/turn.js';

export const MESSAGE_ACTION_ID = 'meldBijUthiek';

/** The most of a message's HTML that is read (a Teams message is at most about 28 KB). */
export const MAX_MESSAGE_CHARS = 40_000;

/**
 * The message as the intake's description: HTML removed, spaces collapsed, at most LIMITS.long
 * characters. Linear in the length, and only MAX_MESSAGE_CHARS of the message are read.
 */
export function descriptionFrom(body: { content?: unknown; contentType?: unknown } | undefined): string {
  const content = body?.content;
  const raw = (typeof content === 'string' ? content : '').slice(0, MAX_MESSAGE_CHARS);
  // spaces are collapsed first: /\s+([.,!?;:])/ would rescan a run of spaces from each of them
  return (body?.contentType === 'text' ? raw : stripHtml(raw))
    .replace(/\s+/g, ' ')
    .replace(/ ([.,!?;:])/g, '$1')
    .replace(/\.{2,}/g, '.')
    .trim()
    .slice(0, LIMITS.long);
}

interface MessagePayload {
  body?: { content?: string; contentType?: string };
  linkToMessage?: string;
}

const isMessageExtension = async (context: TurnContext) =>
  context.activity.type === ActivityTypes.Invoke && Boolean(context.activity.name?.startsWith('composeExtension/'));

/**
 * "Meld bij Uthiek" on any message: starts an intake with that message as the description of
 * the purpose (or, when its text cannot be read, an empty one, and says so), and sends the intake
 * to the person's 1:1 chat with the bot. Any other message extension invoke (an old manifest, a
 * forged command) gets an answer saying what the bot does offer, instead of a failed invoke.
 */
export function registerMessageAction(app: App, deps: Deps): void {
  app.messageExtensions.fetchTask(MESSAGE_ACTION_ID, async (context: TurnContext) => {
    const turn = turnOf(context, deps);
    if (!turn) return speechOf(context, deps).t('common.unknownUser');
    try {
      const payload = ((context.activity.value ?? {}) as { messagePayload?: MessagePayload }).messagePayload ?? {};
      const text = descriptionFrom(payload.body);
      const link =
        typeof payload.linkToMessage === 'string' && payload.linkToMessage.startsWith('https://')
          ? payload.linkToMessage
          : undefined;
      await rememberPerson(deps.people, context.activity);
      const c = await startIntake(deps, {
        actorId: turn.actor.id,
        actorName: turn.actor.name,
        locale: turn.locale,
        origin: { kind: 'message-action', messageLink: link },
        prefill: text ? { purpose: text } : {},
      });
      // only what was filled in is said to be: a message without readable text leaves the description empty
      const note = turn.t(text ? 'intake.prefilled' : 'intake.notPrefilled');
      const sent = await deps.sender.toPerson(
        turn.actor.id,
        cardMessage(draftCard(c, cardContext(deps, turn.locale), note)),
      );
      if (sent.status !== 'sent') return turn.t('messageAction.noRoute');
      return turn.t(text ? 'messageAction.started' : 'messageAction.startedEmpty', { id: c.id });
    } catch (err) {
      deps.logger.error(
        { err: { message: (err as Error).message }, activityId: context.activity.id, userId: turn.actor.id },
        'message action failed',
      );
      return turn.t('common.error');
    }
  });

  app.addRoute(
    isMessageExtension,
    safe(deps, 'message-extension:unknown', async (context) => {
      const text = speechOf(context, deps).t('messageAction.unknown');
      deps.logger.warn({ activityId: context.activity.id, name: context.activity.name }, 'unknown message extension');
      // a task module's fetch shows a message in the dialog; the other invokes a message in the compose box
      const body =
        context.activity.name === 'composeExtension/fetchTask'
          ? { task: { type: 'message', value: text } }
          : { composeExtension: { type: 'message', text } };
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
    }),
    true,
  );
}
