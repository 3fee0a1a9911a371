import type { Locale } from './locale.js';
import type { ExpertiseTerm } from './values.js';

/**
 * The panel's expertise as a controlled vocabulary: every tag stored is a term's id; what people
 * type or older data holds ("algoritmen", "Algorithms", "AVG") is read through the terms' ids,
 * names and synonyms, without regard to case, accents or surrounding spaces.
 */

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();

/** The id of the term `word` names, if any. */
export function resolveExpertise(word: string, vocabulary: readonly ExpertiseTerm[]): string | undefined {
  const wanted = fold(word);
  if (!wanted) return undefined;
  return vocabulary.find((term) =>
    [term.id, term.name.nl, term.name.en, ...term.synonyms].some((w) => fold(w) === wanted),
  )?.id;
}

/** Words read as ids (each once, in order), and the words that name no term. */
export function normaliseExpertise(
  words: readonly string[],
  vocabulary: readonly ExpertiseTerm[],
): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const id = resolveExpertise(word, vocabulary);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else if (word.trim() && !unknown.includes(word.trim())) unknown.push(word.trim());
  }
  return { ids, unknown };
}

/** A term's name in `locale`; an id the vocabulary does not know, as it is. */
export function expertiseLabel(vocabulary: readonly ExpertiseTerm[], id: string, locale: Locale): string {
  return vocabulary.find((t) => t.id === id)?.name[locale] ?? id;
}
