/**
 * A small phrase-pattern language for the cue lists, compiled to regular expressions that run
 * over normalised text (see normalise.ts: lowercase words separated by single spaces).
 *
 *   "wij willen"            two consecutive words
 *   "wil|wilt|willen"       one word, any of the alternatives
 *   "sensor*"               a word starting with "sensor" (sensoren, sensors, sensordata)
 *   "*camera*"              a word containing "camera" (kentekencameras, camerabeelden)
 *   "ai_assistent*"         "_" is an optional space: "ai assistent" or "aiassistent"
 *   "koppel* ~ gegevens"    "~" allows up to 3 words in between, "~~" up to 6
 *
 * Patterns never match across a sentence boundary: gaps only skip words, never the `.` token.
 */

const WORD = '[a-z0-9]';
const GAPS: Record<string, number> = { '~': 3, '~~': 6 };

function alternative(source: string): string {
  if (!/^\*?[a-z0-9_]+\*?$/.test(source)) throw new Error(`invalid pattern word: "${source}"`);
  const prefix = source.startsWith('*') ? `${WORD}*` : '';
  const suffix = source.endsWith('*') && source.length > 1 ? `${WORD}*` : '';
  const literal = source.replace(/^\*/, '').replace(/\*$/, '').replace(/_/g, ' ?');
  return prefix + literal + suffix;
}

function word(source: string): string {
  return `(?:${source.split('|').map(alternative).join('|')})`;
}

/** Compiles one phrase to a regular-expression source (without flags). */
export function phraseSource(phrase: string): string {
  const parts: string[] = [];
  let gap = 0;
  for (const token of phrase.trim().split(/\s+/)) {
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
  return `(?<!${WORD})${parts.join('')}(?!${WORD})`;
}

/** Compiles a list of phrases into one global regular expression. */
export function compile(phrases: readonly string[]): RegExp {
  return new RegExp(phrases.map(phraseSource).join('|'), 'g');
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
