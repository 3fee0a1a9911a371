/**
 * Every audit event type the bot records. The log holds ids, states and codes, never free text.
 * Reports are computed from these (src/domain/report).
 *
 * event type              caseId  from→to                 data
 * signal.detected         –       –                       signalId, score, scope ('channel'|'groupChat')
 * signal.dismissed        –       –                       signalId, reason ('not-a-project'|'already-registered')
 * signal.expired          –       –                       signalId
 * signal.converted        yes     –                       signalId
 * case.created            yes     – → intake              origin ('signal'|'command'|'message-action')
 * intake.saved            yes     –                       step
 * case.submit             yes     intake → submitted
 * case.accept             yes     submitted → accepted    handlerId, impact, suggestedImpact, lowered (bool: below the
 *                                                          suggestion, with a reason on the case)
 * case.request-info       yes     submitted → needs-info  requestId
 * case.provide-info       yes     needs-info → submitted  requestId
 * case.decline            yes     → declined
 * case.mark-duplicate     yes     → duplicate             duplicateOf
 * case.merged             yes     –                       duplicate (the case merged into this one)
 * case.abandon            yes     → abandoned             by ('lead'): the lead withdrew it
 * case.schedule           yes     accepted → scheduled    start, urgent (bool), panelIds, experts, highImpact (bool),
 *                                                          panelAccepted (bool: a matched member said yes to the slot)
 * case.reschedule         yes     scheduled → scheduled   start, sequence, and the same as case.schedule
 * case.unschedule         yes     scheduled → accepted    sequence
 * case.panel-left         yes     –                       memberId, why ('inactive'|'unavailable'), expertiseLost
 *                                                          (bool: high impact left without a matched member)
 * case.hold-outside       yes     accepted → scheduled    heldAt, panelPresent (ids), participants (count), dpiaStatus,
 *                                                          dpiaDate, algorithm: an assessment held without the bot's
 *                                                          invitations
 * case.record-assessment  yes     scheduled → assessed    heldAt, adviceCount, panelPresent (ids), panelWritten (ids),
 *                                                          noPanel (bool: high impact without the panel, with a reason
 *                                                          on the case), dpiaStatus, dpiaDate, algorithm (bool)
 * case.imported           yes     – → closed              heldAt, impact, panel (bool), source (file name), line
 * decision.recorded       yes     –                       overall, perItem (itemId:decision list)
 * review.opened           yes     –                       reviewId, kind ('decision'|'item'), itemIds
 * review.accepted         yes     –                       reviewId
 * review.escalated        yes     –                       reviewId, level (a code of ESCALATION_LEVELS), levelName
 * case.start-follow-up    yes     assessed → follow-up
 * advice.status           yes     –                       itemId, status
 * advice.delegated        yes     –                       itemId
 * advice.snoozed          yes     –                       itemId, until ('week'|'month'), untilAt, inRow,
 *                                                         counted (whether it counted as an answer)
 * nudge.sent              yes     –                       itemId(s), recipient ('lead'|'owner'); itemId 'decision'
 *                                                         is the lead's pending decision; once the reminder arrived
 * nudge.escalated         yes     –                       itemId ('decision' too), level ('handler'|'report')
 * case.close              yes     → closed                how ('all-settled'|'manual')
 * case.cancel             yes     → cancelled             meetingCancelled (bool)
 * register.recorded       yes     –                       statedAssessmentStatus, statedDpia (bool|null), source
 *                                                          ('manual'|'file')
 * register.loaded         –       –                       entries, matched
 * dpia.recorded           yes     –                       status, date, link (bool), source
 * dpia.confirmed          yes     –                       status, date
 * report.posted           –       –                       month (YYYY-MM)
 * panel.saved             –       –                       memberId, active
 * person.exported         –       –                       subject
 * person.erased           –       –                       subject (a pseudonym after erasure)
 */
export const EVENT_TYPES = [
  'signal.detected',
  'signal.dismissed',
  'signal.expired',
  'signal.converted',
  'case.created',
  'intake.saved',
  'case.submit',
  'case.accept',
  'case.request-info',
  'case.provide-info',
  'case.decline',
  'case.mark-duplicate',
  'case.merged',
  'case.abandon',
  'case.schedule',
  'case.reschedule',
  'case.unschedule',
  'case.panel-left',
  'case.hold-outside',
  'case.record-assessment',
  'decision.recorded',
  'review.opened',
  'review.accepted',
  'review.escalated',
  'case.start-follow-up',
  'advice.status',
  'advice.delegated',
  'advice.snoozed',
  'nudge.sent',
  'nudge.escalated',
  'case.close',
  'case.cancel',
  'register.recorded',
  'register.loaded',
  'dpia.recorded',
  'dpia.confirmed',
  'case.imported',
  'report.posted',
  'panel.saved',
  'person.exported',
  'person.erased',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An audit event as the domain produces it; the store adds its sequence number and time. */
export interface CaseEvent {
  type: string;
  actor: string;
  caseId?: string;
  from?: string;
  to?: string;
  data?: Record<string, string | number | boolean | null | string[]>;
}

/**
 * One entry of the append-only audit log: who did what, when, to which case, from which state.
 * The log is the source of truth for history and every report. Free text never goes in here,
 * only ids, states and codes.
 */
export interface AuditEvent extends CaseEvent {
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
}
