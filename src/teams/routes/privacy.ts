import { z } from 'zod';
import { erasePerson, erasurePreview, personData, subjectOf } from '../../app/person-data.js';
import { defineCardAction } from '../card-action-route.js';
import { eraseConfirmCard, myDataCard } from '../cards/privacy-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';

/** An Entra object id or an e-mail address; whether it names a known person is decided by findSubject. */
const SUBJECT = z.string().trim().min(3).max(254);
const EXPORT_VALID_MS = 60 * 60 * 1000;

export function registerPrivacy(app: App, deps: Deps): void {
  defineCommand(app, deps, { id: 'mydata', words: { nl: ['mijn gegevens'], en: ['my data'] }, help: 'help.cmd.mydata', audience: 'everyone' }, async (turn) => {
    if (!turn.actorId) return void (await turn.context.sendActivity(turn.t('common.unknownUser')));
    const data = personData(deps, turn.actorId);
    await deps.audit.record({ type: 'person.exported', actor: turn.actorId!, data: { subject: turn.actorId! } });
    const card = myDataCard(data, turn, deps.links.url(`/files/mydata/${turn.actorId}.json`, EXPORT_VALID_MS));
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  });

  defineCommand(app, deps, { id: 'erase', words: { nl: ['wis gegevens', 'verwijder gegevens'], en: ['erase data'] }, help: 'help.cmd.erase', audience: 'uthiek' }, async (turn, args) => {
    if (!(await deps.members.isMember(turn.actorId))) return void (await turn.context.sendActivity(turn.t('erase.notMember')));
    const input = SUBJECT.safeParse(args);
    if (!input.success) return void (await turn.context.sendActivity(turn.t('erase.usage')));
    const subject = await subjectOf(deps, input.data);
    if (!subject) return void (await turn.context.sendActivity(turn.t('erase.unknown')));
    const card = eraseConfirmCard(subject, erasurePreview(deps, subject), turn);
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
