/**
 * Feature extraction: which cues fire in a message, and in which sentences.
 *
 * Order of work: normalise → correct typos in technology words → remove words used in
 * another sense (masks) → run every cue.
 */
import type { CompiledCue, Cue } from './cue.js';
import { correctTypos } from './fuzzy.js';
import { CONTEXT_CUES, MASK_CUES } from './lexicon-context.js';
import { INTENT_CUES } from './lexicon-intent.js';
import { ALGORITHM_CUES } from './lexicon-algorithm.js';
import { DATA_CUES, SUBJECT_CUES } from './lexicon-data.js';
import { SENSING_CUES } from './lexicon-tech.js';
import { normalise } from './normalise.js';
import { compile, matchOffsets } from './pattern.js';

export interface CueHit {
  readonly cue: CompiledCue;
  /** Sentence indexes (0-based) in which the cue matched. */
  readonly sentences: readonly number[];
}

export interface Features {
  /** The normalised, corrected, masked text the cues ran on. */
  readonly text: string;
  readonly sentenceCount: number;
  readonly hits: readonly CueHit[];
  /** Masks that removed words. */
  readonly masked: readonly CompiledCue[];
}

const compileAll = (cues: readonly Cue[]): CompiledCue[] => cues.map((c) => ({ ...c, re: compile(c.patterns) }));

const MASKS = compileAll(MASK_CUES);
const CUES = compileAll([...SENSING_CUES, ...ALGORITHM_CUES, ...DATA_CUES, ...SUBJECT_CUES, ...INTENT_CUES, ...CONTEXT_CUES]);

/** Placeholder for masked words: a word, so gaps still count it, but one no cue matches. */
const MASK_WORD = 'xmaskx';

/** Upper bound on the text the cues scan; a Teams message is at most ~28,000 characters. */
const MAX_CHARS = 40_000;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/ [.?] /g)) starts.push(m.index + 3);
  return starts;
}

function sentenceOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function extractFeatures(message: string): Features {
  let text = correctTypos(normalise(message.length > MAX_CHARS ? message.slice(0, MAX_CHARS) : message));
  const masked: CompiledCue[] = [];
  for (const mask of MASKS) {
    mask.re.lastIndex = 0;
    if (!mask.re.test(text)) continue;
    masked.push(mask);
    text = text.replace(mask.re, (m) => m.split(' ').map(() => MASK_WORD).join(' '));
  }
  const starts = sentenceStarts(text);
  const hits: CueHit[] = [];
  for (const cue of CUES) {
    const offsets = matchOffsets(cue.re, text);
    if (offsets.length === 0) continue;
    const sentences = [...new Set(offsets.map((o) => sentenceOf(starts, o)))];
    hits.push({ cue, sentences });
  }
  return { text, sentenceCount: text.length === 0 ? 0 : starts.length, hits, masked };
}
