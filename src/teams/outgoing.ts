import type { Activity } from 'botbuilder';
import type { Outgoing, SendResult } from '../app/ports.js';
import { retryAfterMs } from './send-policy.js';

/** `<at>` text may not hold markup of its own. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The activity for a message: its text (with an @mention of a person first, as Teams expects: the
 * `<at>name</at>` text and a mention entity naming the same text), its cards, and the summary
 * Teams shows in notifications. `mentionId` is the Teams id to mention (29:…, or the AAD object id).
 */
export function activityOf(message: Outgoing, mentionId?: string): Partial<Activity> {
  const activity: Partial<Activity> = { type: 'message' };
  let text = message.text;
  if (message.mention) {
    const tag = `<at>${escapeXml(message.mention.name)}</at>`;
    text = `${tag} ${text ?? ''}`.trim();
    activity.entities = [
      {
        type: 'mention',
        text: tag,
        mentioned: { id: mentionId ?? message.mention.aadObjectId, name: message.mention.name },
      },
    ];
  }
  if (text) activity.text = text;
  if (message.summary) activity.summary = message.summary;
  if (message.attachments) activity.attachments = message.attachments;
  return activity;
}

/**
 * A failed call to the Bot Connector as data. `where` says what a 404 means: the conversation is
 * gone (a 1:1 chat, a channel) or only the message or thread is (a reply, an update).
 */
export function classify(err: unknown, where: 'conversation' | 'message' = 'conversation'): SendResult {
  const e = err as { statusCode?: number; code?: string; message?: string; retryAfter?: string };
  const error = `${e.statusCode ?? e.code ?? 'error'}: ${(e.message ?? String(err)).slice(0, 200)}`;
  if (e.statusCode === 404 && where === 'message') return { status: 'gone', error };
  if (e.statusCode === 403 || e.statusCode === 404) return { status: 'unreachable', error };
  if (e.statusCode === 429) {
    const wait = retryAfterMs(e.retryAfter);
    return { status: 'throttled', error, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  }
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(error)) return { status: 'retryable', error };
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) return { status: 'failed', error };
  return { status: 'unknown', error };
}
