import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/index.js';
import type { CommandSpec } from '../routing/commands.js';
import { renderCard, type CardJson } from './render.js';

/** Help cards made, per list of commands and then per language and roles: each is made once. */
const made = new WeakMap<readonly CommandSpec[], Map<string, CardJson>>();

/**
 * The commands a person can use, in their language: Team Uthiek's own only for its members, the
 * report commands also for report viewers.
 */
export function helpCard(
  specs: readonly CommandSpec[],
  roles: { uthiek: boolean; viewer: boolean },
  turn: { t: Translate; locale: Locale },
): CardJson {
  const key = `${turn.locale} ${roles.uthiek} ${roles.viewer} ${specs.length}`;
  let cards = made.get(specs);
  if (!cards) made.set(specs, (cards = new Map()));
  let card = cards.get(key);
  if (!card) cards.set(key, (card = build(specs, roles, turn)));
  return structuredClone(card);
}

function build(
  specs: readonly CommandSpec[],
  roles: { uthiek: boolean; viewer: boolean },
  turn: { t: Translate; locale: Locale },
): CardJson {
  const own = specs.filter(
    (s) => (s.audience === 'uthiek' && roles.uthiek) || (s.audience === 'viewer' && (roles.uthiek || roles.viewer)),
  );
  const row = (spec: CommandSpec) => ({ title: spec.words[turn.locale][0] ?? spec.id, value: turn.t(spec.help) });
  return renderCard('help', {
    t: {
      title: turn.t('help.title'),
      intro: turn.t('help.intro'),
      uthiekOnly: turn.t(roles.uthiek ? 'help.uthiekOnly' : 'help.viewerOnly'),
      footer: turn.t('help.footer'),
      showUthiek: own.length > 0,
      everyone: specs.filter((s) => s.audience === 'everyone').map(row),
      uthiek: own.map(row),
    },
  });
}
