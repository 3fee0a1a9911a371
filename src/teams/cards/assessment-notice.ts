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
import { plural } from '../../i18n/index.js';
import { assessmentNoticeCard, reminderOn } from './schedule-cards.js';

/**
 * The notice's text for one participant: the handler also gets what to send to those outside
 * Teams (an invitation, or the cancellation). A sentence about a list of people is left out when
 * there is nobody in it.
 */
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
  const emails = (kind === 'prep' ? outside.filter((o) => !noNda.includes(o)) : outside)
    .map((o) => o.email!)
    .join(', ');
  const handler = p.role === 'handler';
  const days = deps.config.schedule.prepPackDays;
  const outlook = Boolean(deps.outlook);
  // participants the invitation cannot carry (no address, not in Teams): the handler invites them
  const noAddress = s.participants
    .filter((o) => !o.aadObjectId && !o.email)
    .map((o) => personName(t, o.name))
    .join(', ');
  const ndaLine =
    noNda.length > 0 &&
    kind !== 'cancelled' &&
    t('prep.ndaMissing', { names: noNda.map((o) => personName(t, o.name)).join(', ') });
  const sentences = (...parts: (string | false)[]) => parts.filter(Boolean).join(' ');
  switch (kind) {
    case 'invite':
    case 'updated':
      return handler
        ? sentences(
            outlook
              ? plural(t, 'invite.handlerTextOutlook', days, { days })
              : emails && t('invite.handlerText', { emails }),
            !outlook && plural(t, 'invite.prepFollows', days, { days }),
            noAddress && t('invite.noAddress', { names: noAddress }),
            ndaLine,
          )
        : sentences(
            t(outlook ? 'invite.participantTextOutlook' : 'invite.participantText'),
            // a panel member without a signed NDA is not promised the pack: it will not come until the NDA is known
            t(noNda.includes(p) ? 'prep.waitForNda' : 'invite.prepAhead'),
          );
    case 'cancelled':
      // with Outlook the shared mailbox's calendar sends the cancellation to everyone with an address
      return handler
        ? sentences(
            !outlook && emails && t('invite.cancelHandlerText', { emails }),
            noAddress && t('invite.cancelNoAddress', { names: noAddress }),
          )
        : '';
    case 'prep':
      if (handler && (emails || ndaLine)) return sentences(emails && t('prep.handlerText', { emails }), ndaLine);
      return noNda.includes(p)
        ? t('prep.waitForNda')
        : t('prep.text', { when: formatLocal(s.slot.start, ctx.timeZone, ctx.locale) });
    case 'reminder': {
      const when = DateTime.fromISO(s.slot.start).setZone(deps.config.timeZone).toFormat('HH:mm');
      const day = reminderOn(s, ctx);
      return day ? t('reminder.textOn', { day, when }) : t('reminder.text', { when });
    }
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
  // the handler's file is the one to send to people outside Teams, whose language is not known: the team's default
  const lang = p.role === 'handler' ? deps.config.defaultLocale : ctx.locale;
  const link = assessmentFileUrl(deps, c, kind === 'prep' ? 'prep' : 'invite', { lang });
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
