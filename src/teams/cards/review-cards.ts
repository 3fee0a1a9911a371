import { leadName } from '../../app/people.js';
import type { Member } from '../../app/ports.js';
import type { EscalationLevel } from '../../config/env-values.js';
import type { CaseRecord, Review } from '../../domain/case/case.js';
import { formatLocal } from '../../domain/time.js';
import { renderCard, withoutMarkup, type CardJson } from './render.js';
import { nameOf, type TriageCardContext } from './triage-cards.js';

/** The name of an escalation level; a level no longer configured by its code. */
export const levelName = (levels: readonly EscalationLevel[], code: string | undefined) =>
  levels.find((l) => l.code === code)?.name ?? code ?? '';

/**
 * Team Uthiek's review of a decision not to follow advice: the advice concerned, the lead's
 * reasons, and the handler's choice to accept the decision or escalate it. Once answered, the
 * card says who decided what, and when.
 */
export function reviewCard(
  c: CaseRecord,
  review: Review,
  ctx: TriageCardContext,
  input: { levels: readonly EscalationLevel[]; members: readonly Member[]; notice?: string },
): CardJson {
  const { t } = ctx;
  const items = c.advice
    .map((item, i) => ({ item, n: i + 1 }))
    .filter(({ item }) => review.itemIds.includes(item.id))
    .map(({ item, n }) => ({
      heading: t('review.item', { n }),
      userText: item.text,
      reasonLabel: t('review.reason'),
      reasonText: item.statusReason ?? item.decisionReason ?? '',
    }));
  const r = review.resolution;
  const params = r && {
    who: nameOf(r.by, input.members, ctx, c),
    date: formatLocal(r.at, ctx.timeZone, ctx.locale, false),
    level: levelName(input.levels, r.level),
  };
  const resolution = !r
    ? ''
    : [t(r.outcome === 'accepted' ? 'review.accepted' : 'review.escalated', params), r.note ?? '']
        .filter(Boolean)
        .join(' ');
  const open = !r && c.state !== 'cancelled';
  return renderCard('review', {
    t: {
      title: t('review.title', { id: c.id }),
      intro: t(review.kind === 'decision' ? 'review.intro.decision' : 'review.intro.item', {
        lead: withoutMarkup(leadName(c, t)),
      }),
      notice: input.notice ?? '',
      // a whole sentence per decision, not a status name after a colon
      overallLabel: t(c.decision ? `review.overall.${c.decision.overall}` : 'review.overallNone'),
      overallReasonLabel: t('review.reason'),
      open,
      accept: t('review.accept'),
      confirmAccept: t('review.confirmAccept'),
      escalate: t('review.escalate'),
      confirmEscalate: t('review.confirmEscalate'),
      noteLabel: t('review.note'),
      levelLabel: t('review.level'),
      levels: input.levels.map((l) => ({ title: l.name, value: l.code })),
    },
    data: {
      projectName: c.intake.projectName ?? c.id,
      items,
      overallReason: c.decision?.reason ?? '',
      resolution,
    },
    raw: { caseId: c.id, reviewId: review.id, firstLevel: input.levels[0]?.code ?? '' },
  });
}
