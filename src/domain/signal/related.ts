import { normalise } from './normalise.js';

/**
 * Which cases a message or a typed search may be about, by project name and case number, so
 * that "already registered with Uthiek" can point at the case instead of being believed blindly.
 */

export interface NamedCase {
  id: string;
  projectName?: string;
}

/** Words too common in project names to tell one project from another. */
const COMMON = new Set([
  'project',
  'pilot',
  'nieuw',
  'nieuwe',
  'voor',
  'met',
  'van',
  'het',
  'een',
  'de',
  'the',
  'and',
  'gemeente',
  'utrecht',
]);

const wordsOf = (text: string): string[] =>
  normalise(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !COMMON.has(w));

/**
 * The telling words of a project name, remembered: every channel message is compared with every
 * case's name, and normalising thousands of names per message was most of a message's cost.
 */
const NAME_CACHE_LIMIT = 50_000;
const nameWords = new Map<string, readonly string[]>();
function telling(projectName: string): readonly string[] {
  let words = nameWords.get(projectName);
  if (!words) {
    if (nameWords.size >= NAME_CACHE_LIMIT) nameWords.clear();
    words = [...new Set(wordsOf(projectName))];
    nameWords.set(projectName, words);
  }
  return words;
}

const CASE_ID = /\bUTH-\d{4}-\d{3,}\b/gi;

/** For each case in a list, its telling words; and for each word, the cases (by position) that have it. */
interface NameIndex {
  words: readonly (readonly string[])[];
  byWord: Map<string, number[]>;
}

/**
 * Built once per list: the case index hands out the same list until a case changes, and a new
 * list when one does. A list is therefore never changed after it has been passed in.
 */
const indexes = new WeakMap<readonly NamedCase[], NameIndex>();

function indexOf(cases: readonly NamedCase[]): NameIndex {
  let index = indexes.get(cases);
  if (index) return index;
  const byWord = new Map<string, number[]>();
  const words = cases.map((c, i) => {
    const name = c.projectName ? telling(c.projectName) : [];
    for (const w of name) {
      const at = byWord.get(w);
      if (at) at.push(i);
      else byWord.set(w, [i]);
    }
    return name;
  });
  index = { words, byWord };
  indexes.set(cases, index);
  return index;
}

/**
 * Cases whose project name the text mentions: most of the name's telling words (all of them for
 * a name of one or two) occur in the text. Case numbers in the text count as well. At most `max`.
 */
export function relatedCases(text: string, cases: readonly NamedCase[], max = 3): string[] {
  const ids = new Set((text.match(CASE_ID) ?? []).map((id) => id.toUpperCase()));
  const found = ids.size ? cases.filter((c) => ids.has(c.id)) : [];
  const { words, byWord } = indexOf(cases);
  const hits = new Map<number, number>();
  for (const w of new Set(wordsOf(text))) for (const i of byWord.get(w) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
  const named = [...hits]
    .filter(([i, n]) => {
      const size = words[i]!.length;
      return !ids.has(cases[i]!.id) && (n === size || (size > 2 && n / size >= 2 / 3));
    })
    .map(([i]) => i)
    .sort((a, b) => a - b);
  for (const i of named) found.push(cases[i]!);
  return found.slice(0, max).map((c) => c.id);
}

/**
 * Cases a typed search names: a case number, or words of a project name (every telling word of
 * the search in the name). Best matches first, at most `max`.
 */
export function searchCases(query: string, cases: readonly NamedCase[], max = 5): string[] {
  const id = query.trim().toUpperCase();
  if (/^UTH-\d{4}-\d{3,}$/.test(id)) return cases.filter((c) => c.id === id).map((c) => c.id);
  const words = [...new Set(wordsOf(query))];
  if (words.length === 0) return [];
  return cases
    .filter((c) => {
      const name = telling(c.projectName ?? '');
      return words.every((w) => name.includes(w) || name.some((n) => n.startsWith(w)));
    })
    .slice(0, max)
    .map((c) => c.id);
}
