import type { personData } from '../../app/person-data.js';
import type { ErasurePreview } from '../../domain/privacy/erasure.js';
import type { Subject } from '../../domain/privacy/subject.js';
import type { Translate } from '../../i18n/index.js';
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
  const n = (count: number) => (count === 1 ? 'one' : 'other');
  const params = { ...p, openTexts: p.textsInOpenCases };
  return [
    turn.t(`erase.preview.records.${n(p.records)}`, params),
    turn.t(p.cases === 0 ? 'erase.preview.cases.none' : `erase.preview.cases.${n(p.cases)}`, params),
    p.events ? turn.t(`erase.preview.events.${n(p.events)}`, params) : '',
    p.texts ? turn.t(`erase.preview.texts.${n(p.texts)}`, params) : '',
    p.textsInOpenCases ? turn.t(`erase.preview.openTexts.${n(p.textsInOpenCases)}`, params) : '',
    p.mentions ? turn.t(`erase.preview.mentions.${n(p.mentions)}`, params) : '',
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
