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

/** A possible duplicate found, with what it is compared by. */
interface Ranked {
  o: Comparable;
  similarity: number;
}

/** The order of possible duplicates: more similar first, then by case id. */
// Ties are common (in the bench data all 3,000 open cases score alike); case ids are ASCII
// (UTH-2026-001), where < orders them as localeCompare does, without a collator.
const ranksBefore = (a: Ranked, b: Ranked): boolean =>
  a.similarity > b.similarity || (a.similarity === b.similarity && a.o.id < b.o.id);

/** How `c` is compared with the others: its words, unit and technologies. */
function comparer(c: CaseRecord): (other: Comparable) => number | undefined {
  const mine = comparable(c);
  const tech = new Set<string>(mine.technologies);
  const withUnit = Boolean(c.intake.orgUnit);
  return (other) => {
    if (!other.candidate || other.id === mine.id) return undefined;
    const sameUnit = withUnit && mine.unit === other.unit;
    const score = jaccard(mine.words, other.words) + (sameUnit && shares(tech, other) ? 0.15 : 0);
    const similarity = Math.round(score * 100) / 100;
    return similarity < 0.25 ? undefined : similarity;
  };
}

const shares = (tech: ReadonlySet<string>, other: Comparable) => other.technologies.some((t) => tech.has(t));

function resultOf(c: CaseRecord, ranked: readonly Ranked[], limit: number): PossibleDuplicate[] {
  const tech = new Set<string>(c.intake.technologies ?? []);
  return ranked.slice(0, Math.max(0, limit)).map(({ o, similarity }) => ({
    caseId: o.id,
    similarity,
    sharedTechnologies: o.technologies.filter((t) => tech.has(t)),
  }));
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
  return resultOf(c, yield* rankedSteps(c, others, limit), limit);
}

/** The `keep` best possible duplicates of `c` among `others`, best first. */
function* rankedSteps(c: CaseRecord, others: Iterable<CaseRecord>, keep: number): Steps<Ranked[]> {
  // within a comparison every case's words must be in the same numbering
  if (comparing === 0 && wordNumbers.size > MAX_WORDS) {
    wordNumbers.clear();
    numbering++;
  }
  comparing++;
  try {
    const similarityTo = comparer(c);
    // only the best `keep` so far: thousands of open cases are similar in places (sorting every
    // similar one took most of a triage card's time)
    const best: Ranked[] = [];
    let n = 0;
    for (const o of others) {
      if (++n % 100 === 0) yield;
      if (keep <= 0) continue;
      const other = comparable(o);
      const similarity = similarityTo(other);
      if (similarity === undefined) continue;
      const found = { o: other, similarity };
      if (best.length === keep && !ranksBefore(found, best[keep - 1]!)) continue;
      let at = best.length === keep ? keep - 1 : best.length;
      while (at > 0 && ranksBefore(found, best[at - 1]!)) at--;
      best.splice(at, 0, found);
      if (best.length > keep) best.pop();
    }
    return best;
  } finally {
    comparing--;
  }
}

/** Team Uthiek's queue as the duplicate search needs it (the case index keeps it). */
export interface DuplicateQueue {
  queue(): readonly CaseRecord[];
  queueVersion(): number;
  /** The cases that entered, changed in or left the queue since `version`, or undefined if unknown. */
  queueChangesSince(version: number): ReadonlySet<string> | undefined;
  get(id: string): CaseRecord | undefined;
}

/**
 * What a search found for a case: its best possible duplicates in the queue at `version`, up to
 * `keep` of them. `complete`: they are all the queue has; else every other case ranks after the last.
 */
interface Found {
  /** What the case is compared by, as text: while it stays the same, so does every similarity to it. */
  signature: string;
  version: number;
  ranked: Ranked[];
  complete: boolean;
}

const signatureOf = (c: CaseRecord) =>
  JSON.stringify([c.intake.projectName, c.intake.purpose, c.intake.means, c.intake.orgUnit, c.intake.technologies]);

/**
 * possibleDuplicates over Team Uthiek's queue, kept between searches: when the queue changed by a
 * few cases (a decision, a submission), only those are compared again, instead of the thousands
 * of open cases. A triage decision does not change what its case is compared by, so the card made
 * after it (and the refresh of the card in the channel, later) need no search of the whole queue.
 */
export class DuplicateSearch {
  private readonly found = new Map<string, Found>();

  /** `keep`: how many are kept per case beyond those shown (the margin for cases that change). */
  constructor(
    private readonly keep = 20,
    private readonly maxCases = 256,
  ) {}

  find(c: CaseRecord, queue: DuplicateQueue, limit = 3): PossibleDuplicate[] {
    const signature = signatureOf(c);
    const version = queue.queueVersion();
    let found = this.found.get(c.id);
    if (found && (found.signature !== signature || (!found.complete && found.ranked.length < limit))) found = undefined;
    if (found && found.version !== version) found = this.updated(c, found, queue, version, limit);
    if (!found) {
      const ranked = finish(rankedSteps(c, queue.queue(), Math.max(this.keep, limit)));
      found = { signature, version, ranked, complete: ranked.length < Math.max(this.keep, limit) };
    }
    this.found.delete(c.id);
    this.found.set(c.id, found);
    if (this.found.size > this.maxCases) this.found.delete(this.found.keys().next().value!);
    return resultOf(c, found.ranked, limit);
  }

  /** `found` brought to the queue at `version` by comparing only the cases changed since; undefined if it cannot be. */
  private updated(
    c: CaseRecord,
    found: Found,
    queue: DuplicateQueue,
    version: number,
    limit: number,
  ): Found | undefined {
    const changed = queue.queueChangesSince(found.version);
    if (!changed) return undefined;
    const similarityTo = comparer(c);
    const ranked = found.ranked.filter((r) => !changed.has(r.o.id));
    for (const id of changed) {
      const doc = queue.get(id);
      if (!doc) continue;
      const other = comparable(doc);
      const similarity = similarityTo(other);
      if (similarity !== undefined) ranked.push({ o: other, similarity });
    }
    ranked.sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0));
    let complete = found.complete;
    // cases not kept rank after the last one kept: those that now rank after it too are not known to be next
    const horizon = found.ranked.at(-1);
    if (!complete && horizon) while (ranked.length && ranksBefore(horizon, ranked.at(-1)!)) ranked.pop();
    const keep = Math.max(this.keep, limit);
    if (ranked.length > keep) {
      ranked.length = keep;
      complete = false;
    }
    if (!complete && ranked.length < limit) return undefined;
    return { signature: found.signature, version, ranked, complete };
  }
}
