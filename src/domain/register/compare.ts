import type { CaseRecord, RegisterLink } from '../case/case.js';
import type { CaseState } from '../case/lifecycle.js';
import { currentDpia } from '../dpia/dpia.js';
import { nameKey, type LoadedEntry } from './parse.js';
import { isDpia, isUthiekAssessment } from './standard.js';

/**
 * The register's open-data file against the case records (audit 5.7: an entry claimed no
 * assessment had been done when one had). Each case with an algorithm is matched to an entry: the
 * one a member chose, else by the register's id or the case id in the entry, else by the link on
 * the case, else by name (a match by name is shown as such and can be corrected). Then the
 * contradictions are listed, as codes.
 */

export type MatchedBy = NonNullable<RegisterLink['matchedBy']>;

/** What is wrong between a case and the register. */
export type Contradiction =
  /** The case was assessed, but its entry lists no ethical assessment. */
  | 'assessment-not-listed'
  /** The entry lists the ethical assessment, but the case was not assessed. */
  | 'listed-not-assessed'
  /** The case's DPIA is done, but its entry lists no DPIA. */
  | 'dpia-not-listed'
  /** A case with an algorithm, accepted by Team Uthiek, with no entry in the register. */
  | 'not-in-register';

export interface CaseComparison {
  caseId: string;
  entry?: LoadedEntry;
  matchedBy?: MatchedBy;
  contradictions: Contradiction[];
  /** What the entry says, in the terms the case keeps (RegisterLink). */
  stated?: { statedAssessmentStatus: 'none' | 'done'; statedDpia: boolean };
}

export interface RegisterComparison {
  cases: CaseComparison[];
  /** Entries that list the ethical assessment although no case matches them. */
  assessedWithoutCase: LoadedEntry[];
  /** Entries no case matches (whatever they list). */
  unmatched: LoadedEntry[];
}

/** States in which a case with an algorithm should be in the register: Team Uthiek accepted it. */
const EXPECTED_IN_REGISTER: ReadonlySet<CaseState> = new Set([
  'accepted',
  'scheduled',
  'assessed',
  'follow-up',
  'closed',
]);

/** The register's id in a link to an entry (algoritmes.overheid.nl/nl/algoritme/<slug>/<id>), if any. */
const linkMentions = (link: string, id: string) => link.split(/[/?#]/).includes(id);

function match(c: CaseRecord, entries: readonly LoadedEntry[]): { entry: LoadedEntry; by: MatchedBy } | undefined {
  const r = c.register;
  if (r?.entryId) {
    const chosen = entries.find((e) => e.key === r.entryId);
    if (chosen) return { entry: chosen, by: r.matchedBy ?? 'member' };
  }
  if (r?.noEntry) return undefined;
  const byId = entries.find((e) => e.sourceId === c.id);
  if (byId) return { entry: byId, by: 'id' };
  const link = r?.entryUrl ?? c.intake.algorithmRegisterUrl;
  if (link) {
    const byLink = entries.find((e) => e.links.includes(link) || (e.lars !== undefined && linkMentions(link, e.lars)));
    if (byLink) return { entry: byLink, by: 'link' };
  }
  const name = c.intake.projectName;
  if (name) {
    const same = entries.filter((e) => nameKey(e.name) === nameKey(name));
    if (same.length === 1) return { entry: same[0]!, by: 'name' };
  }
  return undefined;
}

const listsAssessment = (e: LoadedEntry) => e.impactAssessments.some((r) => isUthiekAssessment(r.title));
const listsDpia = (e: LoadedEntry) => e.impactAssessments.some((r) => isDpia(r.title));

function contradictions(c: CaseRecord, entry: LoadedEntry | undefined): Contradiction[] {
  if (!entry) return EXPECTED_IN_REGISTER.has(c.state) ? ['not-in-register'] : [];
  const found: Contradiction[] = [];
  if (c.assessment && !listsAssessment(entry)) found.push('assessment-not-listed');
  if (!c.assessment && listsAssessment(entry)) found.push('listed-not-assessed');
  if (currentDpia(c)?.status === 'done' && !listsDpia(entry)) found.push('dpia-not-listed');
  return found;
}

/**
 * Compares the cases with an algorithm (the caller picks them) with the loaded entries. An entry
 * matched to one case is not matched to another by id, link or name.
 */
export function compareRegister(cases: readonly CaseRecord[], entries: readonly LoadedEntry[]): RegisterComparison {
  const taken = new Set<string>();
  const results: CaseComparison[] = [];
  // cases with a chosen or identifying match first, so a match by name never takes their entry
  const order = [...cases].sort((a, b) => Number(Boolean(b.register?.entryId)) - Number(Boolean(a.register?.entryId)));
  const byCase = new Map<string, CaseComparison>();
  for (const c of order) {
    const found = match(
      c,
      entries.filter((e) => !taken.has(e.key)),
    );
    if (found) taken.add(found.entry.key);
    byCase.set(c.id, {
      caseId: c.id,
      ...(found
        ? {
            entry: found.entry,
            matchedBy: found.by,
            stated: {
              statedAssessmentStatus: listsAssessment(found.entry) ? 'done' : 'none',
              statedDpia: listsDpia(found.entry),
            },
          }
        : {}),
      contradictions: contradictions(c, found?.entry),
    });
  }
  for (const c of cases) results.push(byCase.get(c.id)!);
  const unmatched = entries.filter((e) => !taken.has(e.key));
  return { cases: results, unmatched, assessedWithoutCase: unmatched.filter(listsAssessment) };
}

/**
 * The case's register link after a comparison: the matched entry and what it states, from the
 * file; or, when the entry it had from an earlier file is gone, that the register says nothing.
 * Undefined when nothing changes (so a reload of the same file writes nothing).
 */
export function linkFromComparison(c: CaseRecord, cmp: CaseComparison, now: string): RegisterLink | undefined {
  const before = c.register;
  if (!cmp.entry || !cmp.stated || !cmp.matchedBy) {
    // its entry left the register: the register no longer says anything about the assessment
    if (before?.source !== 'file' || !before.entryId) return undefined;
    return {
      ...(before.entryUrl ? { entryUrl: before.entryUrl } : {}),
      statedAssessmentStatus: 'none',
      statedDpia: false,
      source: 'file',
      checkedAt: now,
    };
  }
  if (
    before?.source === 'file' &&
    before.entryId === cmp.entry.key &&
    before.lars === cmp.entry.lars &&
    before.matchedBy === cmp.matchedBy &&
    before.statedAssessmentStatus === cmp.stated.statedAssessmentStatus &&
    before.statedDpia === cmp.stated.statedDpia
  )
    return undefined;
  return {
    ...(before?.entryUrl ? { entryUrl: before.entryUrl } : {}),
    entryId: cmp.entry.key,
    ...(cmp.entry.lars ? { lars: cmp.entry.lars } : {}),
    matchedBy: cmp.matchedBy,
    ...cmp.stated,
    source: 'file',
    checkedAt: now,
  };
}
