import type { Translate } from '../../i18n/index.js';
import { renderCard, type CardJson } from './render.js';

/** The first message in a 1:1 chat: what the bot does, what it keeps, how to start. */
export function welcomeCard(turn: { t: Translate }): CardJson {
  const { t } = turn;
  return renderCard('welcome', {
    t: {
      title: t('welcome.title'),
      intro: t('welcome.intro'),
      what: t('welcome.what'),
      points: [t('welcome.point.signal'), t('welcome.point.intake'), t('welcome.point.followup')],
      privacy: t('welcome.privacy'),
      start: t('welcome.start'),
      helpButton: t('help.title'),
    },
  });
}
