/**
 * The case lifecycle (DOMAIN.md, "The case lifecycle"). Every change of state goes through
 * `transition`, which refuses what the diagram does not allow; callers record the returned
 * event in the audit log.
 *
 *   intake ──▶ submitted ──▶ accepted ──▶ scheduled ──▶ assessed ──▶ follow-up ──▶ closed
 *     │          │  ▲           │  ▲  │      │  ▲
 *     │          ▼  │           │  └──┼──────┘  └ (re)scheduled
 *     │       needs-info        │     └ held outside the bot (no invitations)
 *     ▼          ▼              ▼
 *  abandoned (the lead withdraws, before acceptance)   declined / duplicate
 *  cancelled: Team Uthiek, with a reason, from any open state
 */

export const CASE_STATES = [
  'intake',
  'submitted',
  'needs-info',
  'accepted',
  'scheduled',
  'assessed',
  'follow-up',
  'closed',
  'abandoned',
  'declined',
  'duplicate',
  'cancelled',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const FINAL_STATES: ReadonlySet<CaseState> = new Set([
  'closed',
  'abandoned',
  'declined',
  'duplicate',
  'cancelled',
]);

export type CaseAction =
  | 'submit'
  | 'abandon'
  | 'accept'
  | 'request-info'
  | 'provide-info'
  | 'decline'
  | 'mark-duplicate'
  | 'schedule'
  | 'reschedule'
  | 'unschedule'
  | 'hold-outside'
  | 'record-assessment'
  | 'start-follow-up'
  | 'close'
  | 'cancel';

const OPEN_FOR_CANCEL: CaseState[] = [
  'intake',
  'submitted',
  'needs-info',
  'accepted',
  'scheduled',
  'assessed',
  'follow-up',
];

const TRANSITIONS: Record<CaseAction, { from: CaseState[]; to: CaseState | 'same' }> = {
  submit: { from: ['intake'], to: 'submitted' },
  // the lead withdraws the case, as long as Team Uthiek has not accepted it
  abandon: { from: ['intake', 'submitted', 'needs-info'], to: 'abandoned' },
  accept: { from: ['submitted'], to: 'accepted' },
  'request-info': { from: ['submitted'], to: 'needs-info' },
  'provide-info': { from: ['needs-info'], to: 'submitted' },
  decline: { from: ['submitted', 'needs-info'], to: 'declined' },
  'mark-duplicate': { from: ['submitted', 'needs-info'], to: 'duplicate' },
  schedule: { from: ['accepted'], to: 'scheduled' },
  reschedule: { from: ['scheduled'], to: 'same' },
  unschedule: { from: ['scheduled'], to: 'accepted' },
  // an assessment held without the bot's invitations: recorded with its date and participants
  'hold-outside': { from: ['accepted'], to: 'scheduled' },
  'record-assessment': { from: ['scheduled'], to: 'assessed' },
  'start-follow-up': { from: ['assessed'], to: 'follow-up' },
  close: { from: ['assessed', 'follow-up'], to: 'closed' },
  cancel: { from: OPEN_FOR_CANCEL, to: 'cancelled' },
};

export class IllegalTransition extends Error {
  constructor(
    readonly action: CaseAction,
    readonly from: CaseState,
  ) {
    super(`cannot ${action} a case that is ${from}`);
    this.name = 'IllegalTransition';
  }
}

export function canTransition(from: CaseState, action: CaseAction): boolean {
  return TRANSITIONS[action].from.includes(from);
}

/** The state after `action`, or IllegalTransition. */
export function transition(from: CaseState, action: CaseAction): CaseState {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(from)) throw new IllegalTransition(action, from);
  return rule.to === 'same' ? from : rule.to;
}

export function isOpen(state: CaseState): boolean {
  return !FINAL_STATES.has(state);
}

/** The audit event type for an action, e.g. 'case.accept'. */
export const eventTypeOf = (action: CaseAction) => `case.${action}` as const;
