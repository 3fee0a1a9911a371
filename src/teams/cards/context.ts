import type { AppDeps } from '../../app/deps.js';
import type { Locale } from '../../domain/locale.js';
import { translator } from '../../i18n/index.js';
import type { TriageCardContext } from './triage-cards.js';

/** What card builders need to write in one language: the texts, the value model, the time zone, the impact rules. */
export type CardContext = TriageCardContext;

export function cardContext(deps: Pick<AppDeps, 'valueModel' | 'config' | 'impactRules'>, locale: Locale): CardContext {
  return {
    t: translator(locale),
    locale,
    valueModel: deps.valueModel,
    timeZone: deps.config.timeZone,
    rules: deps.impactRules,
  };
}

/** Cards that the whole team sees are in the team's language (the default). */
export function teamContext(deps: Pick<AppDeps, 'valueModel' | 'config' | 'impactRules'>): CardContext {
  return cardContext(deps, deps.config.defaultLocale);
}
