import type { CaseRecord } from '../case/case.js';
import { isOpen } from '../case/lifecycle.js';
import { finish, type Steps } from '../report/steps.js';
import { normalise } from '../signal/normalise.js';

const STOP = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'voor',
  'met',
  'in',
  'op',
  'te',
  'die',
  'dat',
  'the',
  'a',
  'an',
  'and',
  'of',
  'for',
  'with',
  'to',
  'om',
  'als',
  'door',
  'bij',
  'aan',
]);

interface Comparable {
  id: string;
  /** Whether this version of the case can be a duplicate: open and past intake. */
  candidate: boolean;
  /** The distinct words, as numbers (see wordNumber), in ascending order. */
  words: Int32Array;
  unit: string;
  technologies: readonly string[];
  /** The numbering the words are in. */
  numbering: number;
}

/** A number for each word compared so far: sets of numbers in order intersect quickly. */
const wordNumbers = new Map<string, number>();
/** Started again (and every case's words numbered again) when it grows this large. */
const MAX_WORDS = 200_000;
let numbering = 0;
const wordNumber = (w: string): number => {
  let n = wordNumbers.get(w);
  if (n === undefined) {
    n = wordNumbers.size;
    wordNumbers.set(w, n);
  }
  return n;
};

/**
 * What a case is compared by, worked out once per version of the case: stored cases are frozen
 * and replaced on every change, so the case object itself is the key (and its entry goes with it).
 * The search reads only these (objects of one shape), not the case documents (of many shapes).
 */
const comparables = new WeakMap<CaseRecord, Comparable>();

function comparable(c: CaseRecord): Comparable {
  let known = comparables.get(c);
  if (!known || known.numbering !== numbering) {
    const text = `${c.intake.projectName ?? ''} ${c.intake.projectName ?? ''} ${c.intake.purpose ?? ''} ${c.intake.means ?? ''} ${c.intake.orgUnit ?? ''}`;
    const words = new Set(
      normalise(text)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 2 && !STOP.has(w)),
    );
    known = {
      id: c.id,
      candidate: isOpen(c.state) && c.state !== 'intake',
      words: Int32Array.from(words, wordNumber).sort(),
      unit: normalise(c.intake.orgUnit ?? ''),
      technologies: c.intake.technologies ?? [],
      numbering,
    };
    if (Object.isFrozen(c) && Object.isFrozen(c.intake)) comparables.set(c, known);
  }
  return known;
}

/** Words in both over words in either; a and b are distinct numbers in ascending order. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let both = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both++;
      i++;
      j++;
    }
  }
  return both / (a.length + b.length - both);
}

export interface PossibleDuplicate {
  caseId: string;
  similarity: number;
  sharedTechnologies: string[];
}

/**
 * Open cases that may describe the same project: similar words in name and purpose, or the
 * same organisational unit with overlapping technology. A hint for a person, never a decision.
 */
export const possibleDuplicates = (c: CaseRecord, others: Iterable<CaseRecord>, limit = 3): PossibleDuplicate[] =>
  finish(possibleDuplicatesSteps(c, others, limit));

/**
 * Works out, a hundred cases per step, what the open cases are compared by, so that the first
 * triage card after a start does not spend its time on that. Optional: the results are the same.
 */
export function* comparablesSteps(cases: Iterable<CaseRecord>): Steps<void> {
  let n = 0;
  for (const c of cases) {
    if (isOpen(c.state) && c.state !== 'intake') comparable(c);
    if (++n % 100 === 0) yield;
  }
}

/** Comparisons under way (in steps): the word numbering is started again only when there are none. */
let comparing = 0;

/**
 * possibleDuplicates in steps of a hundred cases, between which the caller may let turns run (the
 * first comparison after a start works out every open case's words: thousands of them).
 */
export function* possibleDuplicatesSteps(
  c: CaseRecord,
  others: Iterable<CaseRecord>,
  limit = 3,
): Steps<PossibleDuplicate[]> {
  // within a comparison every case's words must be in the same numbering
  if (comparing === 0 && wordNumbers.size > MAX_WORDS) {
    wordNumbers.clear();
    numbering++;
  }
  comparing++;
  try {
    const mine = comparable(c);
    const tech = new Set(mine.technologies);
    const sharedWith = (o: Comparable) => o.technologies.filter((t) => tech.has(t));
    // the best `limit` so far, best first: thousands of open cases are similar in places, and only
    // these few get a result (sorting every similar one took most of a triage card's time)
    const best: { o: Comparable; similarity: number }[] = [];
    // ties are common (in the bench data all 3,000 open cases score alike); case ids are ASCII
    // (UTH-2026-001), where < orders them as localeCompare does, without a collator
    const before = (similarity: number, id: string, than: { o: Comparable; similarity: number }) =>
      similarity > than.similarity || (similarity === than.similarity && id < than.o.id);
    const withUnit = Boolean(c.intake.orgUnit);
    let n = 0;
    for (const o of others) {
      if (++n % 100 === 0) yield;
      const other = comparable(o);
      if (!other.candidate || other.id === mine.id) continue;
      const sameUnit = withUnit && mine.unit === other.unit;
      const score = jaccard(mine.words, other.words) + (sameUnit && sharedWith(other).length ? 0.15 : 0);
      const similarity = Math.round(score * 100) / 100;
      if (similarity < 0.25 || limit <= 0) continue;
      if (best.length === limit && !before(similarity, other.id, best[limit - 1]!)) continue;
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(similarity, other.id, best[at - 1]!)) at--;
      best.splice(at, 0, { o: other, similarity });
      if (best.length > limit) best.pop();
    }
    return best.map(({ o, similarity }) => ({ caseId: o.id, similarity, sharedTechnologies: sharedWith(o) }));
  } finally {
    comparing--;
  }
}
