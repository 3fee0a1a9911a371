import type { Explanation, Problem } from '../../../src/domain/schedule/explain.js';
import { translator } from '../../../src/i18n/index.js';
import { explanationText, problemText } from '../../../src/i18n/labels.js';

const nl = translator('nl');
const en = translator('en');

/** An explanation as people read it, in both languages. */
export const words = (e: Explanation) => ({ nl: explanationText(nl, 'nl', e), en: explanationText(en, 'en', e) });

/** A problem as people read it, with its code. */
export const problemWords = (p: Problem) => ({
  code: p.code,
  nl: problemText(nl, 'nl', p),
  en: problemText(en, 'en', p),
});
