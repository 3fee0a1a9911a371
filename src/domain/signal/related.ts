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

/**
 * Cases whose project name the text mentions: most of the name's telling words (all of them for
 * a name of one or two) occur in the text. Case numbers in the text count as well. At most `max`.
 */
export function relatedCases(text: string, cases: readonly NamedCase[], max = 3): string[] {
  const ids = new Set((text.match(CASE_ID) ?? []).map((id) => id.toUpperCase()));
  const words = new Set(wordsOf(text));
  const found = cases.filter((c) => ids.has(c.id));
  for (const c of cases) {
    if (ids.has(c.id) || !c.projectName) continue;
    const name = telling(c.projectName);
    if (name.length === 0) continue;
    const hits = name.filter((w) => words.has(w)).length;
    if (hits === name.length || (name.length > 2 && hits / name.length >= 2 / 3)) found.push(c);
  }
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
