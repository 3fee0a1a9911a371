/**
 * Typo tolerance for the longer technology words: a word within a small edit distance of a known
 * stem (Damerau–Levenshtein: insert, delete, substitute, swap neighbours) is rewritten to that
 * stem before the cue patterns run. "algortime" → "algoritme", "kentekenherkening" →
 * "kentekenherkenning", "camrabeelden" → "camerabeelden".
 */

/** Stems worth correcting, with the largest distance allowed. Short or common-looking words are left out on purpose. */
const STEMS: readonly [string, number][] = [
  ['algoritme', 1],
  ['algorithm', 1],
  ['kunstmatige', 2],
  ['intelligentie', 2],
  ['kentekenherkenning', 2],
  ['gezichtsherkenning', 2],
  ['beeldherkenning', 2],
  ['sensoren', 1],
  ['sensors', 1],
  ['camera', 1],
  ['cameras', 1],
  ['chatbot', 1],
  ['dashboard', 1],
  ['copilot', 1],
  ['chatgpt', 1],
  ['platform', 1],
  ['applicatie', 1],
  ['aanbesteding', 2],
  ['leverancier', 2],
  ['automatisch', 2],
  ['automatically', 2],
  ['voorspelmodel', 2],
  ['risicomodel', 1],
  ['spraakrobot', 2],
  ['persoonsgegevens', 2],
  ['artificial', 2],
  ['recognition', 2],
  ['surveillance', 2],
];

/** Real words that sit one typo away from a stem and must stay as they are. */
const KEEP = new Set(['senioren', 'seniors', 'senior', 'algemeen', 'kamers', 'camping', 'automaat', 'automaten']);

const MIN_LENGTH = 5;

/** Optimal-string-alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  const first = rows[0] as number[];
  for (let j = 0; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = row[0] as number;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The corrected form of one word, or the word itself. The first letter must match (typos there
 * are rare), and a mere truncation or extension of a stem is not a typo ("camera" in "cameras").
 */
export function correctWord(word: string): string {
  if (word.length < MIN_LENGTH || KEEP.has(word)) return word;
  if (STEMS.some(([stem]) => word.startsWith(stem))) return word;
  let best = word;
  let bestDistance = Infinity;
  for (const [stem, max] of STEMS) {
    if (stem[0] !== word[0] || word.startsWith(stem.slice(0, -1))) continue;
    for (let len = stem.length - max; len <= stem.length + max; len++) {
      if (len < MIN_LENGTH || len > word.length) continue;
      const head = word.slice(0, len);
      if (stem.startsWith(head) || head.startsWith(stem)) continue;
      const d = editDistance(head, stem, max);
      if (d <= max && d < bestDistance) {
        best = stem + word.slice(len);
        bestDistance = d;
      }
    }
  }
  return best;
}

/** Words corrected so far: the same words come back message after message. Bounded; started again when full. */
const corrected = new Map<string, string>();
const CORRECTED_LIMIT = 50_000;

/** Applies `correctWord` to every word of normalised text. */
export function correctTypos(text: string): string {
  if (text.length === 0) return text;
  return text
    .split(' ')
    .map((w) => {
      let c = corrected.get(w);
      if (c === undefined) {
        c = correctWord(w);
        if (corrected.size >= CORRECTED_LIMIT) corrected.clear();
        corrected.set(w, c);
      }
      return c;
    })
    .join(' ');
}
