import { letterPath } from '../../app/advice-letter.js';
import type { Links } from '../../app/ports.js';
import type { CaseRecord } from '../../domain/case/case.js';
import type { Translate } from '../../i18n/index.js';
import type { CardJson } from './render.js';

/** A signed link to the current advice letter stays valid for a month (the card may be opened later). */
const VALID_MS = 31 * 86_400_000;

/** The card with a button that opens the case's current advice letter, when there is one. */
export function withLetterLink(card: CardJson, c: CaseRecord, links: Links, t: Translate): CardJson {
  const letter = c.letters?.[c.letters.length - 1];
  if (!letter) return card;
  const existing = (card as { actions?: object[] }).actions ?? [];
  const action = {
    type: 'Action.OpenUrl',
    title: t('letter.link', { version: letter.version }),
    url: links.url(letterPath(c.id, letter.version), VALID_MS),
  };
  return { ...card, actions: [...existing, action] };
}
