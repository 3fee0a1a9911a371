import { DateTime } from 'luxon';
import type { AppDeps } from '../../app/deps.js';
import { assessmentFileUrl } from '../../app/assessment-links.js';
import type { NoticeKind } from '../../app/schedule.js';
import type { CaseRecord, Participant } from '../../domain/case/case.js';
import { withoutNda } from '../../domain/schedule/clearance.js';
import { formatLocal } from '../../domain/time.js';
import { personName } from '../../i18n/labels.js';
import type { CardContext } from './context.js';
import type { CardJson } from './render.js';
import { assessmentNoticeCard } from './schedule-cards.js';
import { plural } from '../../i18n/index.js';

/** The notice's text for one participant: the handler also gets what to send to those outside Teams. */
function noticeText(
  deps: AppDeps,
  c: CaseRecord,
  kind: NoticeKind,
  p: Participant,
  t: CardContext['t'],
  ctx: CardContext,
) {
  const s = c.schedule!;
  // the case description goes to no panel member without a signed NDA: they are named instead
  const noNda = withoutNda(s.participants, deps.panel.all());
  const outside = s.participants.filter((o) => !o.aadObjectId && o.email);
  const emails =
    (kind === 'prep' ? outside.filter((o) => !noNda.includes(o)) : outside).map((o) => o.email!).join(', ') || '–';
  const handler = p.role === 'handler';
  const days = deps.config.schedule.prepPackDays;
  const outlook = Boolean(deps.outlook);
  // participants the invitation cannot carry (no address, not in Teams): the handler invites them
  const noAddress = s.participants.filter((o) => !o.aadObjectId && !o.email).map((o) => personName(t, o.name));
  const names = noNda.map((o) => personName(t, o.name)).join(', ');
  const ndaLine = noNda.length && kind !== 'cancelled' ? t('prep.ndaMissing', { names }) : '';
  const forHandler = [
    outlook
      ? plural(t, 'invite.handlerTextOutlook', days, { days })
      : plural(t, 'invite.handlerText', days, { emails, days }),
    noAddress.length ? t('invite.noAddress', { names: noAddress.join(', ') }) : '',
    ndaLine,
  ]
    .filter(Boolean)
    .join(' ');
  switch (kind) {
    case 'invite':
    case 'updated':
      return handler ? forHandler : t(outlook ? 'invite.participantTextOutlook' : 'invite.participantText');
    case 'cancelled':
      return handler && !outlook ? forHandler : '';
    case 'prep':
      if (handler) return [t('prep.handlerText', { emails }), ndaLine].filter(Boolean).join(' ');
      return noNda.includes(p)
        ? t('prep.waitForNda')
        : t('prep.text', { when: formatLocal(s.slot.start, ctx.timeZone, ctx.locale) });
    case 'reminder':
      return t('reminder.text', {
        when: DateTime.fromISO(s.slot.start).setZone(deps.config.timeZone).toFormat('HH:mm'),
      });
  }
}

/** The notice about the assessment for one participant, as the case's schedule stands. */
export function participantNotice(
  deps: AppDeps,
  c: CaseRecord,
  kind: NoticeKind,
  p: Participant,
  ctx: CardContext,
): CardJson {
  const link = assessmentFileUrl(deps, c, kind === 'prep' ? 'prep' : 'invite');
  // with Outlook the invitation comes from the shared mailbox's calendar: no .ics beside it
  const calendarFile = kind !== 'prep' && kind !== 'reminder';
  // a panel member without a signed NDA gets neither the case description nor the link to it
  const cleared = kind !== 'prep' || withoutNda([p], deps.panel.all()).length === 0;
  return assessmentNoticeCard(c, c.schedule!, kind, ctx, {
    text: noticeText(deps, c, kind, p, ctx.t, ctx),
    link: kind === 'reminder' || (calendarFile && deps.outlook) || !cleared ? undefined : link,
    withSummary: kind === 'prep' && cleared,
  });
}
