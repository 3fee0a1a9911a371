import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliver } from '../../app/delivery.js';
import { noticeOf, type HandlerNotice } from '../../app/handler-notice.js';
import type { Member, Outgoing } from '../../app/ports.js';
import { handlerMention, teamPlace } from '../../app/undelivered.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { formatLocal } from '../../domain/time.js';
import { translator, type Translate } from '../../i18n/index.js';
import { personName } from '../../i18n/labels.js';
import { renderCard, withoutMarkup } from '../../teams/cards/render.js';
import { nameOf } from '../../teams/cards/triage-cards.js';
import type { JobHandlers } from '../scheduler.js';

/** A name for an AAD object id, from the case, the panel or Team Uthiek's roster (never the id itself). */
function nameOfId(deps: AppDeps, c: CaseRecord, members: readonly Member[], id: string, t: Translate): string {
  const name =
    c.schedule?.participants.find((p) => p.aadObjectId === id)?.name ??
    deps.panel.all().find((m) => m.teamsAadObjectId === id)?.name ??
    nameOf(id, members, { t }, c);
  return personName(t, withoutMarkup(name));
}

/** Someone outside Teams by their key in the case: the name on their link, else on the panel. */
function outsider(deps: AppDeps, c: CaseRecord, key: string, t: Translate): string {
  const panelId = key.startsWith('panel:') ? key.slice(6) : '';
  return (
    c.outside?.links.find((l) => l.key === key)?.name ?? deps.panel.get(panelId)?.name ?? t('outlook.unknown.someone')
  );
}

/**
 * The sentence, and what the person wrote (shown in a card as plain text, never as markup). The
 * sentence is the message's text and a card's label, both read as markdown: names in it go
 * without markup characters.
 */
function message(deps: AppDeps, c: CaseRecord, n: HandlerNotice, members: readonly Member[], t: Translate): Outgoing {
  const mention = handlerMention(c, members, t);
  const base = (text: string): Outgoing => ({ text, summary: text.slice(0, 250), ...(mention ? { mention } : {}) });
  if (n.kind === 'outlook-unknown') {
    const names = [...new Set(n.ids.map((id) => nameOfId(deps, c, members, id, t)))].join(', ');
    const key = n.what === 'attendees' ? 'outlook.unknown.attendees' : 'outlook.unknown.freeBusy';
    return base(t(key, { names, id: c.id }));
  }
  if (n.kind === 'panel-left') {
    const name = withoutMarkup(deps.panel.get(n.memberId)?.name ?? t('outlook.unknown.someone'));
    const when = c.schedule ? formatLocal(c.schedule.slot.start, deps.config.timeZone, deps.config.defaultLocale) : '';
    const text = [
      t(n.why === 'inactive' ? 'panel.left.inactive' : 'panel.left.unavailable', { name, id: c.id, when }),
      n.expertiseLost ? t('panel.left.expertise', { name, id: c.id }) : '',
    ];
    return base(text.filter(Boolean).join(' '));
  }
  const name = withoutMarkup(outsider(deps, c, n.person, t));
  const quoted = (text: string, label: string, quote: string | undefined): Outgoing => {
    const out = base(text);
    if (!quote) return out;
    const card = renderCard('handler-notice', { t: { label }, data: { quote } });
    return { ...out, attachments: cardMessage(card).attachments! };
  };
  switch (n.what) {
    case 'poll':
      return base(t('outside.notice.poll', { name, id: c.id }));
    case 'input': {
      const input = c.outside?.input.find((i) => i.key === n.person && i.at === n.at);
      const text = t('outside.notice.input', { name, id: c.id });
      return quoted(text, text, input?.text);
    }
    default: {
      const d = c.outside?.conflicts.find((x) => x.key === n.person);
      const conflict = d?.conflict ?? n.what === 'conflict';
      const text = t(conflict ? 'outside.notice.conflict' : 'outside.notice.noConflict', { name, id: c.id });
      return quoted(text, t('outside.notice.detail', { name }), d?.detail);
    }
  }
}

/** Tells the case handler, in the case's thread in Team Uthiek's channel (src/app/handler-notice.ts). */
export function handlerNoticeJobs(deps: AppDeps): JobHandlers {
  return {
    'handler.notice': {
      async run(job) {
        const caseId = String(job.payload.caseId ?? '');
        const c = deps.cases.get(caseId);
        const notice = noticeOf(job.payload);
        if (!c || !notice) return { status: 'done' };
        const recipient = teamPlace(deps, c);
        if (!recipient) {
          deps.logger.error(
            { caseId, notice: notice.kind },
            'a notice for the case handler, and no Team Uthiek channel',
          );
          return { status: 'failed', error: 'no Team Uthiek channel configured' };
        }
        const spec = { id: job.id, caseId, kind: 'handler-notice' as const, detail: notice.kind, recipient };
        const { outcome } = await deliver(deps, spec, async () =>
          message(deps, c, notice, await deps.members.list(), translator(deps.config.defaultLocale)),
        );
        return outcome;
      },
      interrupted: 'retry',
    },
  };
}
