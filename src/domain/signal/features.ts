/**
 * Feature extraction: which cues fire in a message, and in which sentences.
 *
 * Order of work: normalise → correct typos in technology words → remove words used in
 * another sense (masks) → run every cue.
 */
import type { CompiledCue, Cue } from './cue.js';
import { correctTypos } from './fuzzy.js';
import { MASK_CUES } from './lexicon-context.js';
import { RULE_CUES } from './lexicon.js';
import { normaliseMessage } from './normalise.js';
import { compile, compileParts, matchAll, matchOffsets, requiredLiterals } from './pattern.js';

export interface CueHit {
  readonly cue: CompiledCue;
  /** Sentence indexes (0-based) in which the cue matched. */
  readonly sentences: readonly number[];
  /** Clause indexes (0-based): sentences, split again at "maar", "but", "instead"… */
  readonly clauses: readonly number[];
  /** Every match stands right after a negation ("geen camera's", "no apps", "zonder drones"). */
  readonly negated: boolean;
}

export interface Features {
  /** The normalised, corrected, masked text the cues ran on. */
  readonly text: string;
  readonly sentenceCount: number;
  readonly clauseCount: number;
  /** Indexes of the clauses that start with a contrast ("maar", "but", "instead"…). */
  readonly contrasts: readonly number[];
  /** Words in the message (sentence marks and masked words not counted). */
  readonly wordCount: number;
  /** The message asks something: it has a question mark. */
  readonly question: boolean;
  /** Indexes of the sentences that end in a question mark. */
  readonly questions: readonly number[];
  /** Words in the first sentence. */
  readonly firstSentenceWords: number;
  /** Words per sentence. */
  readonly sentenceWords: readonly number[];
  readonly hits: readonly CueHit[];
  /** Masks that removed words. */
  readonly masked: readonly CompiledCue[];
}

const compileAll = (cues: readonly Cue[]): CompiledCue[] =>
  cues.map((c) => ({ ...c, re: compile(c.patterns), parts: compileParts(c.patterns) }));

const MASKS = compileAll(MASK_CUES);
const CUES = compileAll(RULE_CUES);

/**
 * Which cues can match a text at all: an index from the words each cue requires to the cue
 * (pattern.ts, requiredLiterals). Only those cues run their regular expressions.
 */
/** Substrings are looked up by the text's first one or two characters, all ASCII in normalised text. */
const ASCII = 128;

class Prefilter {
  private readonly byWord = new Map<string, number[]>();
  private readonly bySubstring = new Map<string, number[]>();
  /** The substrings one character long, by its code, and the longer ones by their first two codes. */
  private readonly singles: (string[] | undefined)[] = [];
  private readonly pairs: (string[] | undefined)[] = [];
  private readonly always: number[] = [];

  constructor(cues: readonly CompiledCue[]) {
    cues.forEach((cue, i) => {
      const required = requiredLiterals(cue.patterns);
      if (required.always) this.always.push(i);
      for (const w of required.exact) this.byWord.set(w, [...(this.byWord.get(w) ?? []), i]);
      for (const w of required.contains) this.bySubstring.set(w, [...(this.bySubstring.get(w) ?? []), i]);
    });
    for (const part of this.bySubstring.keys()) {
      if (/[^ -~]/.test(part)) throw new Error(`a required word that is not ASCII: "${part}"`);
      const [list, key] =
        part.length === 1
          ? [this.singles, part.charCodeAt(0)]
          : [this.pairs, part.charCodeAt(0) * ASCII + part.charCodeAt(1)];
      list[key] = [...(list[key] ?? []), part];
    }
  }

  candidates(text: string, count: number): Uint8Array {
    const marked = new Uint8Array(count);
    for (const i of this.always) marked[i] = 1;
    for (const word of text.split(' ')) for (const i of this.byWord.get(word) ?? []) marked[i] = 1;
    // every substring in the text, found in one pass over it (instead of a search per substring)
    for (let at = 0; at < text.length; at++) {
      const first = text.charCodeAt(at);
      if (first >= ASCII) continue;
      this.mark(marked, text, at, this.singles[first]);
      const second = at + 1 < text.length ? text.charCodeAt(at + 1) : ASCII;
      if (second < ASCII) this.mark(marked, text, at, this.pairs[first * ASCII + second]);
    }
    return marked;
  }

