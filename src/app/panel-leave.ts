import type { CaseRecord } from '../domain/case/case.js';
import { reasonToLeave } from '../domain/schedule/clearance.js';
import { matchedExpertise, neededExpertise, type PanelMember } from '../domain/schedule/panel.js';
import { localDate } from '../domain/time.js';
import type { AppDeps } from './deps.js';
import { handlerNoticeJob } from './handler-notice.js';
import { triageRefresh } from './triage.js';

/**
 * Whether a high-impact case still has a panel member with matching expertise among the members
 * invited (DOMAIN.md, "Impact level"); always true for other levels.
 */
function expertiseRuleMet(deps: Pick<AppDeps, 'panel' | 'valueModel'>, c: CaseRecord, panelIds: string[]): boolean {
  if ((c.triage?.impact ?? c.triage?.suggestedImpact) !== 'high') return true;
  const needed = neededExpertise(c.intake, deps.valueModel).map((n) => n.tag);
  return panelIds.some((id) => {
    const m = deps.panel.get(id);
    return Boolean(m?.active && matchedExpertise(m, needed).length > 0);
  });
}

/**
 * After a panel member's record changed: a member who is no longer active, or is now unavailable
 * on the day of an assessment they were invited to, leaves that invitation's participants (so the
 * invitation, the preparation pack and the outcome form no longer name them), with an audit event,
 * and the case handler is told in the case's thread, so someone can tell the member and find a
 * replacement; for high impact the notice also says when no member with matching expertise is left.
 */
export async function leaveAssessments(deps: AppDeps, member: PanelMember, actor: string): Promise<void> {
  const now = deps.clock.now();
  const invited = deps.cases.all(
    (c) =>
      c.state === 'scheduled' &&
      Boolean(c.schedule && !c.schedule.cancelledAt && !c.schedule.heldOutside) &&
      new Date(c.schedule!.slot.start) > now &&
      c.schedule!.participants.some((p) => p.panelId === member.id),
  );
  for (const c of invited) {
    const why = reasonToLeave(member, localDate(new Date(c.schedule!.slot.start), deps.config.timeZone));
    if (!why) continue;
    await deps.cases.update(c.id, undefined, (cur) => {
      const s = cur.schedule;
      if (!s || !s.participants.some((p) => p.panelId === member.id)) return { next: cur, events: [] };
      const participants = s.participants.filter((p) => p.panelId !== member.id);
      const remaining = participants.flatMap((p) => (p.panelId ? [p.panelId] : []));
      const expertiseLost = !expertiseRuleMet(deps, cur, remaining);
      const at = now.toISOString();
      return {
        next: { ...cur, schedule: { ...s, participants } },
        events: [{ type: 'case.panel-left', actor, data: { memberId: member.id, why, expertiseLost } }],
        jobs: [
          handlerNoticeJob(cur.id, { kind: 'panel-left', memberId: member.id, why, expertiseLost, at }, now),
          triageRefresh(cur, deps),
        ],
      };
    });
  }
  if (invited.length > 0) deps.jobs.kick();
}
