/**
 * A small phrase-pattern language for the cue lists, compiled to regular expressions that run
 * over normalised text (see normalise.ts: lowercase words separated by single spaces).
 *
 *   "wij willen"            two consecutive words
 *   "wij willen|we want"    "|" separates alternative phrases
 *   "(koppel*|link) data"   a group in parentheses matches one of its alternatives ("(al eens|toen)")
 *   "sensor*"               a word starting with "sensor" (sensoren, sensors, sensordata)
 *   "*camera*"              a word containing "camera" (kentekencameras, camerabeelden)
 *   "ai_assistent*"         "_" is an optional space: "ai assistent" or "aiassistent"
 *   "koppel* ~ gegevens"    "~" allows up to 3 words in between, "~~" up to 6, "~~~" up to 9
 *   "versie #"              "#" is any number (with an optional letter suffix: "4", "11", "2b")
 *   "^ hoeveel"             "^" (first word only) anchors the phrase at the start of a sentence
 *   "al ~ aangemeld ?"      "?" is the end of a question
 *
 * Patterns never match across a sentence boundary: gaps only skip words, never a `.` or `?` token.
 */

const WORD = '[a-z0-9]';
const GAPS: Record<string, number> = { '~': 3, '~~': 6, '~~~': 9 };

function alternative(source: string): string {
  if (!/^\*?[a-z0-9_]+\*?$/.test(source)) throw new Error(`invalid pattern word: "${source}"`);
  const prefix = source.startsWith('*') ? `${WORD}*` : '';
  const suffix = source.endsWith('*') && source.length > 1 ? `${WORD}*` : '';
  const literal = source.replace(/^\*/, '').replace(/\*$/, '').replace(/_/g, ' ?');
  return prefix + literal + suffix;
}

/** A word, or a parenthesised group of alternatives, each one or more words: "(al eens|vorig)". */
function word(source: string): string {
  if (source === '#') return '[0-9]+[a-z]*';
  if (source === '?') return '\\?';
  const group = /^\((.+)\)$/.exec(source);
  if (!group) return alternative(source);
  const options = (group[1] as string).split('|').map((option) => option.trim().split(' ').map(alternative).join(' '));
  return `(?:${options.join('|')})`;
}

/** Splits `text` on `separator` where it is outside parentheses. */
function splitOutside(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new Error(`unbalanced parentheses: "${text}"`);
    if (depth === 0 && separator.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  if (depth !== 0) throw new Error(`unbalanced parentheses: "${text}"`);
  out.push(current);
  return out;
}

/** Where a phrase may start: after a non-word, or (anchored, "^ …") at the start of a sentence. */
const START = `(?<!${WORD})`;
const SENTENCE_START = '(?:^|(?<=[.?] ))';
/** Where every phrase ends: before a non-word. */
const END = `(?!${WORD})`;

/** One phrase as the source of its words, without where it starts and ends; and whether it is anchored. */
function phraseBody(phrase: string): { anchored: boolean; body: string } {
  const parts: string[] = [];
  let gap = 0;
  const tokens = splitOutside(phrase.trim().replace(/\s+/g, ' '), / /).filter((t) => t !== '');
  const anchored = tokens[0] === '^';
  if (anchored) tokens.shift();
  for (const token of tokens) {
    const g = GAPS[token];
    if (g !== undefined) {
      gap = g;
      continue;
    }
    if (parts.length > 0) parts.push(gap > 0 ? `(?: ${WORD}+){0,${gap}} ` : ' ');
    parts.push(word(token));
    gap = 0;
  }
  if (parts.length === 0) throw new Error(`empty pattern: "${phrase}"`);
  return { anchored, body: parts.join('') };
}

/** Compiles one phrase to a regular-expression source (without flags). */
export function phraseSource(phrase: string): string {
  const { anchored, body } = phraseBody(phrase);
  return `${anchored ? SENTENCE_START : START}${body}${END}`;
}

/** The phrases of a list of patterns: each pattern's "|"-separated alternatives, in order. */
export function phrasesOf(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) => splitOutside(p, /\|/));
}

/**
 * One global regular expression for a list of phrases, tried in that order at each position: the
 * alternation of their sources, with the start and end they share written once. `(?<!w)(?:a|b)(?!w)`
 * matches exactly what `(?<!w)a(?!w)|(?<!w)b(?!w)` does (an assertion in front matches in one way
 * only, and what follows an alternation is tried after each alternative, in the same order), but the
 * engine scans for it about twice as fast: a look-behind in front of every alternative keeps it from
 * looking ahead for the alternatives' first letters. The two starts exclude each other (`^` at 0, the
 * look-behind after a sentence mark), so anchored phrases share theirs in the same way.
 */
