import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a, featureStrings, featurise, type FeatureSpec } from '../../../src/domain/signal/model-features.js';
import { correctTypos, correctWord } from '../../../src/domain/signal/fuzzy.js';
import { normalise } from '../../../src/domain/signal/normalise.js';
import { MASK_CUES } from '../../../src/domain/signal/lexicon-context.js';
import { RULE_CUES } from '../../../src/domain/signal/lexicon.js';
import {
  compile,
  compileParts,
  matchOffsets,
  phraseParts,
  phrasesOf,
  phraseSource,
} from '../../../src/domain/signal/pattern.js';

/** Texts of one development set, and some odd ones. */
const texts = [
  ...fs
    .readFileSync(path.join(import.meta.dirname, '../../../bench/data/detect-chat-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
  '',
  '?',
  '. . ?',
  'één cliënt 😂 <at>Uthiek Bot</at> &amp; camera’s!!! sooo',
  'x'.repeat(300),
  'woord '.repeat(2000),
];

/** featurise as it was first written: every feature string made, hashed, put in a set, sorted. */
function oracle(message: string, spec: FeatureSpec) {
  const mask = 2 ** spec.bits - 1;
  const buckets = new Set<number>();
  for (const feature of featureStrings(message, spec)) buckets.add(fnv1a(feature) & mask);
  const index = Int32Array.from([...buckets].sort((a, b) => a - b));
  const value = new Float64Array(index.length).fill(index.length === 0 ? 0 : 1 / Math.sqrt(index.length));
  return { index, value };
}

describe('the detector made faster gives what it gave', () => {
  it('featurise: the buckets of the feature strings, for every feature spec', () => {
    const specs: FeatureSpec[] = [
      { bits: 15, wordNgrams: 2, charMin: 3, charMax: 5 },
      { bits: 20, wordNgrams: 1, charMin: 0, charMax: 0 },
      { bits: 10, wordNgrams: 2, charMin: 1, charMax: 2 },
    ];
    for (const spec of specs) for (const text of texts) expect(featurise(text, spec)).toEqual(oracle(text, spec));
  });

  it('normalise and correctTypos: the same answer when asked again, in any order', () => {
    const first = texts.map((t) => normalise(t));
    const corrected = first.map((t) => correctTypos(t));
    const again = [...texts]
      .reverse()
      .map((t) => normalise(t))
      .reverse();
    expect(again).toEqual(first);
    expect(first.map((t) => correctTypos(t))).toEqual(corrected);
    // an output that is itself an input later is not mistaken for one
    expect(normalise('wij willen cameras')).toBe('wij willen cameras');
    expect(normalise('Wij willen camera’s')).toBe('wij willen cameras');
    expect(normalise('wij willen cameras')).toBe('wij willen cameras');
    expect(correctTypos('de algortime')).toBe(`de ${correctWord('algortime')}`);
  });

  it('compile: the phrases with their start and end written once match where each phrase alone would', () => {
    const cues = [...MASK_CUES, ...RULE_CUES];
    // as compile() was first written: every phrase's whole source, one alternative each
    const oracle = (phrases: readonly string[]) => new RegExp(phrases.map(phraseSource).join('|'), 'g');
    const normalised = texts.map((t) => normalise(t));
    let matches = 0;
    for (const cue of cues) {
      const whole = [compile(cue.patterns), oracle(phrasesOf(cue.patterns))];
      const parts = compileParts(cue.patterns).map((re, k) => [re, oracle(phraseParts(cue.patterns)[k]!)]);
      for (const [fast, slow] of [whole, ...parts] as [RegExp, RegExp][])
        for (const text of normalised) {
          const found = matchOffsets(fast, text);
          expect(found, `${cue.code}: ${text}`).toEqual(matchOffsets(slow, text));
          matches += found.length;
        }
    }
    expect(matches).toBeGreaterThan(1000);
  });
});
