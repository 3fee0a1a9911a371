import { z } from 'zod';
import { erasePerson, erasurePreview, personData, subjectOf } from '../../app/person-data.js';
import { eraseConfirmCard, myDataCard } from '../cards/privacy-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment } from '../cards/render.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import { plural } from '../../i18n/index.js';

/** An Entra object id or an e-mail address; whether it names a known person is decided by findSubject. */
const SUBJECT = z.string().trim().min(3).max(254);
const EXPORT_VALID_MS = 60 * 60 * 1000;

/** "mijn gegevens": everything the bot holds about the person, as a download. */
export const myData = command({
  id: 'mydata',
  words: { nl: ['mijn gegevens'], en: ['my data'] },
  help: 'help.cmd.mydata',
  audience: 'everyone',
  async handle(turn, _args, deps) {
    // the download link opens the person's data: it is for their eyes only
    if (turn.kind !== 'personal') return void (await turn.context.sendActivity(turn.t('privacy.personalOnly')));
    const data = personData(deps, turn.actor.id);
    await deps.audit.record({ type: 'person.exported', actor: turn.actor.id, data: { subject: turn.actor.id } });
    const card = myDataCard(data, turn, deps.links.url(`/files/mydata/${turn.actor.id}.json`, EXPORT_VALID_MS));
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  },
});

const ONLY_UTHIEK = { audience: 'uthiek', refused: 'erase.notMember' } as const;

/** "wis gegevens <id or address>": shows who and what would be erased, for a member to confirm. */
export const erase = command({
  id: 'erase',
  words: { nl: ['wis gegevens', 'verwijder gegevens'], en: ['erase data'] },
  help: 'help.cmd.erase',
  ...ONLY_UTHIEK,
  async handle(turn, args, deps) {
    // the confirmation names the person and what the bot holds about them
    if (turn.kind !== 'personal') return void (await turn.context.sendActivity(turn.t('privacy.personalOnly')));
    const input = SUBJECT.safeParse(args);
    if (!input.success) return void (await turn.context.sendActivity(turn.t('erase.usage')));
    const subject = await subjectOf(deps, input.data);
    if (!subject) return void (await turn.context.sendActivity(turn.t('erase.unknown')));
    const card = eraseConfirmCard(subject, erasurePreview(deps, subject), turn);
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  },
});

export const confirmErase = cardAction({
  ...ONLY_UTHIEK,
  schema: z.object({ subject: SUBJECT }).passthrough(),
  async handle(turn, data, deps) {
    const subject = await subjectOf(deps, data.subject);
    if (!subject) return noticeCard(turn.t('erase.gone'));
    const result = await erasePerson(deps, subject, turn.actor.id);
    return noticeCard(plural(turn.t, 'erase.done', result.count, { pseudonym: result.pseudonym, count: result.count }));
  },
});
