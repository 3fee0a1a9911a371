import type { CaseRecord } from '../case/case.js';
import type { AdviceLetter, LetterContent } from './letter-types.js';

export type { AdviceLetter, LetterContent };

/** The letter's content from the case as it stands; undefined before the outcome is recorded. */
export function letterContent(c: CaseRecord): LetterContent | undefined {
  if (!c.assessment) return undefined;
  const present = new Set(c.assessment.panelPresent);
  const participants = (c.schedule?.participants ?? [])
    .filter((p) => p.role !== 'panel' || !p.panelId || present.has(p.panelId))
    .map((p) => ({ name: p.name, role: p.role }));
  return {
    caseId: c.id,
    projectName: c.intake.projectName ?? c.id,
    ...(c.intake.orgUnit ? { orgUnit: c.intake.orgUnit } : {}),
    heldAt: c.assessment.heldAt.slice(0, 10),
    reportUrl: c.assessment.reportUrl,
    participants,
    items: c.advice.map((a) => ({
      text: a.text,
      values: [...a.values],
      owner: a.ownerName ?? '',
      dueDate: a.dueDate,
      ...(a.decision ? { decision: a.decision } : {}),
      ...(a.decisionReason ? { decisionReason: a.decisionReason } : {}),
    })),
    ...(c.decision ? { decision: { overall: c.decision.overall, reason: c.decision.reason } } : {}),
  };
}

/** The case with a new letter version when its content changed since the last one (or there is none). */
export function withLetter(c: CaseRecord, actor: string, now: Date): CaseRecord {
  const content = letterContent(c);
  if (!content) return c;
  const letters = c.letters ?? [];
  const last = letters[letters.length - 1];
  if (last && JSON.stringify(last.content) === JSON.stringify(content)) return c;
  const letter: AdviceLetter = {
    version: (last?.version ?? 0) + 1,
    status: 'definitief',
    issuedAt: now.toISOString(),
    issuedBy: actor,
    content,
  };
  return { ...c, letters: [...letters, letter] };
}

/**
 * Erasure: the person's names and addresses in every text of the letter replaced, their id by the
 * alias; `redactName` for the fields that hold a name (a participant, an item's owner).
 */
export function eraseLetter(
  l: AdviceLetter,
  redact: (text: string) => string,
  redactName: (name: string) => string,
  id: string | undefined,
  alias: (id: string) => string,
): AdviceLetter {
  const c = l.content;
  return {
    ...l,
    issuedBy: id !== undefined ? alias(l.issuedBy) : l.issuedBy,
    content: {
      ...c,
      participants: c.participants.map((p) => ({ ...p, name: redactName(p.name) })),
      items: c.items.map((i) => ({
        ...i,
        text: redact(i.text),
        owner: redactName(i.owner),
        ...(i.decisionReason ? { decisionReason: redact(i.decisionReason) } : {}),
      })),
      ...(c.decision ? { decision: { ...c.decision, reason: redact(c.decision.reason) } } : {}),
    },
  };
}
