import type { CaseRecord, Schedule } from '../../domain/case/case.js';
import type { PanelMember } from '../../domain/schedule/panel.js';
import { tally, type ProposalRecord } from '../../domain/schedule/proposal.js';
import { formatDay, formatLocal, localDate } from '../../domain/time.js';
import { reminderDay } from '../../domain/schedule/working-days.js';
import { conflictedPanelIds } from '../../domain/outside/outside.js';
import { clearanceIssues } from '../../domain/schedule/clearance.js';
import { clearanceSentences } from './panel-cards.js';
import { expertiseLabel } from '../../domain/expertise.js';
import { explanationText, impactLabel, personName, problemText } from '../../i18n/labels.js';
import { summarySections } from './intake-cards.js';
import { renderCard, type CardJson } from './render.js';
import type { TriageCardContext } from './triage-cards.js';
import { plural } from '../../i18n/index.js';

const when = (iso: string, ctx: TriageCardContext) => formatLocal(iso, ctx.timeZone, ctx.locale);

/** Team Uthiek's planning card: the proposed moments, why these people, the answers so far. */
export function proposalCard(
  c: CaseRecord,
  p: ProposalRecord,
  ctx: TriageCardContext,
  input: {
    panel: readonly PanelMember[];
    noticeDays: number;
    notice?: string;
    noticeIsGood?: boolean;
    urgent?: boolean;
    urgentReason?: string;
    /** Today's local date and how long a VOG counts, to name members whose NDA or VOG is not in order. */
    clearance?: { today: string; vogValidMonths: number };
  },
): CardJson {
  const { t } = ctx;
  const conflicted = conflictedPanelIds(c.outside);
  const cautions = (s: ProposalRecord['slots'][number]) => {
    const lines: string[] = [];
    let unclear = false;
    for (const pick of s.panel) {
      const member = input.panel.find((m) => m.id === pick.memberId);
      if (conflicted.has(pick.memberId)) lines.push(t('schedule.conflicted', { name: pick.name }));
      else if (
        member &&
        input.clearance &&
        clearanceIssues(member, input.clearance.today, input.clearance.vogValidMonths).length
      ) {
        lines.push(...clearanceSentences(member, input.clearance, ctx));
        unclear = true;
      }
    }
    if (unclear) lines.push(t('schedule.clearanceAdvice'));
    return lines.map((userText) => ({ userText }));
  };
  const counts = tally(p);
  const impact = c.triage?.impact ?? c.triage?.suggestedImpact ?? 'low';
  const externals = [...new Map(p.slots.flatMap((s) => s.panel).map((m) => [m.memberId, m])).values()].filter(
    (m) => !p.invitees.some((i) => i.panelId === m.memberId),
  );
  const names = (id: string) => expertiseLabel(ctx.valueModel.expertise, id, ctx.locale);
  const best = counts.reduce((bestIndex, c2, i) => (c2.yes > (counts[bestIndex]?.yes ?? -1) ? i : bestIndex), 0);
  return renderCard('schedule-proposal', {
    t: {
      title: t(p.mode === 'reschedule' ? 'schedule.rescheduleTitle' : 'schedule.title', { id: c.id }),
      intro: plural(t, 'schedule.intro', input.noticeDays, { impact: impactLabel(t, impact), days: input.noticeDays }),
      notice: input.notice ?? (p.pending ? t('schedule.pending') : p.slots.length === 0 ? t('schedule.none') : ''),
      pending: Boolean(p.pending),
      noticeIsGood: input.noticeIsGood ?? false,
      problemsTitle: t('schedule.problems'),
      problems: p.problems.map((x) => problemText(t, ctx.locale, x, names)),
      slots: p.slots.map((s, i) => ({
        value: String(i),
        title: t('schedule.slot', { n: i + 1, when: when(s.slot.start, ctx) }),
        userText: s.panel.length
          ? t('schedule.panel', {
              names: s.panel.map((m) => `${m.name} (${m.matched.map(names).join(', ')})`).join('; '),
            })
          : t('schedule.noPanel'),
        reasons: s.reasons.map((r) => ({ userText: explanationText(t, ctx.locale, r, names) })),
        cautions: cautions(s),
        tally: t('schedule.tally', { yes: counts[i]!.yes, no: counts[i]!.no, open: counts[i]!.open }),
      })),
      choose: t('schedule.choose'),
      urgent: t('schedule.urgent'),
      urgentReason: t('schedule.urgentReason'),
      confirm: t('schedule.confirm'),
      poll: t('schedule.poll'),
      refresh: t('schedule.refresh'),
      again: t('schedule.again'),
      external: t('schedule.external'),
      saveExternal: t('schedule.saveExternal'),
      answers: [
        { title: t('poll.yes'), value: 'yes' },
        { title: t('poll.no'), value: 'no' },
      ],
      externals: externals.flatMap((m) =>
        p.slots.map((s, i) => ({
          id: `ext_${m.memberId}_${i}`,
          label: t('schedule.externalAnswer', { name: m.name, when: when(s.slot.start, ctx) }),
          value: p.answers[`panel:${m.memberId}`]?.[String(i)] ?? '',
        })),
      ),
    },
    data: { projectName: c.intake.projectName ?? c.id },
    raw: {
      proposalId: p.id,
      caseId: c.id,
      best: String(best),
      urgent: String(Boolean(input.urgent)),
      urgentReason: input.urgentReason ?? '',
    },
  });
}

