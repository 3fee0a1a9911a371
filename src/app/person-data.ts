import { erasure } from '../domain/privacy/erasure.js';
import { eventsBy, involves, pseudonym } from '../domain/privacy/person-data.js';
import { findSubject, type Subject } from '../domain/privacy/subject.js';
import { translator } from '../i18n/index.js';
import type { PanelMember } from '../domain/schedule/panel.js';
import type { Stored } from '../store/store.js';
import type { AppDeps } from './deps.js';

/** Words the records put where a name would be; never taken for a person's name. */
const LABELS = (['nl', 'en'] as const).flatMap((l) =>
  (['who.lead', 'who.member', 'who.system', 'triage.unknownHandler'] as const).map((k) => translator(l)(k)),
);

/** Everything the bot holds about one person, as they may ask for it. */
export function personData(deps: AppDeps, subject: string) {
  const cases = deps.cases.all((c) => involves(c, subject));
  return {
    subject,
    exportedAt: deps.clock.now().toISOString(),
    person: deps.people.get(subject) ?? null,
    conversations: deps.conversations.ofUser(subject).map(({ id, kind, installedAt, updatedAt, unreachableSince }) => ({
      id,
      kind,
      installedAt,
      updatedAt,
      unreachableSince: unreachableSince ?? null,
    })),
    casesLed: cases.filter((c) => c.createdBy === subject || c.leadId === subject),
    casesInvolved: cases
      .filter((c) => c.createdBy !== subject && c.leadId !== subject)
      .map((c) => ({ id: c.id, state: c.state, projectName: c.intake.projectName ?? null })),
    signals: deps.signals.byAuthor(subject).map(({ id, status, createdAt, expiresAt, dismissReason, caseId }) => ({
      id,
      status,
      createdAt,
      expiresAt,
      dismissReason: dismissReason ?? null,
      caseId: caseId ?? null,
    })),
    panel: panelRecords(deps, subject),
    history: eventsBy(deps.audit.events(), subject),
    settingsChanged: deps.settings.changedBy(subject).map((s) => ({ id: s.id, updatedAt: s.updatedAt })),
  };
}

/** A panel member's own record (expertise, NDA and VOG dates, availability) and the expenses kept for them. */
function panelRecords(deps: AppDeps, subject: string) {
  const mine = deps.panel.all().filter((m) => m.teamsAadObjectId === subject);
  if (mine.length === 0) return [];
  const ids = new Set(mine.map((m) => m.id));
  const expenses = deps.cases
    .all((c) => Boolean(c.expenses?.some((e) => ids.has(e.panelId))))
    .flatMap((c) =>
      (c.expenses ?? [])
        .filter((e) => ids.has(e.panelId))
        .map(({ panelId, assessmentStart, travelCents, feeCents }) => ({
          panelId,
          caseId: c.id,
          assessmentStart,
          travelCents,
          feeCents,
        })),
    );
  // the store's revision number is bookkeeping, not something the bot holds about the person
  return mine.map(({ rev: _rev, ...m }: PanelMember & { rev?: number }) => ({
    ...m,
    expenses: expenses.filter((e) => e.panelId === m.id),
  }));
}

/** The known person `input` names (an object id or an e-mail address), or undefined. */
export async function subjectOf(deps: AppDeps, input: string): Promise<Subject | undefined> {
  const members = await deps.members.list();
  const namesOf = (id: string) => members.filter((m) => m.aadObjectId === id && m.name).map((m) => m.name!);
  return findSubject(input, deps.privacy.records(), { namesOf, labels: LABELS });
}

export const aliasOf = (deps: AppDeps, subject: Subject) =>
  pseudonym(subject.id ?? subject.emails[0]!, deps.privacy.pseudonymKey());

/** What erasing a known person would remove, for the confirmation card. */
export function erasurePreview(deps: AppDeps, subject: Subject) {
  return erasure(subject, aliasOf(deps, subject), deps.privacy.records()).preview();
}

/**
 * Erases a known person: their own records go, their id becomes a pseudonym, their names, e-mail
 * addresses and what they wrote go (src/domain/privacy/erasure.ts), in one history rewrite that
 * also records the erasure.
 */
export async function erasePerson(
  deps: AppDeps,
  subject: Subject,
  actor: string,
): Promise<{ pseudonym: string; count: number }> {
  const alias = aliasOf(deps, subject);
  const count = await deps.privacy.rewrite(() => {
    const edits = erasure(subject, alias, deps.privacy.records());
    return {
      doc: (collection, doc) => edits.doc(collection, doc as Stored & Record<string, unknown>) as Stored | null,
      event: edits.event,
      record: [{ type: 'person.erased', actor: actor === subject.id ? alias : actor, data: { subject: alias } }],
    };
  });
  deps.members.invalidate();
  deps.logger.info({ subject: alias, count, userId: actor === subject.id ? alias : actor }, 'person erased on request');
  return { pseudonym: alias, count };
}