export function compilePhrases(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return new RegExp('', 'g');
  const bodies = phrases.map(phraseBody);
  const startOf = (b: { anchored: boolean }) => (b.anchored ? SENTENCE_START : START);
  const first = bodies[0];
  const shared = first !== undefined && bodies.every((b) => b.anchored === first.anchored);
  const inner = bodies.map((b) => (shared ? b.body : `${startOf(b)}${b.body}`)).join('|');
  return new RegExp(`${shared ? startOf(first) : ''}(?:${inner})${END}`, 'g');
}

/** Compiles a list of patterns (each one or more "|"-separated phrases) into one global regular expression. */
export function compile(patterns: readonly string[]): RegExp {
  return compilePhrases(phrasesOf(patterns));
}

/** The phrases anchored at a sentence start ("^ hoeveel") and the rest, as compileParts() splits them. */
export function phraseParts(patterns: readonly string[]): string[][] {
  const phrases = phrasesOf(patterns);
  const anchored = (phrase: string) => phrase.trim().startsWith('^ ');
  return [phrases.filter((p) => !anchored(p)), phrases.filter(anchored)].filter((list) => list.length > 0);
}

/**
 * The same phrases as compile(), as one expression for the phrases anchored at a sentence start
 * ("^ hoeveel") and one for the rest. One anchored alternative makes a large alternation several
 * times slower to scan (its look-behind hides the first character from the engine's quick scan),
 * so a cue's matches are found with both, each only when it has phrases.
 */
export function compileParts(patterns: readonly string[]): RegExp[] {
  return phraseParts(patterns).map(compilePhrases);
}

/** Start offsets of the matches of any of `parts` in `text`, ascending and unique. */
export function matchAll(parts: readonly RegExp[], text: string): number[] {
  if (parts.length === 1) return matchOffsets(parts[0] as RegExp, text);
  return [...new Set(parts.flatMap((re) => matchOffsets(re, text)))].sort((a, b) => a - b);
}

/** Start offsets of every non-overlapping match of `re` in `text`. */
export function matchOffsets(re: RegExp, text: string): number[] {
  const offsets: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    offsets.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return offsets;
}

/**
 * Words a text must hold for a list of patterns to match: the phrase can only match where each of
 * its words appears, so for every phrase one word is enough to require. Returned as whole words
 * (`exact`) and as substrings (`contains`, for words with `*` or `_`, numbers and groups of them).
 * `always` when some phrase has no usable word. Lets the detector skip a cue's regular expression
 * when none of them is in the text: most cues, for most messages.
 */
export interface Required {
  readonly exact: readonly string[];
  readonly contains: readonly string[];
  readonly always: boolean;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The literals one pattern token requires: any one of them must be in the text. */
function tokenLiterals(token: string): { exact: string[]; contains: string[] } {
  if (token === '#') return { exact: [], contains: DIGITS };
  if (token === '?') return { exact: ['?'], contains: [] };
  const group = /^\((.+)\)$/.exec(token);
  const alternatives = group ? (group[1] as string).split('|').map((a) => a.trim().split(' ')) : [[token]];
  const out = { exact: [] as string[], contains: [] as string[] };
  for (const words of alternatives) {
    const bare = (w: string) =>
      w
        .replace(/\*/g, '')
        .split('_')
        .reduce((a, b) => (b.length > a.length ? b : a), '');
    const best = words.reduce((a, b) => (bare(b).length > bare(a).length ? b : a));
    if (best.includes('*') || best.includes('_') || best === '#') out.contains.push(best === '#' ? '0' : bare(best));
    else out.exact.push(best);
  }
  return out;
}

export function requiredLiterals(patterns: readonly string[]): Required {
  const exact = new Set<string>();
  const contains = new Set<string>();
  let always = false;
  for (const phrase of patterns.flatMap((p) => splitOutside(p, /\|/))) {
    const tokens = splitOutside(phrase.trim().replace(/\s+/g, ' '), / /).filter(
      (t) => t !== '' && t !== '^' && GAPS[t] === undefined,
    );
    // The token whose shortest literal is longest: the most selective one.
    const rank = (l: { exact: string[]; contains: string[] }) => {
      const all = [...l.exact, ...l.contains];
      return all.length === 0 ? -1 : Math.min(...all.map((x) => x.length)) - (l.contains.length > 0 ? 0.5 : 0);
    };
    const best = tokens.map(tokenLiterals).reduce((a, b) => (rank(b) > rank(a) ? b : a), { exact: [], contains: [] });
    if (rank(best) < 1) always = true;
    for (const w of best.exact) exact.add(w);
    for (const w of best.contains) contains.add(w);
  }
  return { exact: [...exact], contains: [...contains], always };
}
