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

function caseOf(history: History, id: string): CaseHistory {
  let c = history.cases.get(id);
  if (!c) {
    c = {
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
    history.cases.set(id, c);
  }
  return c;
}

function apply(history: History, e: AuditEvent, at: number): void {
  const d: Data = e.data ?? {};
  if (e.type === 'signal.detected') {
    const id = text(d, 'signalId');
    if (id && !history.signals.has(id)) history.signals.set(id, at);
    return;
  }
  if (e.type === 'signal.dismissed') {
    const id = text(d, 'signalId');
    if (id && text(d, 'reason') === 'not-a-project') history.notAProject.set(id, at);
    return;
  }
  if (!e.caseId) return;
  const c = caseOf(history, e.caseId);
  switch (e.type) {
    case 'signal.converted': {
      const signalId = text(d, 'signalId');
      if (signalId && !c.fromSignal) c.fromSignal = { signalId, convertedAt: at };
      break;
    }
    case 'case.created':
      c.createdAt ??= at;
      break;
    case 'case.submit':
      c.submittedAt ??= at;
      break;
    case 'case.accept':
      c.acceptedAt ??= at;
      c.impact = text(d, 'impact') ?? c.impact;
      break;
    case 'case.hold-outside':
    case 'case.record-assessment': {
      const heldAt = text(d, 'heldAt');
      const held = heldAt === undefined ? NaN : Date.parse(heldAt);
      // the outcome of an assessment held outside the bot is the same assessment, not a second one
      if (c.assessments.at(-1)?.outside) c.assessments.pop();
      c.assessments.push({
        heldAt: Number.isNaN(held) ? at : held,
        panelPresent: list(d, 'panelPresent'),
        dpiaStatus: text(d, 'dpiaStatus'),
        algorithm: d.algorithm === true,
        ...(e.type === 'case.hold-outside' ? { outside: true } : {}),
      });
      if (e.type === 'case.record-assessment') c.outcomeAt = at;
      break;
    }
    case 'case.cancel':
      c.cancelled = true;
      c.cancelledAt ??= at;
      break;
    case 'case.abandon':
      if (d.by === 'lead') c.withdrawnAt ??= at;
      break;
    case 'decision.recorded':
    case 'case.start-follow-up':
    case 'case.close':
      c.decidedAt = at;
      break;
    case 'review.opened': {
      const id = text(d, 'reviewId');
      if (id) c.reviews.push({ id, opened: at });
      break;
    }
    case 'review.accepted':
    case 'review.escalated': {
      const r = c.reviews.find((x) => x.id === text(d, 'reviewId'));
      if (r && !r.outcome) {
        r.outcome = e.type === 'review.accepted' ? 'accepted' : 'escalated';
        const level = text(d, 'levelName') ?? text(d, 'level');
        if (r.outcome === 'escalated' && level) r.level = level;
      }
      break;
    }
    case 'advice.snoozed': {
      const [itemId, until] = [text(d, 'itemId'), text(d, 'untilAt')];
      if (itemId && until && !Number.isNaN(Date.parse(until))) c.snoozedUntil.set(itemId, Date.parse(until));
      break;
    }
    case 'case.mark-duplicate':
      c.duplicate = true;
      break;
    case 'advice.status': {
      const [itemId, status] = [text(d, 'itemId'), text(d, 'status')];
      if (itemId && status) c.adviceStatus.set(itemId, status);
      break;
    }
    case 'nudge.escalated': {
      const itemId = text(d, 'itemId');
      if (itemId && d.level === 'report') c.escalatedToReport.add(itemId);
      if (itemId && d.level === 'handler') c.escalatedToHandler.add(itemId);
      break;
    }
    case 'register.recorded':
      c.registerStated = text(d, 'statedAssessmentStatus') ?? c.registerStated;
      break;
  }
}

/** Folds the events strictly before `asOf` (ms), in time order then `seq`, into per-case histories. */
export function replay(events: readonly AuditEvent[], asOf: number): History {
  const timed = events
    .map((e) => ({ e, at: Date.parse(e.at) }))
    .filter(({ at }) => at < asOf)
    .sort((a, b) => a.at - b.at || a.e.seq - b.e.seq);
  const history: History = { signals: new Map(), notAProject: new Map(), cases: new Map() };
  for (const { e, at } of timed) apply(history, e, at);
  return history;
}
