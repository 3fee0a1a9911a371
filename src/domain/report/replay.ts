import type { AuditEvent } from '../case/events.js';

/** What a `case.record-assessment` event says. `heldAt` falls back to the event time. */
export interface AssessmentFact {
  heldAt: number;
  panelPresent: string[];
  /** Panel members who gave written input instead of attending (they took part). */
  panelWritten: string[];
  dpiaStatus?: string;
  /** YYYY-MM-DD: the DPIA's date as recorded when the assessment was. */
  dpiaDate?: string;
  algorithm: boolean;
  /** Brought in by `npm run import:history` from a file of past assessments. */
  imported?: boolean;
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

type Data = NonNullable<AuditEvent['data']>;
const text = (d: Data, key: string): string | undefined =>
  typeof d[key] === 'string' ? (d[key] as string) : undefined;
const list = (d: Data, key: string): string[] => (Array.isArray(d[key]) ? (d[key] as string[]) : []);

/** Duplicates are the same project under another id; cancelled cases held no assessment that counts. */
export const countable = (c: CaseHistory): boolean => !c.duplicate;
export const assessable = (c: CaseHistory): boolean => !c.duplicate && !c.cancelled;

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
      impactLowered: false,
      urgentAt: [],
      panelOverrideAt: [],
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
      c.impactLowered = d.lowered === true;
      break;
    case 'case.schedule':
    case 'case.reschedule':
      if (d.urgent === true) c.urgentAt.push(at);
      if (d.highImpact === true && d.panelAccepted === false) c.panelOverrideAt.push(at);
      break;
    case 'dpia.recorded':
      c.dpia = { status: text(d, 'status'), date: text(d, 'date') };
      break;
    case 'case.imported': {
      const held = Date.parse(`${text(d, 'heldAt') ?? ''}T12:00:00Z`);
      c.impact = text(d, 'impact') ?? c.impact;
      c.assessments.push({
        heldAt: Number.isNaN(held) ? at : held,
        panelPresent: d.panel === true ? ['imported'] : [],
        panelWritten: [],
        algorithm: false,
        imported: true,
      });
      break;
    }
    case 'case.record-assessment': {
      const heldAt = text(d, 'heldAt');
      const held = heldAt === undefined ? NaN : Date.parse(heldAt);
      c.assessments.push({
        heldAt: Number.isNaN(held) ? at : held,
        panelPresent: list(d, 'panelPresent'),
        panelWritten: list(d, 'panelWritten'),
        dpiaStatus: text(d, 'dpiaStatus'),
        dpiaDate: text(d, 'dpiaDate'),
        algorithm: d.algorithm === true,
      });
      break;
    }
    case 'case.cancel':
      c.cancelled = true;
      break;
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
