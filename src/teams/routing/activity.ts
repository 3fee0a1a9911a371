import type { Activity } from 'botbuilder';

/** True when the message @mentions the bot (in channels and group chats the bot then answers). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some(
    (e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId,
  );
}

/** Whether the bot should treat a message as addressed to it: always in 1:1, else only when mentioned. */
export function addressedToBot(activity: Partial<Activity>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'personal' || type === undefined || mentionsBot(activity);
}
