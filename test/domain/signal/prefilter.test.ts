import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK_CUES } from '../../../src/domain/signal/lexicon-context.js';
import { RULE_CUES } from '../../../src/domain/signal/lexicon.js';
import { compile, matchOffsets, requiredLiterals } from '../../../src/domain/signal/pattern.js';

const CUES = [...MASK_CUES, ...RULE_CUES];
const compiled = CUES.map((c) => ({ code: c.code, re: compile(c.patterns), required: requiredLiterals(c.patterns) }));

/** The words the lexicons use, with wildcards filled in, so random texts often match some cue. */
const VOCABULARY = [
  ...new Set(
    CUES.flatMap((c) => c.patterns)
      .join(' ')
      .replace(/[()|~^]/g, ' ')
      .split(/\s+/)
      .filter((w) => /^[a-z0-9*_#?]+$/.test(w))
      .map((w) => w.replace(/^\*/, 'x').replace(/\*$/, 'en').replace(/_/g, '').replace('#', '12')),
  ),
  '.',
  '?',
  'de',
  'het',
  'een',
  'the',
  'a',
];

const mayMatch = (text: string, r: ReturnType<typeof requiredLiterals>) =>
  r.always || r.exact.some((w) => text.split(' ').includes(w)) || r.contains.some((w) => text.includes(w));

describe('pattern prefilter (requiredLiterals)', () => {
  it('requires one word of every phrase, as a word or as part of one', () => {
    const r = requiredLiterals(['wij willen|kunnen we ~ ook', '*camera*|anpr', 'versie #']);
    expect(r.exact).toEqual(expect.arrayContaining(['willen', 'kunnen', 'anpr']));
    expect(r.contains).toEqual(expect.arrayContaining(['camera']));
    expect(r.always).toBe(false);
  });

  it('never rules out a cue that matches (random texts from the lexicons’ own words)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 14 }), (words) => {
        const text = words.join(' ');
        for (const c of compiled) {
          if (matchOffsets(c.re, text).length > 0) expect(mayMatch(text, c.required), `${c.code}: ${text}`).toBe(true);
        }
      }),
      { numRuns: 400, seed: 20 },
    );
  });
});
