import type { CaseRecord } from '../case/case.js';
import { isOpen } from '../case/lifecycle.js';
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

function words(c: CaseRecord): Set<string> {
  const text = `${c.intake.projectName ?? ''} ${c.intake.projectName ?? ''} ${c.intake.purpose ?? ''} ${c.intake.means ?? ''} ${c.intake.orgUnit ?? ''}`;
  return new Set(
    normalise(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
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
export function possibleDuplicates(c: CaseRecord, others: readonly CaseRecord[], limit = 3): PossibleDuplicate[] {
  const mine = words(c);
  const tech = new Set(c.intake.technologies ?? []);
  return others
    .filter((o) => o.id !== c.id && isOpen(o.state) && o.state !== 'intake')
    .map((o) => {
      const shared = (o.intake.technologies ?? []).filter((t) => tech.has(t));
      const sameUnit =
        Boolean(c.intake.orgUnit) && normalise(c.intake.orgUnit ?? '') === normalise(o.intake.orgUnit ?? '');
      const score = jaccard(mine, words(o)) + (sameUnit && shared.length ? 0.15 : 0);
      return { caseId: o.id, similarity: Math.round(score * 100) / 100, sharedTechnologies: shared };
    })
    .filter((d) => d.similarity >= 0.25)
    .sort((a, b) => b.similarity - a.similarity || a.caseId.localeCompare(b.caseId))
    .slice(0, limit);
}
