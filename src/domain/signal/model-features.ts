/**
 * Features of the learned part of the signal detector: hashed word unigrams and bigrams and
 * character n-grams of the normalised message.
 *
 * The text goes through the same normalise() as the rules (HTML and mentions removed, lowercase
 * ASCII, sentence ends as `.` / `?` tokens). Then:
 * - word unigrams, plus the question mark as a token of its own;
 * - word bigrams within a sentence, with a sentence start marker (`^ wij`, `wij willen`);
 * - character n-grams of every word padded with `<` and `>` (`<sen`, `nsor`, `ren>`), which carry
 *   Dutch compounds and spelling variants ("kentekenherkenning", "sensoren", "sensors").
 * Each feature string is hashed (FNV-1a, 32 bit) into 2^bits buckets. A message becomes a sparse
 * binary vector scaled to unit length, so long and short messages weigh alike. Pure and
 * deterministic: the same text and spec always give the same vector.
 */
import { normaliseMessage } from './normalise.js';

export interface FeatureSpec {
  /** Number of hash buckets is 2^bits. */
  readonly bits: number;
  /** Largest word n-gram (1 or 2). */
  readonly wordNgrams: number;
  /** Smallest and largest character n-gram inside a padded word; 0 disables character n-grams. */
  readonly charMin: number;
  readonly charMax: number;
  /**
   * Round 8 of issue 20: how a reply is read with the message it answers. When above 0, a reply
   * with its parent has its own words in a namespace of their own (`REPLY_SALT`: what replies teach
   * the model does not change how it reads a message alone) plus the parent's words (`p:` word
   * unigrams, unit length times this weight). 0 or absent: a reply is read alone, as a message.
   */
  readonly parent?: number;
}

export interface SparseVector {
  /** Bucket indexes, ascending, unique. */
  readonly index: Int32Array;
  /** Values for the buckets, same length. */
  readonly value: Float64Array;
}

/** FNV-1a over the UTF-16 code units of a string, as an unsigned 32-bit number. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The feature strings of a message, in order of appearance (with repeats). Exposed for tests and training diagnostics. */
export function featureStrings(message: string, spec: FeatureSpec): string[] {
  const text = normaliseMessage(message);
  const out: string[] = [];
  if (text.length === 0) return out;
  let previous = '^';
  for (const token of text.split(' ')) {
    if (token === '.' || token === '?') {
      if (token === '?') out.push('w:?');
      previous = '^';
      continue;
    }
    out.push(`w:${token}`);
    if (spec.wordNgrams >= 2) out.push(`b:${previous} ${token}`);
    previous = token;
    if (spec.charMin > 0) {
      const padded = `<${token}>`;
      for (let n = spec.charMin; n <= spec.charMax; n++) {
        for (let i = 0; i + n <= padded.length; i++) out.push(`c:${padded.slice(i, i + n)}`);
      }
    }
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** fnv1a continued from `h` over `text[from, to)`: fnv1a(a + b) is more(more(offset, a), b). */
function more(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const AFTER_W = more(FNV_OFFSET, 'w:');
const AFTER_B = more(FNV_OFFSET, 'b:');
const AFTER_C = more(FNV_OFFSET, 'c:');
const AFTER_P = more(FNV_OFFSET, 'p:');
/** The namespace of a reply's own words when it is read with its parent (FeatureSpec.parent). */
export const REPLY_SALT = 0x5e;

/** The unique sorted buckets of the parent block: the words of the (normalised) parent (`p:word`). */
export function parentBuckets(normalisedParent: string, mask: number): Int32Array {
  const buckets: number[] = [];
  const text = normalisedParent;
  if (text.length > 0) {
    // the words between spaces, hashed in place (as text.split(' ') would give them, without the strings)
    let from = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text.charCodeAt(i) !== SPACE) continue;
      if (!(i - from === 1 && text.charCodeAt(from) === FULL_STOP))
        buckets.push((more(AFTER_P, text, from, i) >>> 0) & mask);
      from = i + 1;
    }
  }
  return uniqueSorted(buckets);
}

const SPACE = 0x20;
const FULL_STOP = 0x2e;

function uniqueSorted(buckets: readonly number[]): Int32Array {
  const sorted = Int32Array.from(buckets).sort();
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k]!;
  return sorted.slice(0, unique);
}

/**
 * The vector of a reply read with its parent, as training sees it (inference sums the two blocks'
 * dot products, which is the same): the reply's own features in the reply namespace, and the
 * parent's words at unit length times `spec.parent`. Buckets that collide add up.
 */
export function replyVector(normalised: string, normalisedParent: string, spec: FeatureSpec): SparseVector {
  const mask = 2 ** spec.bits - 1;
  const own = featuriseNormalised(normalised, spec, REPLY_SALT);
  const values = new Map<number, number>();
  own.index.forEach((i, k) => values.set(i, own.value[k] as number));
  const p = parentBuckets(normalisedParent, mask);
  for (const i of p) values.set(i, (values.get(i) ?? 0) + (spec.parent ?? 0) / Math.sqrt(p.length));
  const index = Int32Array.from([...values.keys()].sort((a, b) => a - b));
  return { index, value: Float64Array.from(index, (i) => values.get(i) as number) };
}

/**
 * The hashed, binary, unit-length feature vector of a message: the buckets of featureStrings(),
 * each string's hash computed as it would be read, without making the string (a message has
 * hundreds of character n-grams; making each was most of the learned part's time).
 */
export function featurise(message: string, spec: FeatureSpec): SparseVector {
  return featuriseNormalised(normaliseMessage(message), spec);
}

/** featurise() of a message already normalised (normaliseMessage). */
export function featuriseNormalised(text: string, spec: FeatureSpec, salt = 0): SparseVector {
  const mask = 2 ** spec.bits - 1;
  const buckets: number[] = [];
  const add =
    salt === 0
      ? (h: number) => buckets.push((h >>> 0) & mask)
      : (h: number) => buckets.push((Math.imul(h ^ salt, FNV_PRIME) >>> 0) & mask);
  if (text.length > 0) {
    let previous = '^';
    for (const token of text.split(' ')) {
      if (token === '.' || token === '?') {
        if (token === '?') add(more(AFTER_W, '?'));
        previous = '^';
        continue;
      }
      add(more(AFTER_W, token));
      if (spec.wordNgrams >= 2) add(more(more(more(AFTER_B, previous), ' '), token));
      previous = token;
      if (spec.charMin > 0) {
        // every n-gram starting at i, its hash continued one character at a time from the shorter one's
        const padded = `<${token}>`;
        for (let i = 0; i < padded.length; i++) {
          let h = AFTER_C;
          for (let n = 1; n <= spec.charMax && i + n <= padded.length; n++) {
            h = Math.imul(h ^ padded.charCodeAt(i + n - 1), FNV_PRIME);
            if (n >= spec.charMin) add(h);
          }
        }
      }
    }
  }
  const index = uniqueSorted(buckets);
  const value = new Float64Array(index.length).fill(index.length === 0 ? 0 : 1 / Math.sqrt(index.length));
  return { index, value };
}
