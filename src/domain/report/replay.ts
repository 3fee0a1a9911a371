import type { AuditEvent } from '../case/events.js';
import { emptyHistory, newCaseHistory, type CaseHistory, type History } from './history.js';

export {
  countable,
  emptyHistory,
  followedUp,
  newCaseHistory,
  type AssessmentFact,
  type CaseHistory,
  type History,
  type ReviewFact,
} from './history.js';

type Data = NonNullable<AuditEvent['data']>;
const text = (d: Data, key: string): string | undefined =>
  typeof d[key] === 'string' ? (d[key] as string) : undefined;
const list = (d: Data, key: string): string[] => (Array.isArray(d[key]) ? (d[key] as string[]) : []);

/**
 * When an assessment was held: an instant as logged, or a calendar day (YYYY-MM-DD) with no time
 * of day, kept as `heldOn` and placed at noon UTC (the same calendar day in Europe), not midnight.
 */
function held(value: string | undefined): { heldAt?: number; heldOn?: string } {
  if (value === undefined) return {};
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = Date.parse(dayOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(at)) return {};
  return dayOnly ? { heldAt: at, heldOn: value } : { heldAt: at };
}

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
  | { kind: 'created' | 'submitted' | 'cancelled' | 'withdrawn' | 'decided' | 'closed' | 'duplicate' }
  | { kind: 'accepted'; impact?: string; lowered: boolean }
  | { kind: 'planned'; urgent: boolean; panelOverride: boolean }
  | { kind: 'dpia'; status?: string; date?: string }
  | { kind: 'imported'; heldAt?: number; heldOn?: string; impact?: string; panel: boolean }
  | {
      kind: 'assessed';
      heldAt?: number;
      heldOn?: string;
      panelPresent: string[];
      panelWritten: string[];
      dpiaStatus?: string;
      dpiaDate?: string;
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
      return { kind: 'accepted', impact: text(d, 'impact'), lowered: d.lowered === true };
    case 'case.schedule':
    case 'case.reschedule': {
      const urgent = d.urgent === true;
      const panelOverride = d.highImpact === true && d.panelAccepted === false;
      return urgent || panelOverride ? { kind: 'planned', urgent, panelOverride } : TOUCH;
    }
    case 'dpia.recorded':
      return { kind: 'dpia', status: text(d, 'status'), date: text(d, 'date') };
    case 'case.imported': {
      // a date without a time
      const day = text(d, 'heldAt');
      return {
        kind: 'imported',
        ...held(day === undefined ? undefined : day.slice(0, 10)),
        impact: text(d, 'impact'),
        panel: d.panel === true,
      };
    }
    case 'case.hold-outside':
    case 'case.record-assessment': {
      return {
        kind: 'assessed',
        ...held(text(d, 'heldAt')),
        panelPresent: list(d, 'panelPresent'),
        panelWritten: list(d, 'panelWritten'),
        dpiaStatus: text(d, 'dpiaStatus'),
        dpiaDate: text(d, 'dpiaDate'),
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
      return { kind: 'decided' };
    case 'case.close':
      return { kind: 'closed' };
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
      c.impactLowered = change.lowered;
      break;
    case 'planned':
      if (change.urgent) c.urgentAt.push(at);
      if (change.panelOverride) c.panelOverrideAt.push(at);
      break;
    case 'dpia':
      c.dpia = { status: change.status, date: change.date };
      break;
    case 'imported':
      c.impact = change.impact ?? c.impact;
      c.assessments.push({
        heldAt: change.heldAt ?? at,
        ...(change.heldOn ? { heldOn: change.heldOn } : {}),
        panelPresent: change.panel ? ['imported'] : [],
        panelWritten: [],
        algorithm: false,
        imported: true,
      });
      break;
    case 'assessed':
      // the outcome of an assessment held outside the bot is the same assessment, not a second one
      if (c.assessments.at(-1)?.outside) c.assessments.pop();
      c.assessments.push({
        heldAt: change.heldAt ?? at,
        ...(change.heldOn ? { heldOn: change.heldOn } : {}),
        panelPresent: change.panelPresent,
        panelWritten: change.panelWritten,
        dpiaStatus: change.dpiaStatus,
        dpiaDate: change.dpiaDate,
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
    case 'closed':
      c.decidedAt = at;
      c.closedAt ??= at;
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
      (c.snoozedUntil ??= new Map()).set(change.itemId, change.until);
      break;
    case 'duplicate':
      c.duplicate = true;
      break;
    case 'advice':
      (c.adviceStatus ??= new Map()).set(change.itemId, change.status);
      break;
    case 'escalated':
      if (change.level === 'report') (c.escalatedToReport ??= new Set()).add(change.itemId);
      else (c.escalatedToHandler ??= new Set()).add(change.itemId);
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
