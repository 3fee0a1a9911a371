import { describe, expect, it } from 'vitest';
import { catalogue, plural, translator } from '../../src/i18n/index.js';

/** Nouns in the plural that must not follow a count that can be 1 outside a `.other` text. */
const PLURALS: Record<'nl' | 'en', RegExp> = {
  nl: /\{(\w+)\} (?:\w+ )?(werkdagen|dagen vooraf|zaken|groepen|berichten|bericht\(en\)|documenten|herinneringen|deelnemers|gebeurtenissen|teksten|toetsen)\b/,
  en: /\{(\w+)\} (?:\w+ )?(working days|cases|groups|messages|message\(s\)|documents|reminders|participants|times|events|texts|assessments)\b/,
};
/** Counts that are never 1 where they stand (a target of the year, a maximum length). */
const NEVER_ONE = new Set(['target', 'max', 'size', 'searchDays']);

describe('plural', () => {
  const t = translator('nl');
  it('chooses the singular for exactly 1 and the plural for every other count', () => {
    expect(plural(t, 'explain.noticeMet', 1, { days: 1, impact: 'hoog', deadline: '7 december 2026' })).toBe(
      'Voldoet aan de minimale termijn van 1 werkdag bij impact hoog (vroegst 7 december 2026).',
    );
    expect(plural(t, 'explain.noticeMet', 0, { days: 0, impact: 'hoog', deadline: 'vandaag' })).toContain(
      'van 0 werkdagen',
    );
    expect(plural(t, 'cases.page', 1, { n: 1, total: 1, count: 1 })).toBe('Pagina 1 van 1 · 1 zaak');
    expect(plural(translator('en'), 'delivery.count', 2, { count: 2 })).toContain('Not delivered: 2 messages.');
  });

  it.each(['nl', 'en'] as const)(
    'no %s text puts a count that can be 1 before a plural, outside a .other text',
    (lang) => {
      const wrong = Object.entries(catalogue(lang))
        .filter(([key, text]) => {
          const m = PLURALS[lang].exec(text);
          return m && !NEVER_ONE.has(m[1]!) && !key.endsWith('.other');
        })
        .map(([key]) => key);
      expect(wrong).toEqual([]);
    },
  );

  it.each(['nl', 'en'] as const)('every %s singular has its plural', (lang) => {
    const keys = new Set(Object.keys(catalogue(lang)));
    const alone = [...keys].filter((k) => k.endsWith('.one') && !keys.has(k.replace(/\.one$/, '.other')));
    expect(alone).toEqual([]);
  });
});