  /** Marks the cues of those substrings (`parts`) that stand in `text` at `at`. */
  private mark(marked: Uint8Array, text: string, at: number, parts: readonly string[] | undefined): void {
    if (parts === undefined) return;
    for (const part of parts) if (text.startsWith(part, at)) for (const i of this.bySubstring.get(part)!) marked[i] = 1;
  }
}

const MASK_FILTER = new Prefilter(MASKS);
const CUE_FILTER = new Prefilter(CUES);

/** Placeholder for masked words: a word, so gaps still count it, but one no cue matches. */
const MASK_WORD = 'xmaskx';

function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/ [.?] /g)) starts.push(m.index + 3);
  return starts;
}

/** Words that start a new clause inside a sentence: what follows may take back what came before. */
const CLAUSE_BREAK = / (?:maar|but|instead|echter|however|though|alleen wel|daarentegen|in plaats daarvan) /g;

function clauseStarts(text: string): { starts: number[]; contrasts: number[] } {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + 1);
  const starts = [...sentenceStarts(text), ...breaks].sort((a, b) => a - b);
  return { starts, contrasts: breaks.map((b) => starts.indexOf(b)) };
}

/** Words that negate what directly follows them, and words that may stand between ("geen nieuwe camera's"). */
const NEGATORS = new Set([
  'geen',
  'no',
  'zonder',
  'without',
  'niet',
  'not',
  'noch',
  'nor',
  'never',
  'nooit',
  'nothing',
  'niks',
  'niets',
]);
const BETWEEN = new Set([
  'de',
  'het',
  'een',
  'the',
  'a',
  'an',
  'any',
  'meer',
  'more',
  'nieuwe',
  'new',
  'extra',
  'slimme',
  'smart',
  'eigen',
  'own',
  'met',
  'with',
  'enkele',
  'echte',
  'real',
  'andere',
  'other',
]);

/** Words that end a list: a list of things does not run over a pronoun, verb or sentence mark. */
const STOPS = new Set([
  '.',
  '?',
  'we',
  'wij',
  'ik',
  'je',
  'jij',
  'ze',
  'zij',
  'hij',
  'i',
  'you',
  'they',
  'he',
  'she',
  'it',
  'is',
  'zijn',
  'was',
  'are',
  'dat',
  'that',
  'die',
  'which',
  'maar',
  'but',
  'want',
  'omdat',
  'because',
  'wel',
  'alleen',
  'only',
  'ook',
  'also',
]);

const ARTICLES = new Set(['een', 'a', 'an']);

/** Words that join the items of a list: "geen sensoren of chips", "no cameras or microphones". */
const LIST_JOINS = new Set(['of', 'or', 'en', 'and', 'noch', 'nor']);

/** Whether the words before a match, read backwards, end in a negation: "geen", "geen nieuwe". */
function negationEnds(before: readonly string[], end: number): boolean {
  const w1 = before[end] ?? '';
  const w2 = before[end - 1] ?? '';
  return (
    NEGATORS.has(w1) ||
    (NEGATORS.has(w2) && BETWEEN.has(w1)) ||
    // "we don't want cameras", "we do not need an app"
    (NOT_VERBS.has(w1) && (DONT.has(w2) || (w2 === 'not' && DO.has(before[end - 2] ?? ''))))
  );
}

/** "don't", "do not": with a verb of wanting or using, they rule out what follows. */
const DONT = new Set(['dont', 'doesnt', 'didnt']);
const DO = new Set(['do', 'does', 'did']);
const NOT_VERBS = new Set(['want', 'need', 'use', 'install', 'buy', 'like']);

/**
 * A match is negated when a negation stands right before it, or before the item it is listed
 * with: "geen sensoren of chips", "no cameras, microphones or trackers" (commas are gone by now,
 * so up to two words may stand for the earlier items).
 */
