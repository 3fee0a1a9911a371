import type { TurnContext } from 'botbuilder';
import type { Locale } from '../../domain/locale.js';
import type { Deps } from '../deps.js';
import { speechOf } from './turn.js';

/** A command the message is a typo away from, among those the person may use (roles asked only when needed). */
async function closestCommand(deps: Deps, context: TurnContext, locale: Locale): Promise<string | undefined> {
  const { text, from } = context.activity;
  const everyone = deps.commands.closest(text, locale, (s) => s.audience === 'everyone');
  if (everyone || !from?.aadObjectId) return everyone;
  const uthiek = await deps.members.isMember(from.aadObjectId).catch(() => false);
  const viewer = uthiek || (await deps.viewers.isMember(from.aadObjectId).catch(() => false));
  return deps.commands.closest(text, locale, (s) =>
    s.audience === 'uthiek' ? uthiek : s.audience === 'viewer' && viewer,
  );
}

/** The answer to a message that is no command: a pointer to help, and the command it is a typo of, if any. */
export async function notUnderstood(deps: Deps, context: TurnContext): Promise<string> {
  const { t, locale } = speechOf(context, deps);
  const command = await closestCommand(deps, context, locale);
  return command ? t('fallback.suggest', { command }) : t('fallback.text');
}
