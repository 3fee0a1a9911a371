import type { personData } from '../../app/person-data.js';
import type { ErasurePreview } from '../../domain/privacy/erasure.js';
import type { Subject } from '../../domain/privacy/subject.js';
import { plural, type PluralKey, type Translate } from '../../i18n/index.js';
import { formCard } from './form-card.js';
import type { CardJson } from './render.js';

type Ctx = { t: Translate };

/** What the bot holds about the person, counted, with a link to download all of it. */
export function myDataCard(data: ReturnType<typeof personData>, turn: Ctx, downloadUrl: string): CardJson {
  const locale = data.person?.locale;
  const prefs = [
    locale ? turn.t('mydata.prefs.language', { language: turn.t(`language.name.${locale}`) }) : '',
    data.person?.quiet ? turn.t('mydata.prefs.quiet') : '',
  ]
    .filter(Boolean)
    .join(' ');
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
  (card.actions as unknown[]).push({ type: 'Action.OpenUrl', title: turn.t('mydata.download'), url: downloadUrl });
  return card;
}

/** What erasure will change, in whole sentences, each with its count (a sentence for none only for cases). */
function previewText(p: ErasurePreview, turn: Ctx): string {
  const params = { ...p, openTexts: p.textsInOpenCases };
  const n = (key: PluralKey, count: number) => plural(turn.t, key, count, params);
  return [
    n('erase.preview.records', p.records),
    p.cases === 0 ? turn.t('erase.preview.cases.none', params) : n('erase.preview.cases', p.cases),
    p.events ? n('erase.preview.events', p.events) : '',
    p.texts ? n('erase.preview.texts', p.texts) : '',
    p.textsInOpenCases ? n('erase.preview.openTexts', p.textsInOpenCases) : '',
    p.mentions ? n('erase.preview.mentions', p.mentions) : '',
    turn.t('erase.preview.nothingElse'),
    turn.t('erase.preview.end'),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Who would be erased and what would go; nothing happens until it is confirmed. */
export function eraseConfirmCard(subject: Subject, preview: ErasurePreview, turn: Ctx): CardJson {
  const ids = [subject.id, ...subject.emails].filter(Boolean).join(', ');
  return formCard({
    title: turn.t('erase.confirmTitle'),
    subtitle: `${subject.names[0] ?? turn.t('erase.nameUnknown')} (${ids})`,
    intro: previewText(preview, turn),
    fields: [],
    actions: [
      {
        title: turn.t('erase.confirm'),
        verb: 'erase.confirm',
        payload: { subject: subject.id ?? subject.emails[0]! },
        style: 'destructive',
      },
    ],
  });
}
