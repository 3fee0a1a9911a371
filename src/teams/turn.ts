import type { TurnContext } from 'botbuilder';
import type { Locale } from '../config/env.js';
import { supportedLocale, translator, type Translate } from '../i18n/index.js';
import { conversationKind, type ConversationKind } from './conversations.js';
import type { Deps } from './deps.js';

/** The facts about one incoming activity that every handler needs, resolved once. */
export interface Turn {
  readonly context: TurnContext;
  /** AAD object id of the person acting; undefined when Teams did not send one. */
  readonly actorId: string | undefined;
  readonly locale: Locale;
  readonly t: Translate;
  readonly kind: ConversationKind;
}

/** A person's chosen language wins over the Teams client language, which wins over the default. */
export function localeFor(deps: Pick<Deps, 'people' | 'config'>, actorId: string | undefined, activityLocale: string | undefined): Locale {
  const chosen = actorId ? deps.people.locale(actorId) : undefined;
  return chosen ?? supportedLocale(activityLocale) ?? deps.config.defaultLocale;
}

export function turnOf(context: TurnContext, deps: Pick<Deps, 'people' | 'config'>): Turn {
  const actorId = context.activity.from?.aadObjectId || undefined;
  const locale = localeFor(deps, actorId, context.activity.locale);
  return { context, actorId, locale, t: translator(locale), kind: conversationKind(context.activity) };
}