function negatedAt(text: string, offset: number): boolean {
  const before = text
    .slice(Math.max(0, offset - 80), offset)
    .trim()
    .split(' ');
  let end = before.length - 1;
  if (negationEnds(before, end)) return true;
  const skipped = end;
  while (end >= 0 && BETWEEN.has(before[end] ?? '')) end--;
  const join = before[end] ?? '';
  // "geen camera en een app" is no camera and an app; "geen camera of een app" is neither.
  const article = before.slice(end + 1, skipped + 1).some((w) => ARTICLES.has(w));
  if (LIST_JOINS.has(join) && !(article && (join === 'en' || join === 'and'))) return negatedItem(before, end);
  // A middle item, with commas gone: "no cameras microphones or trackers".
  const after = text.slice(offset, offset + 80).split(' ');
  return LIST_JOINS.has(after[1] ?? '') && negatedItem(before, end + 1);
}

/** Whether one to three words before `join` (an earlier item of the list) follow a negation. */
function negatedItem(before: readonly string[], join: number): boolean {
  for (let items = 1; items <= 3; items++) {
    const at = join - items;
    if (at < 0 || STOPS.has(before[at] ?? '') || NEGATORS.has(before[at] ?? '')) return false;
    if (negationEnds(before, at - 1)) return true;
  }
  return false;
}

function questionSentences(text: string): number[] {
  const out: number[] = [];
  let index = 0;
  for (const token of text.split(' ')) {
    if (token === '?') out.push(index);
    if (token === '?' || token === '.') index++;
  }
  return out;
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

/**
 * "Kunnen we de lijst niet naast onze bestanden leggen?", "why dont we put sensors there?": in a
 * question that suggests something, the "niet" is rhetorical, so the technology in it is not ruled out.
 */
function unnegateSuggestions(hits: CueHit[]): void {
  const suggesting = new Set(hits.filter((h) => h.cue.code === 'marker.suggestion').flatMap((h) => h.sentences));
  if (suggesting.size === 0) return;
  for (const [i, h] of hits.entries())
    if (h.negated && h.cue.kind === 'tech' && h.sentences.every((s) => suggesting.has(s)))
      hits[i] = { ...h, negated: false };
}

export function extractFeatures(message: string): Features {
  return featuresOf(normaliseMessage(message));
}

/** extractFeatures() of a message already normalised (normaliseMessage). */
export function featuresOf(normalised: string): Features {
  let text = correctTypos(normalised);
  const masked: CompiledCue[] = [];
  // Masks only remove words, so what could match before them is a superset of what can after.
  const maskable = MASK_FILTER.candidates(text, MASKS.length);
  for (const [m, mask] of MASKS.entries()) {
    if (maskable[m] === 0) continue;
    mask.re.lastIndex = 0;
    if (!mask.re.test(text)) continue;
    masked.push(mask);
    text = text.replace(mask.re, (m) =>
      m
        .split(' ')
        .map(() => MASK_WORD)
        .join(' '),
    );
  }
  const starts = sentenceStarts(text);
  const { starts: clauses, contrasts } = clauseStarts(text);
  const hits: CueHit[] = [];
  const possible = CUE_FILTER.candidates(text, CUES.length);
  for (const [c, cue] of CUES.entries()) {
    if (possible[c] === 0) continue;
    const offsets = cue.parts === undefined ? matchOffsets(cue.re, text) : matchAll(cue.parts, text);
    if (offsets.length === 0) continue;
    const sentences = [...new Set(offsets.map((o) => sentenceOf(starts, o)))];
    const clauseIndexes = [...new Set(offsets.map((o) => sentenceOf(clauses, o)))];
    hits.push({ cue, sentences, clauses: clauseIndexes, negated: offsets.every((o) => negatedAt(text, o)) });
  }
  unnegateSuggestions(hits);
  const isWord = (w: string) => w !== '.' && w !== '?' && w !== MASK_WORD && w !== '';
  const words = text.split(' ').filter(isWord);
  const firstEnd = text.search(/ [.?]( |$)/);
  const sentenceWords =
    text.length === 0 ? [] : text.split(/ [.?](?: |$)/).map((s) => s.split(' ').filter(isWord).length);
  return {
    text,
    sentenceCount: text.length === 0 ? 0 : starts.length,
    clauseCount: text.length === 0 ? 0 : clauses.length,
    contrasts,
    wordCount: words.length,
    question: text.includes('?'),
    questions: questionSentences(text),
    firstSentenceWords: (firstEnd < 0 ? text : text.slice(0, firstEnd)).split(' ').filter(isWord).length,
    sentenceWords,
    hits,
    masked,
  };
}
