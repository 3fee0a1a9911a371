import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../../app/deps.js';
import type { Locale } from '../../domain/locale.js';
import { supportedLocale, translator, type Translate } from '../../i18n/index.js';
import { conversationKind, type ConversationKind } from '../conversations.js';

/** The person acting, identified by Teams. */
export interface Actor {
  /** AAD (Entra) object id. */
  readonly id: string;
  /** Their display name, as Teams sends it. */
  readonly name?: string;
}

/** The language to answer in. */
export interface Speech {
  readonly locale: Locale;
  readonly t: Translate;
}

/** The facts about one incoming activity that every command and card action needs, resolved once. */
export interface Turn extends Speech {
  readonly context: TurnContext;
  readonly actor: Actor;
  readonly kind: ConversationKind;
}

type LocaleDeps = Pick<AppDeps, 'people' | 'config'>;

/** A person's chosen language wins over the Teams client language, which wins over the default. */
export function localeFor(deps: LocaleDeps, actorId: string | undefined, activityLocale: string | undefined): Locale {
  const chosen = actorId ? deps.people.locale(actorId) : undefined;
  return chosen ?? supportedLocale(activityLocale) ?? deps.config.defaultLocale;
}

/** The language to answer this activity in. */
export function speechOf(context: TurnContext, deps: LocaleDeps): Speech {
  const locale = localeFor(deps, context.activity.from?.aadObjectId || undefined, context.activity.locale);
  return { locale, t: translator(locale) };
}

/** The turn, or undefined when Teams did not say who acts (no AAD object id): nothing can then be done for them. */
export function turnOf(context: TurnContext, deps: LocaleDeps): Turn | undefined {
  const id = context.activity.from?.aadObjectId;
  if (!id) return undefined;
  const name = context.activity.from?.name?.trim().slice(0, 120) || undefined;
  return { context, actor: { id, name }, ...speechOf(context, deps), kind: conversationKind(context.activity) };
}
