/**
 * Text normalisation for the signal detector.
 *
 * A Teams message arrives as HTML (mentions, paragraphs, entities). The detector works on a
 * plain, predictable form: lowercase ASCII words separated by single spaces, with every
 * sentence boundary written as a lone `.` token so that phrase patterns never run across
 * two sentences.
 */
import { replaceMentions, replaceTags, tagNamed } from '../text/html.js';

/**
 * Emoji that mark a message as a joke (since round 10 of issue 20 also the rolled eyes and the
 * unamused face of sarcasm); each becomes the token `haha`. A nervous smile (U+1F605) is left out on
 * purpose: it softens a real question ("no DPIA yet 😅") rather than making it a joke.
 */
const JOKE_EMOJI =
  /[\u{1F601}\u{1F604}\u{1F602}\u{1F923}\u{1F606}\u{1F61C}\u{1F61D}\u{1F61B}\u{1F643}\u{1F609}\u{1F92A}\u{1F644}\u{1F612}]/gu;

/** Organisations named "Platform X" or "Stichting X" are names, not technology. */
const ORGANISATION_NAME = /\b(?:Platform|Stichting|Werkgroep|Vereniging)\s+[A-Z][\p{L}]+/gu;

/** Sentence boundaries: `?` ends a question, `.` any other sentence. */
const BOUNDARIES = new Set(['.', '?']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Dutch and English abbreviations whose dots are not sentence ends. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bi\.p\.v\.?/gi, 'ipv'],
  [/\bo\.a\.?/gi, 'oa'],
  [/\bbijv\./gi, 'bijv'],
  [/\be\.g\.?/gi, 'eg'],
  [/\bi\.e\.?/gi, 'ie'],
  [/\bz\.s\.m\.?/gi, 'zsm'],
  [/\bo\.?b\.?v\.?(?=\s|$)/gi, 'op basis van'],
  [/\bm\.?b\.?v\.?(?=\s|$)/gi, 'met behulp van'],
  // "ja/nee?", "yes/no?", "go/no go?", "y/n": one word, so the tag does not make a short question long.
  [/\b(?:ja\s*\/\s*nee|yes\s*\/\s*no|go\s*\/\s*no[\s-]?go|y\s*\/\s*n|j\s*\/\s*n)\b/gi, ' yesno '],
];

/**
 * Removes HTML: Teams mentions (`<at>…</at>`) disappear with their text, line and paragraph
 * ends become sentence ends, other tags become spaces. Linear in the length of the text (see
 * domain/text/html.ts); the same result as the regexes `/<at\b[^>]*>[\s\S]*?<\/at>/gi → ' '`,
 * `/<(?:br|\/p|\/div|\/li)\b[^>]*>/gi → ' . '`, `/<[^>]*>/g → ' '` applied in that order.
 */
export function stripHtml(input: string): string {
  const breaks = ['br', '/p', '/div', '/li'];
  const withoutMentions = replaceMentions(input, ' ');
  const withBreaks = replaceTags(withoutMentions, (text, lt) =>
    breaks.some((name) => tagNamed(text, lt, name)) ? ' . ' : undefined,
  );
  return replaceTags(withBreaks, () => ' ').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Collapses a run of three or more equal letters to two ("pikkken" → "pikken", "sooo" → "soo"). */
export function collapseRepeats(word: string): string {
  return word.replace(/([a-z])\1{2,}/g, '$1$1');
}

/** Lowercase ASCII without diacritics ("één" → "een", "cliënt" → "client"). */
export function foldCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** An item of an inline list: "- a - b", "• a", "1) a 2) b", "a) … b) …". */
const BULLET = /(?:^|\s)(?:[-–—•▪*]|\(?(?:\d{1,2}|[a-h])\))(?=\s)/gu;

/**
 * Items of a list typed on one line ("Weekupdate: - mailbox leeg - chatbot voor de zomer - …",
 * "notes: 1) budget 2) …") start a sentence of their own, as they would on separate lines. Only
 * when the message has at least two such marks: a single dash is usually a pause in a sentence.
 */
function splitInlineList(text: string): string {
  BULLET.lastIndex = 0;
  let marks = 0;
  while (BULLET.exec(text) !== null && marks < 2) marks++;
  BULLET.lastIndex = 0;
  return marks < 2 ? text : text.replace(BULLET, ' . ');
}

/**
 * Normalised word sequence: `"Wij willen camera's! Mag dat?"` → `"wij willen cameras . mag dat ?"`.
 * Apostrophes vanish (camera's → cameras), hyphens and other symbols split words, a dot inside a
 * word (utrecht.nl) splits it, the items of a list typed on one line are sentences, a question mark becomes the token `?`, other sentence punctuation and
 * line breaks become the token `.`. A trailing `.` is dropped, a trailing `?` kept.
 */
export function normalise(input: string): string {
  for (let k = 0; k < recent.length; k += 2) if (recent[k] === input) return recent[k + 1] as string;
  const output = normaliseNow(input);
  recent.unshift(input, output);
  recent.length = Math.min(recent.length, 2 * RECENT);
  return output;
}

/** The detector reads at most this much of a message; a Teams message is at most ~28,000 characters. */
export const MAX_MESSAGE_CHARS = 40_000;

/** A message as the detector reads it, the rules and the learned part alike: its first MAX_MESSAGE_CHARS, normalised. */
export function normaliseMessage(message: string): string {
  return normalise(message.length > MAX_MESSAGE_CHARS ? message.slice(0, MAX_MESSAGE_CHARS) : message);
}

/**
 * The last few texts normalised and their results (input, output, input, output…): the detector
 * normalises a message once (normaliseMessage) for its rules and learned part; the fingerprint
 * and the case-name look-up of a signal normalise the same text again.
 */
const RECENT = 4;
const recent: string[] = [];

function normaliseNow(input: string): string {
  let text = splitInlineList(stripHtml(input))
    .replace(JOKE_EMOJI, ' haha . ')
    .replace(ORGANISATION_NAME, ' organisatienaam ');
  for (const [pattern, replacement] of ABBREVIATIONS) text = text.replace(pattern, replacement);
  text = foldCase(text)
    .replace(/['’‘`´]/g, '')
    .replace(/(\d)[.,](\d)/g, '$1$2')
    .replace(/([a-z0-9])\.([a-z]{2,})\b/g, '$1 $2')
    .replace(/\?+/g, ' ? ')
    .replace(/[.!;:\n\r]+/g, ' . ')
    .replace(/[^a-z0-9.?]+/g, ' ');
  const words = text.split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  for (const word of words) {
    const w = BOUNDARIES.has(word) ? word : collapseRepeats(word.replace(/[.?]/g, ''));
    if (w.length === 0) continue;
    const last = out[out.length - 1];
    if (BOUNDARIES.has(w) && (last === undefined || BOUNDARIES.has(last))) {
      if (w === '?' && last === '.') out[out.length - 1] = '?';
      continue;
    }
    out.push(w);
  }
  if (out[out.length - 1] === '.') out.pop();
  return out.join(' ');
}
