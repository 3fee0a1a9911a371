import type { AuditEvent } from '../case/events.js';

/** What a `case.record-assessment` event says. `heldAt` falls back to the event time. */
export interface AssessmentFact {
  heldAt: number;
  panelPresent: string[];
  dpiaStatus?: string;
  algorithm: boolean;
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
  /** itemId → last recorded status. */
  adviceStatus: Map<string, string>;
  escalatedToReport: Set<string>;
  /** itemId ('decision' for the lead's pending decision) → escalated to the case handler. */
  escalatedToHandler: Set<string>;
  /** itemId → the end of its latest snooze (ms). */
  snoozedUntil: Map<string, number>;
  /** When the outcome of the latest assessment was recorded, and when the lead last decided on advice. */
  outcomeAt?: number;
  decidedAt?: number;
  reviews: ReviewFact[];
  withdrawnAt?: number;
  cancelledAt?: number;
  registerStated?: string;
}

export interface History {
  /** signalId → first detection. */
  signals: Map<string, number>;
  /** signalId → when its writer answered "not a digitization project": the detector's false alarms. */
  notAProject: Map<string, number>;
  cases: Map<string, CaseHistory>;
}

type Data = NonNullable<AuditEvent['data']>;
const text = (d: Data, key: string): string | undefined =>
  typeof d[key] === 'string' ? (d[key] as string) : undefined;
const list = (d: Data, key: string): string[] => (Array.isArray(d[key]) ? (d[key] as string[]) : []);

/**
 * Duplicates are the same project under another id: they never count. An assessment that was
 * held keeps counting whatever happens to the case later (a cancellation included); the advice
 * of a cancelled case is no longer followed up, so it leaves the advice figures.
 */
export const countable = (c: CaseHistory): boolean => !c.duplicate;
export const followedUp = (c: CaseHistory): boolean => !c.duplicate && !c.cancelled;

/**
 * What one audit event means to the report, reduced to the fields the figures read. Every event
 * with a case id (other than a signal's detection or dismissal) makes the case known, even when
 * it says nothing more (`touch`).
 */
export type ReportFact =
  | { scope: 'signal'; kind: 'detected' | 'not-a-project'; signalId: string }
  | { scope: 'case'; caseId: string; change: CaseChange };

export type CaseChange =
  | { kind: 'touch' }
  | { kind: 'converted'; signalId: string }
  | { kind: 'created' | 'submitted' | 'cancelled' | 'withdrawn' | 'decided' | 'duplicate' }
  | { kind: 'accepted'; impact?: string }
  | {
      kind: 'assessed';
      heldAt?: number;
      panelPresent: string[];
      dpiaStatus?: string;
      algorithm: boolean;
      /** Held outside the bot (`case.hold-outside`), or the outcome of an assessment (`record-assessment`). */
      outside?: true;
      outcome?: true;
    }
  | { kind: 'review-opened'; reviewId: string }
  | { kind: 'review-closed'; reviewId?: string; outcome: 'accepted' | 'escalated'; level?: string }
  | { kind: 'snoozed'; itemId: string; until: number }
  | { kind: 'advice'; itemId: string; status: string }
  | { kind: 'escalated'; itemId: string; level: 'report' | 'handler' }
  | { kind: 'register'; stated?: string };

const TOUCH: CaseChange = { kind: 'touch' };

/** The fact an event states, or undefined when it does not concern the report at all. */
export function factOf(e: AuditEvent): ReportFact | undefined {
  const d: Data = e.data ?? {};
  if (e.type === 'signal.detected') {
    const signalId = text(d, 'signalId');
    return signalId ? { scope: 'signal', kind: 'detected', signalId } : undefined;
  }
  if (e.type === 'signal.dismissed') {
    const signalId = text(d, 'signalId');
    return signalId && text(d, 'reason') === 'not-a-project'
      ? { scope: 'signal', kind: 'not-a-project', signalId }
      : undefined;
  }
  if (!e.caseId) return undefined;
  return { scope: 'case', caseId: e.caseId, change: caseChange(e.type, d) };
}