/** The availability question to a participant reachable in Teams. */
export function pollCard(
  c: CaseRecord,
  p: ProposalRecord,
  ctx: TriageCardContext,
  answers: Record<string, string> = {},
): CardJson {
  const { t } = ctx;
  return renderCard('schedule-poll', {
    t: {
      title: t('poll.title', { id: c.id }),
      text: t('poll.text'),
      send: t('poll.send'),
      answers: [
        { title: t('poll.yes'), value: 'yes' },
        { title: t('poll.no'), value: 'no' },
      ],
      slots: p.slots.map((s, i) => ({
        id: `slot_${i}`,
        label: when(s.slot.start, ctx),
        value: answers[String(i)] ?? '',
      })),
    },
    data: { projectName: c.intake.projectName ?? c.id },
    raw: { proposalId: p.id },
  });
}

export type NoticeKind = 'invite' | 'updated' | 'cancelled' | 'prep' | 'reminder';

/**
 * The assessment's day in words when its reminder is not sent the day before (a weekend or public
 * holiday comes between); undefined when the reminder can say "tomorrow".
 */
export function reminderOn(s: Schedule, ctx: TriageCardContext): string | undefined {
  const day = localDate(new Date(s.slot.start), ctx.timeZone);
  return reminderDay(day).tomorrow ? undefined : formatDay(day, ctx.locale);
}

/** The title of a notice about the assessment. */
export function noticeTitle(c: CaseRecord, s: Schedule, kind: NoticeKind, ctx: TriageCardContext): string {
  const { t } = ctx;
  const day = kind === 'reminder' ? reminderOn(s, ctx) : undefined;
  if (day) return t('reminder.titleOn', { id: c.id, day });
  const keys = {
    invite: 'invite.title',
    updated: 'invite.updated',
    cancelled: 'invite.cancelled',
    prep: 'prep.title',
    reminder: 'reminder.title',
  } as const;
  return t(keys[kind], { id: c.id });
}

/** Invitation, update, cancellation, preparation pack or reminder for one assessment. */
export function assessmentNoticeCard(
  c: CaseRecord,
  schedule: Schedule,
  kind: NoticeKind,
  ctx: TriageCardContext,
  input: { text: string; link?: string; withSummary?: boolean },
): CardJson {
  const { t } = ctx;
  return renderCard('assessment-notice', {
    t: {
      title: noticeTitle(c, schedule, kind, ctx),
      when: t('invite.when', { when: when(schedule.slot.start, ctx) }),
      urgentTitle: schedule.urgentReason && kind !== 'reminder' ? t('invite.urgent') : '',
      sections: input.withSummary ? summarySections(c, ctx) : [],
      download: t(
        kind === 'prep' ? 'prep.download' : kind === 'cancelled' ? 'invite.downloadCancel' : 'invite.download',
      ),
    },
    data: {
      projectName: c.intake.projectName ?? c.id,
      who: t('invite.who', { names: [...new Set(schedule.participants.map((p) => personName(t, p.name)))].join(', ') }),
      urgentReason: kind !== 'reminder' ? (schedule.urgentReason ?? '') : '',
      text: input.text,
    },
    raw: { link: input.link ?? '' },
  });
}
