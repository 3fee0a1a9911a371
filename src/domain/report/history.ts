/** What the report knows of each case and signal, as the audit log tells it (folded by replay.ts). */

/** What a `case.record-assessment` event says. `heldAt` falls back to the event time. */
export interface AssessmentFact {
  heldAt: number;
  /**
   * YYYY-MM-DD when the log gives the day only (a date typed on a form, or imported): a local
   * calendar day, with no time of day. `heldAt` is then noon UTC of that day, the same day in Europe.
   */
  heldOn?: string;
  panelPresent: string[];
  /** Panel members who gave written input instead of attending (they took part). */
  panelWritten: string[];
  dpiaStatus?: string;
  /** YYYY-MM-DD: the DPIA's date as recorded when the assessment was. */
  dpiaDate?: string;
  algorithm: boolean;
  /** Brought in by `npm run import:history` from a file of past assessments. */
  imported?: boolean;
  /** Held without the bot and recorded so; the outcome (record-assessment) replaces it. */
  outside?: boolean;
}

/** A review of a decision not to follow advice, as the log tells it. */
export interface ReviewFact {
  id: string;
  opened: number;
  outcome?: 'accepted' | 'escalated';
  /** The escalation line's level, by the name it had when chosen. */
  level?: string;
}

/** One case as the audit log tells it up to asOf. Times are epoch ms; "first" where an event can repeat. */
export interface CaseHistory {
  id: string;
  createdAt?: number;
  submittedAt?: number;
  acceptedAt?: number;
  impact?: string;
  fromSignal?: { signalId: string; convertedAt: number };
  /** In log order. */
  assessments: AssessmentFact[];
  cancelled: boolean;
  duplicate: boolean;
  // The four below are made on their first entry: most cases have none, and ten years of cases
  // kept 3 MB of empty maps in the report's read model.
  /** itemId → last recorded status. */
  adviceStatus?: Map<string, string>;
  escalatedToReport?: Set<string>;
  /** itemId ('decision' for the lead's pending decision) → escalated to the case handler. */
  escalatedToHandler?: Set<string>;
  /** itemId → the end of its latest snooze (ms). */
  snoozedUntil?: Map<string, number>;
  /** When the outcome of the latest assessment was recorded, and when the lead last decided on advice. */
  outcomeAt?: number;
  decidedAt?: number;
  reviews: ReviewFact[];
  withdrawnAt?: number;
  cancelledAt?: number;
  /** When the case was closed (every item settled, or by an Uthiek member with a reason). */
  closedAt?: number;
  registerStated?: string;
  /** The impact was set below the rules' suggestion at acceptance (with a recorded reason). */
  impactLowered: boolean;
  /** Planned at shorter notice than the rule (urgent, with a recorded reason); at: the planning's time. */
  urgentAt: number[];
  /** High impact planned without a matched panel member who accepted (urgent override); at: the planning's time. */
  panelOverrideAt: number[];
  /** The DPIA as last recorded after the intake (dpia.recorded), replacing what the assessment event says. */
  dpia?: { status?: string; date?: string };
}

export interface History {
  /** signalId → first detection. */
  signals: Map<string, number>;
  /** signalId → when its writer answered "not a digitization project": the detector's false alarms. */
  notAProject: Map<string, number>;
  cases: Map<string, CaseHistory>;
}

/**
 * Duplicates are the same project under another id: they never count. An assessment that was
 * held keeps counting whatever happens to the case later (a cancellation included); the advice
 * of a cancelled case is no longer followed up, so it leaves the advice figures.
 */
export const countable = (c: CaseHistory): boolean => !c.duplicate;
export const followedUp = (c: CaseHistory): boolean => !c.duplicate && !c.cancelled;

export const emptyHistory = (): History => ({ signals: new Map(), notAProject: new Map(), cases: new Map() });

export function newCaseHistory(id: string): CaseHistory {
  return {
    id,
    assessments: [],
    cancelled: false,
    duplicate: false,
    reviews: [],
    impactLowered: false,
    urgentAt: [],
    panelOverrideAt: [],
  };
}
