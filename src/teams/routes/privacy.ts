import { z } from 'zod';
import type { CaseRecord } from '../../domain/case/case.js';
import { anonymiseCase, dueForAnonymising, eventsBy, involves, pseudonym, replaceId } from '../../domain/privacy/person-data.js';
import type { JobOutcome } from '../../jobs/job.js';
import type { Stored } from '../../store/store.js';
import { defineCardAction } from '../card-action-route.js';
import { formCard } from '../cards/form-card.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';

/** An Entra object id is a GUID; any id-like word is accepted, an unknown one simply changes nothing. */
const PERSON_ID = /^[\w-]{3,60}$/;
const EXPORT_VALID_MS = 60 * 60 * 1000;
const DONE_JOBS_KEEP_MS = 30 * 86_400_000;
/** Teams resends within minutes; two days is plenty to recognise a resent message. */
const INBOX_KEEP_MS = 2 * 86_400_000;

/** Everything the bot holds about one person, as they may ask for it. */
export function personData(deps: Deps, subject: string) {
  const cases = deps.cases.all((c) => involves(c, subject));
  return {
    subject,
    exportedAt: deps.clock.now().toISOString(),
    person: deps.store.get('people', subject) ?? null,
    conversations: deps.store.find('conversations', (c) => c.userId === subject).map(({ id, kind, installedAt, updatedAt, unreachableSince }) => ({ id, kind, installedAt, updatedAt, unreachableSince: unreachableSince ?? null })),
    casesLed: cases.filter((c) => c.createdBy === subject || c.leadId === subject),
    casesInvolved: cases.filter((c) => c.createdBy !== subject && c.leadId !== subject).map((c) => ({ id: c.id, state: c.state, projectName: c.intake.projectName ?? null })),
    signals: deps.store.find('signals', (s) => s.authorId === subject).map(({ id, status, createdAt, expiresAt, dismissReason, caseId }) => ({ id, status, createdAt, expiresAt, dismissReason: dismissReason ?? null, caseId: caseId ?? null })),
    history: eventsBy(deps.store.events(), subject),
    settingsChanged: deps.store.find('settings', (s) => s.updatedBy === subject).map((s) => ({ id: s.id, updatedAt: s.updatedAt })),
  };
}

/** Removes a person: their own records go, their id in cases and history becomes a pseudonym. */
export async function erasePerson(deps: Deps, subject: string, actor: string): Promise<{ pseudonym: string; count: number }> {
  const alias = pseudonym(subject);
  const personal = new Set(['people', 'inbox']);
  const count = await deps.store.rewriteHistory({
    doc: (collection, doc) => {
      if (personal.has(collection) && doc.id === subject) return null;
      if (collection === 'conversations' && (doc as { userId?: string }).userId === subject) return null;
      if (collection === 'signals' && (doc as { authorId?: string }).authorId === subject) return null;
      if (collection === 'staff' && doc.id === subject) return null;
      return replaceId(doc, subject, alias) as Stored;
    },
    event: (e) => replaceId(e, subject, alias),
  });
  await deps.store.transact((tx) => tx.record({ type: 'person.erased', actor, data: { subject: alias } }));
  deps.members.invalidate();
  deps.logger.info({ subject: alias, count, userId: actor }, 'person erased on request');
  return { pseudonym: alias, count };
}

export function registerPrivacy(app: App, deps: Deps): void {
  defineCommand(app, deps, { id: 'mydata', words: { nl: ['mijn gegevens'], en: ['my data'] }, help: 'help.cmd.mydata', audience: 'everyone' }, async (turn) => {
    if (!turn.actorId) return void (await turn.context.sendActivity(turn.t('common.unknownUser')));
    const data = personData(deps, turn.actorId);
    await deps.store.transact((tx) => tx.record({ type: 'person.exported', actor: turn.actorId!, data: { subject: turn.actorId! } }));
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
    const subject = args.trim().toLowerCase();
    if (!PERSON_ID.test(subject)) return void (await turn.context.sendActivity(turn.t('erase.usage')));
    const card = formCard({
      title: turn.t('erase.confirmTitle', { subject }),
      intro: turn.t('erase.confirmText'),
      fields: [],
      actions: [{ title: turn.t('erase.confirm'), verb: 'erase.confirm', payload: { subject }, style: 'destructive' }],
    });
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  });

  defineCardAction(app, deps, 'erase.confirm', z.object({ subject: z.string().min(3).max(60) }).passthrough(), async (turn, data) => {
    if (!(await deps.members.isMember(turn.actorId))) return turn.t('erase.notMember');
    const result = await erasePerson(deps, data.subject.toLowerCase(), turn.actorId!);
    return noticeCard(turn.t('erase.done', { pseudonym: result.pseudonym, count: result.count }));
  });
}

/**
 * Retention, once a day: finished cases past RETENTION_DAYS lose their personal data (the
 * figures stay, the people go), and finished jobs older than a month are removed.
 */
export function registerRetention(deps: Deps): void {
  deps.jobs.register(
    'retention.sweep',
    async (): Promise<JobOutcome> => {
      const now = deps.clock.now();
      const due = deps.cases.all((c) => dueForAnonymising(c, now, deps.config.retentionDays));
      if (due.length) await anonymise(deps, due, now);
      await deps.store.transact((tx) => {
        for (const job of deps.store.find('jobs', (j) => (j.status === 'done' || j.status === 'failed') && Date.parse(j.updatedAt) + DONE_JOBS_KEEP_MS < now.getTime())) tx.delete('jobs', job.id);
        for (const seen of deps.store.find('inbox', (i) => Date.parse(i.at) + INBOX_KEEP_MS < now.getTime())) tx.delete('inbox', seen.id);
        const tomorrow = new Date(now.getTime() + 86_400_000);
        deps.jobs.enqueueIn(tx, { id: `retention.sweep:${tomorrow.toISOString().slice(0, 10)}`, kind: 'retention.sweep', dueAt: tomorrow });
      });
      if (due.length) deps.logger.info({ anonymised: due.length }, 'retention: cases anonymised');
      return { status: 'done' };
    },
    'retry',
  );
  void deps.jobs.enqueue({ id: `retention.sweep:start:${deps.clock.now().toISOString()}`, kind: 'retention.sweep', dueAt: deps.clock.now() });
}

/** One rewrite for all cases due: their documents lose personal data, their events the people's ids. */
async function anonymise(deps: Deps, cases: CaseRecord[], now: Date): Promise<void> {
  const peopleByCase = new Map(
    cases.map((c) => [c.id, [c.createdBy, c.leadId, c.triage?.handlerId, c.triage?.decidedBy, ...c.advice.map((a) => a.ownerId)].filter((x): x is string => Boolean(x) && x !== 'anonymised')]),
  );
  await deps.store.rewriteHistory({
    doc: (collection, doc) => (collection === 'cases' && peopleByCase.has(doc.id) ? (anonymiseCase(doc as CaseRecord, now) as unknown as Stored) : doc),
    event: (e) => {
      const people = e.caseId ? peopleByCase.get(e.caseId) : undefined;
      if (!people) return e;
      const scrub = <T>(v: T) => people.reduce((acc, p) => replaceId(acc, p, 'anonymised'), v);
      return scrub(e);
    },
  });
}
