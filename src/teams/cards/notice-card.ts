import { renderCard, type CardJson } from './render.js';

/** A short confirmation or explanation, replacing a card after an action. */
export function noticeCard(title: string, text = ''): CardJson {
  return renderCard('notice', { t: { title, text } });
}
