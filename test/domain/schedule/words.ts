import type { Explanation, Problem } from '../../../src/domain/schedule/explain.js';
import { translator } from '../../../src/i18n/index.js';
import { explanationText, problemText } from '../../../src/i18n/labels.js';
import { loadValueModel } from '../../../src/config/value-model.js';
import { expertiseLabel } from '../../../src/domain/expertise.js';

const vocabulary = loadValueModel().expertise;
const names = (locale: 'nl' | 'en') => (id: string) => expertiseLabel(vocabulary, id, locale);

const nl = translator('nl');
const en = translator('en');

/** An explanation as people read it, in both languages. */
export const words = (e: Explanation) => ({
  nl: explanationText(nl, 'nl', e, names('nl')),
  en: explanationText(en, 'en', e, names('en')),
});

/** A problem as people read it, with its code. */
export const problemWords = (p: Problem) => ({
  code: p.code,
  nl: problemText(nl, 'nl', p, names('nl')),
  en: problemText(en, 'en', p, names('en')),
});
