import type { AuditEvent } from '../case/events.js';

/** What a `case.record-assessment` event says. `heldAt` falls back to the event time. */
export interface AssessmentFact {
  heldAt: number;
  panelPresent: string[];
  dpiaStatus?: string;
  algorithm: boolean;
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

/** Duplicates are the same project under another id; cancelled cases held no assessment that counts. */
export const countable = (c: CaseHistory): boolean => !c.duplicate;
export const assessable = (c: CaseHistory): boolean => !c.duplicate && !c.cancelled;

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
  | { kind: 'created' | 'submitted' | 'cancelled' | 'duplicate' }
  | { kind: 'accepted'; impact?: string }
  | { kind: 'assessed'; heldAt?: number; panelPresent: string[]; dpiaStatus?: string; algorithm: boolean }
  | { kind: 'advice'; itemId: string; status: string }
  | { kind: 'escalated'; itemId: string }
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
    case 'case.record-assessment': {
      const heldAt = text(d, 'heldAt');
      const held = heldAt === undefined ? NaN : Date.parse(heldAt);
      return {
        kind: 'assessed',
        ...(Number.isNaN(held) ? {} : { heldAt: held }),
        panelPresent: list(d, 'panelPresent'),
        dpiaStatus: text(d, 'dpiaStatus'),
        algorithm: d.algorithm === true,
      };
    }
    case 'case.cancel':
      return { kind: 'cancelled' };
    case 'case.mark-duplicate':
      return { kind: 'duplicate' };
    case 'advice.status': {
      const [itemId, status] = [text(d, 'itemId'), text(d, 'status')];
      return itemId && status ? { kind: 'advice', itemId, status } : TOUCH;
    }
    case 'nudge.escalated': {
      const itemId = text(d, 'itemId');
      return itemId && d.level === 'report' ? { kind: 'escalated', itemId } : TOUCH;
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
      c.assessments.push({
        heldAt: change.heldAt ?? at,
        panelPresent: change.panelPresent,
        dpiaStatus: change.dpiaStatus,
        algorithm: change.algorithm,
      });
      break;
    case 'cancelled':
      c.cancelled = true;
      break;
    case 'duplicate':
      c.duplicate = true;
      break;
    case 'advice':
      c.adviceStatus.set(change.itemId, change.status);
      break;
    case 'escalated':
      c.escalatedToReport.add(change.itemId);
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