function caseChange(type: string, d: Data): CaseChange {
  switch (type) {
    case 'signal.converted': {
      const signalId = text(d, 'signalId');
      return signalId ? { kind: 'converted', signalId } : TOUCH;
    }
    case 'case.created':
      return { kind: 'created' };
    case 'case.submit':
      return { kind: 'submitted' };
    case 'case.accept':
      return { kind: 'accepted', impact: text(d, 'impact') };
    case 'case.hold-outside':
    case 'case.record-assessment': {
      const heldAt = text(d, 'heldAt');
      const held = heldAt === undefined ? NaN : Date.parse(heldAt);
      return {
        kind: 'assessed',
        ...(Number.isNaN(held) ? {} : { heldAt: held }),
        panelPresent: list(d, 'panelPresent'),
        dpiaStatus: text(d, 'dpiaStatus'),
        algorithm: d.algorithm === true,
        ...(type === 'case.hold-outside' ? { outside: true } : { outcome: true }),
      };
    }
    case 'case.cancel':
      return { kind: 'cancelled' };
    case 'case.abandon':
      return d.by === 'lead' ? { kind: 'withdrawn' } : TOUCH;
    case 'decision.recorded':
    case 'case.start-follow-up':
    case 'case.close':
      return { kind: 'decided' };
    case 'review.opened': {
      const reviewId = text(d, 'reviewId');
      return reviewId ? { kind: 'review-opened', reviewId } : TOUCH;
    }
    case 'review.accepted':
      return { kind: 'review-closed', reviewId: text(d, 'reviewId'), outcome: 'accepted' };
    case 'review.escalated':
      return {
        kind: 'review-closed',
        reviewId: text(d, 'reviewId'),
        outcome: 'escalated',
        level: text(d, 'levelName') ?? text(d, 'level'),
      };
    case 'advice.snoozed': {
      const [itemId, until] = [text(d, 'itemId'), text(d, 'untilAt')];
      const untilAt = until === undefined ? NaN : Date.parse(until);
      return itemId && !Number.isNaN(untilAt) ? { kind: 'snoozed', itemId, until: untilAt } : TOUCH;
    }
    case 'case.mark-duplicate':
      return { kind: 'duplicate' };
    case 'advice.status': {
      const [itemId, status] = [text(d, 'itemId'), text(d, 'status')];
      return itemId && status ? { kind: 'advice', itemId, status } : TOUCH;
    }
    case 'nudge.escalated': {
      const itemId = text(d, 'itemId');
      const level = d.level === 'report' || d.level === 'handler' ? d.level : undefined;
      return itemId && level ? { kind: 'escalated', itemId, level } : TOUCH;
    }
    case 'register.recorded':
      return { kind: 'register', stated: text(d, 'statedAssessmentStatus') };
    default:
      return TOUCH;
  }
}

export const emptyHistory = (): History => ({ signals: new Map(), notAProject: new Map(), cases: new Map() });

export function newCaseHistory(id: string): CaseHistory {
  return {
    id,
    assessments: [],
    cancelled: false,
    duplicate: false,
    adviceStatus: new Map(),
    escalatedToReport: new Set(),
    escalatedToHandler: new Set(),
    snoozedUntil: new Map(),
    reviews: [],
  };
}

/** Applies one case fact of time `at`; facts must come in time order, then `seq`. */
export function applyCaseChange(c: CaseHistory, change: CaseChange, at: number): void {
  switch (change.kind) {
    case 'converted':
      if (!c.fromSignal) c.fromSignal = { signalId: change.signalId, convertedAt: at };
      break;
    case 'created':
      c.createdAt ??= at;
      break;
    case 'submitted':
      c.submittedAt ??= at;
      break;
    case 'accepted':
      c.acceptedAt ??= at;
      c.impact = change.impact ?? c.impact;
      break;
    case 'assessed':
      // the outcome of an assessment held outside the bot is the same assessment, not a second one
      if (c.assessments.at(-1)?.outside) c.assessments.pop();
      c.assessments.push({
        heldAt: change.heldAt ?? at,
        panelPresent: change.panelPresent,
        dpiaStatus: change.dpiaStatus,
        algorithm: change.algorithm,
        ...(change.outside ? { outside: true } : {}),
      });
      if (change.outcome) c.outcomeAt = at;
      break;
    case 'cancelled':
      c.cancelled = true;
      c.cancelledAt ??= at;
      break;
    case 'withdrawn':
      c.withdrawnAt ??= at;
      break;
    case 'decided':
      c.decidedAt = at;
      break;
    case 'review-opened':
      c.reviews.push({ id: change.reviewId, opened: at });
      break;
    case 'review-closed': {
      const r = c.reviews.find((x) => x.id === change.reviewId);
      if (r && !r.outcome) {
        r.outcome = change.outcome;
        if (change.outcome === 'escalated' && change.level) r.level = change.level;
      }
      break;
    }
    case 'snoozed':
      c.snoozedUntil.set(change.itemId, change.until);
      break;
    case 'duplicate':
      c.duplicate = true;
      break;
    case 'advice':
      c.adviceStatus.set(change.itemId, change.status);
      break;
    case 'escalated':
      (change.level === 'report' ? c.escalatedToReport : c.escalatedToHandler).add(change.itemId);
      break;
    case 'register':
      c.registerStated = change.stated ?? c.registerStated;
      break;
    case 'touch':
      break;
  }
}

/** Applies one fact of time `at`; facts must come in time order, then `seq`. */
export function applyFact(history: History, fact: ReportFact, at: number): void {
  if (fact.scope === 'signal') {
    if (fact.kind === 'detected') {
      if (!history.signals.has(fact.signalId)) history.signals.set(fact.signalId, at);
    } else history.notAProject.set(fact.signalId, at);
    return;
  }
  let c = history.cases.get(fact.caseId);
  if (!c) {
    c = newCaseHistory(fact.caseId);
    history.cases.set(fact.caseId, c);
  }
  applyCaseChange(c, fact.change, at);
}

/** Folds the events strictly before `asOf` (ms), in time order then `seq`, into per-case histories. */
export function replay(events: readonly AuditEvent[], asOf: number): History {
  const timed = events
    .map((e) => ({ e, at: Date.parse(e.at) }))
    .filter(({ at }) => at < asOf)
    .sort((a, b) => a.at - b.at || a.e.seq - b.e.seq);
  const history = emptyHistory();
  for (const { e, at } of timed) {
    const fact = factOf(e);
    if (fact) applyFact(history, fact, at);
  }
  return history;
}
