import { z } from 'zod';
import { erasure } from '../../domain/privacy/erasure.js';
import { eventsBy, involves, pseudonym } from '../../domain/privacy/person-data.js';
import { findSubject, type Subject } from '../../domain/privacy/subject.js';
import type { Stored } from '../../store/store.js';
import { defineCardAction } from '../card-action-route.js';
import { formCard } from '../cards/form-card.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import { translator } from '../../i18n/index.js';

/** An Entra object id or an e-mail address; whether it names a known person is decided by findSubject. */
const SUBJECT = z.string().trim().min(3).max(254);
const EXPORT_VALID_MS = 60 * 60 * 1000;
/** Words the records put where a name would be; never taken for a person's name. */
const LABELS = (['nl', 'en'] as const).flatMap((l) => (['who.lead', 'who.member', 'who.system', 'triage.unknownHandler'] as const).map((k) => translator(l)(k)));
/** Everything the bot holds about one person, as they may ask for it. */
export function personData(deps: Deps, subject: string) {
  const cases = deps.cases.all((c) => involves(c, subject));
  return {
    subject,
    exportedAt: deps.clock.now().toISOString(),
    person: deps.people.get(subject) ?? null,
    conversations: deps.conversations.ofUser(subject).map(({ id, kind, installedAt, updatedAt, unreachableSince }) => ({ id, kind, installedAt, updatedAt, unreachableSince: unreachableSince ?? null })),
    casesLed: cases.filter((c) => c.createdBy === subject || c.leadId === subject),
    casesInvolved: cases.filter((c) => c.createdBy !== subject && c.leadId !== subject).map((c) => ({ id: c.id, state: c.state, projectName: c.intake.projectName ?? null })),
    signals: deps.signals.byAuthor(subject).map(({ id, status, createdAt, expiresAt, dismissReason, caseId }) => ({ id, status, createdAt, expiresAt, dismissReason: dismissReason ?? null, caseId: caseId ?? null })),
    history: eventsBy(deps.audit.events(), subject),
    settingsChanged: deps.settings.changedBy(subject).map((s) => ({ id: s.id, updatedAt: s.updatedAt })),
  };
}

/** The known person `input` names (an object id or an e-mail address), or undefined. */
async function subjectOf(deps: Deps, input: string): Promise<Subject | undefined> {
  const members = await deps.members.list();
  const namesOf = (id: string) => members.filter((m) => m.aadObjectId === id && m.name).map((m) => m.name!);
  return findSubject(input, deps.privacy.records(), { namesOf, labels: LABELS });
}

const aliasOf = (deps: Deps, subject: Subject) => pseudonym(subject.id ?? subject.emails[0]!, deps.privacy.pseudonymKey());

/**
 * Erases a known person: their own records go, their id becomes a pseudonym, their names, e-mail
 * addresses and what they wrote go (src/domain/privacy/erasure.ts), in one history rewrite that
 * also records the erasure.
 */
export async function erasePerson(deps: Deps, subject: Subject, actor: string): Promise<{ pseudonym: string; count: number }> {
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

export function registerPrivacy(app: App, deps: Deps): void {
  defineCommand(app, deps, { id: 'mydata', words: { nl: ['mijn gegevens'], en: ['my data'] }, help: 'help.cmd.mydata', audience: 'everyone' }, async (turn) => {
    if (!turn.actorId) return void (await turn.context.sendActivity(turn.t('common.unknownUser')));
    const data = personData(deps, turn.actorId);
    await deps.audit.record({ type: 'person.exported', actor: turn.actorId!, data: { subject: turn.actorId! } });
    const prefs = [data.person?.locale ? `locale ${data.person.locale}` : '', data.person?.quiet ? 'stil' : ''].filter(Boolean).join(', ');
    const card = formCard({
      title: turn.t('mydata.title'),
      intro: turn.t('mydata.summary', {
        prefs: prefs || turn.t('mydata.prefsNone'),
        conversations: data.conversations.length,
        cases: data.casesLed.length + data.casesInvolved.length,
        signals: data.signals.length,
        events: data.history.length,
      }),
      notice: turn.t('mydata.note'),
      fields: [],
      actions: [],
    });
    (card.actions as unknown[]).push({ type: 'Action.OpenUrl', title: turn.t('mydata.download'), url: deps.links.url(`/files/mydata/${turn.actorId}.json`, EXPORT_VALID_MS) });
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  });

  defineCommand(app, deps, { id: 'erase', words: { nl: ['wis gegevens', 'verwijder gegevens'], en: ['erase data'] }, help: 'help.cmd.erase', audience: 'uthiek' }, async (turn, args) => {
    if (!(await deps.members.isMember(turn.actorId))) return void (await turn.context.sendActivity(turn.t('erase.notMember')));
    const input = SUBJECT.safeParse(args);
    if (!input.success) return void (await turn.context.sendActivity(turn.t('erase.usage')));
    const subject = await subjectOf(deps, input.data);
    if (!subject) return void (await turn.context.sendActivity(turn.t('erase.unknown')));
    const preview = erasure(subject, aliasOf(deps, subject), deps.privacy.records()).preview();
    const key = subject.id ?? subject.emails[0]!;
    const card = formCard({
      title: turn.t('erase.confirmTitle'),
      subtitle: `${subject.names[0] ?? turn.t('erase.nameUnknown')} (${[subject.id, ...subject.emails].filter(Boolean).join(', ')})`,
      intro: turn.t('erase.confirmText', { ...preview, openTexts: preview.textsInOpenCases }),
      fields: [],
      actions: [{ title: turn.t('erase.confirm'), verb: 'erase.confirm', payload: { subject: key }, style: 'destructive' }],
    });
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  });

  defineCardAction(app, deps, 'erase.confirm', z.object({ subject: SUBJECT }).passthrough(), async (turn, data) => {
    if (!(await deps.members.isMember(turn.actorId))) return turn.t('erase.notMember');
    const subject = await subjectOf(deps, data.subject);
    if (!subject) return noticeCard(turn.t('erase.gone'));
    const result = await erasePerson(deps, subject, turn.actorId!);
    return noticeCard(turn.t('erase.done', { pseudonym: result.pseudonym, count: result.count }));
  });
}
