import type { SignalRecord } from '../../domain/signal/signal.js';
import type { Translate } from '../../i18n/index.js';
import { signalReason } from '../../i18n/labels.js';
import { renderCard, type CardJson } from './render.js';

/** The invitation to register a project: what the bot noticed, why, and the answers. */
export function signalInviteCard(s: SignalRecord, t: Translate, inThread: boolean): CardJson {
  return renderCard('signal-invite', {
    t: {
      title: t('signal.invite.title'),
      body: inThread ? t('signal.invite.thread') : t('signal.invite.body'),
      why: t('signal.invite.why'),
      reasons: (s.reasons ?? [])
        .filter((r) => !r.code.startsWith('gate.'))
        .flatMap((r) => signalReason(t, r.code) ?? []),
      start: t('signal.invite.start'),
      notProject: t('signal.invite.notProject'),
      already: t('signal.invite.already'),
      quiet: t('signal.invite.quiet'),
      link: t('signal.invite.link'),
    },
    raw: { signalId: s.id, link: s.messageLink ?? '' },
  });
}

/** "Already registered": which case is it? The likely cases, and a search by number or project name. */
export function signalLinkCard(
  s: SignalRecord,
  t: Translate,
  input: { cases: { id: string; name: string; state: string }[]; notice?: string },
): CardJson {
  return renderCard('signal-link', {
    t: {
      title: t('signal.link.title'),
      intro: t('signal.link.intro'),
      notice: input.notice ?? '',
      choose: t('signal.link.chooseLabel'),
      noCases: t('signal.link.noCases'),
      query: t('signal.link.query'),
      link: t('signal.link.button'),
      start: t('signal.link.start'),
      notProject: t('signal.invite.notProject'),
    },
    data: {
      cases: input.cases.map((c) => ({ title: `${c.id} · ${c.name} (${c.state})`, value: c.id })),
    },
    raw: { signalId: s.id },
  });
}
