import type { CaseRecord } from '../case/case.js';
import type { AuditEvent } from '../case/events.js';
import { reportFrame, reportSteps } from './compute.js';
import {
  applyCaseChange,
  emptyHistory,
  factOf,
  newCaseHistory,
  type CaseChange,
  type CaseHistory,
  type History,
} from './replay.js';
import { finish } from './steps.js';
import type { Report, ReportOptions } from './types.js';

/**
 * What the log says about one case: when it first appears, and its facts in time order, then seq,
 * as three lists of the same length (the time and seq of each fact beside it, not in an object
 * per fact). Facts equal to many others (a case created, accepted with an impact, decided) are
 * kept once and shared.
 */
interface CaseFacts {
  firstAt: number;
  at: number[];
  seq: number[];
  changes: CaseChange[];
}

/** A report being computed: `next()` until done; the caller may let other work run between steps. */
export type ReportSteps = Generator<void, Report, void>;

/**
 * Kinds of fact that are mostly equal to one of a few others: no time or id of their own in them
 * (advice items have ids of their own case: a fact about one is not shared).
 */
const REPEATING: ReadonlySet<CaseChange['kind']> = new Set([
  'created',
  'submitted',
  'cancelled',
  'withdrawn',
  'decided',
  'closed',
  'duplicate',
  'accepted',
  'planned',
  'register',
]);

/**
 * Cases (and signals) folded between two steps of a past-date report (400 held the event loop for
 * 20–60 ms at ten years on a loaded machine).
 */
const STEP = 100;

/** Whether fact i of the case comes before a fact of (at, seq). */
const precedes = (facts: CaseFacts, i: number, at: number, seq: number) =>
  facts.at[i]! < at || (facts.at[i] === at && facts.seq[i]! < seq);
/** Whether a fact of (at, seq) comes before fact i of the case. */
const follows = (facts: CaseFacts, i: number, at: number, seq: number) =>
  at < facts.at[i]! || (at === facts.at[i] && seq < facts.seq[i]!);

/**
 * The report's read model, kept current one audit event at a time (`record`), so that the report
 * of now never replays the log. It holds two things:
 * - the history of everything recorded so far (what `replay` gives for an asOf after the last
 *   event), updated in place; a case whose event arrives out of time order is folded again from
 *   its own facts;
 * - per case, the facts the figures read (not the events), in time order, from which the history
 *   as of any past moment is folded in steps, without reading the log.
 * Its reports are the ones `computeReport` gives for the same events (a test holds it to that).
 */
export class ReportProjection {
  private live: History = emptyHistory();
  private cases = new Map<string, CaseFacts>();
  /** signalId → the first detection. */
  private detected = new Map<string, number>();
  /** signalId → every "not a digitization project" answer, in time order. */
  private dismissed = new Map<string, number[]>();
  /** The latest moment of any event folded in: the live history holds for any asOf after it. */
  private latest = -Infinity;
  /** One copy of each id and code the facts hold (statuses, item ids), instead of one per event. */
  private strings = new Map<string, string>();
  /** One copy of each distinct fact of a REPEATING kind, by its JSON. */
  private facts = new Map<string, CaseChange>();

  /** Forgets everything (before the store replays its whole log into it again). */
  reset(): void {
    this.live = emptyHistory();
    this.cases = new Map();
    this.detected = new Map();
    this.dismissed = new Map();
    this.latest = -Infinity;
    this.strings = new Map();
    this.facts = new Map();
  }

  record(event: AuditEvent): void {
    const at = Date.parse(event.at);
    if (Number.isNaN(at)) return; // never before any asOf: no report counts it
    const fact = factOf(event);
    if (!fact) return;
    if (at > this.latest) this.latest = at;
    if (fact.scope === 'signal') {
      if (fact.kind === 'detected') {
        const first = this.detected.get(fact.signalId);
        if (first === undefined || at < first) {
          this.detected.set(fact.signalId, at);
          this.live.signals.set(fact.signalId, at);
        }
      } else {
        const times = this.dismissed.get(fact.signalId) ?? [];
        insertSorted(times, at);
        this.dismissed.set(fact.signalId, times);
        this.live.notAProject.set(fact.signalId, times.at(-1)!);
      }
      return;
    }
    let facts = this.cases.get(fact.caseId);
    if (!facts) {
      facts = { firstAt: at, at: [], seq: [], changes: [] };
      this.cases.set(fact.caseId, facts);
      this.live.cases.set(fact.caseId, newCaseHistory(fact.caseId));
    }
    facts.firstAt = Math.min(facts.firstAt, at);
    if (fact.change.kind === 'touch') return;
    const change = this.shared(fact.change);
    const n = facts.changes.length;
    if (n === 0 || precedes(facts, n - 1, at, event.seq)) {
      facts.at.push(at);
      facts.seq.push(event.seq);
      facts.changes.push(change);
      applyCaseChange(this.live.cases.get(fact.caseId)!, change, at);
    } else {
      let i = n - 1;
      while (i > 0 && follows(facts, i - 1, at, event.seq)) i--;
      facts.at.splice(i, 0, at);
      facts.seq.splice(i, 0, event.seq);
      facts.changes.splice(i, 0, change);
      this.live.cases.set(fact.caseId, foldCase(fact.caseId, facts, Infinity));
    }
  }

  /**
   * The fact to keep: for kinds whose facts repeat, the one copy of an equal fact; else a copy
   * with its texts interned.
   */
  private shared(change: CaseChange): CaseChange {
    const key = REPEATING.has(change.kind) ? JSON.stringify(change) : undefined;
    let known = key === undefined ? undefined : this.facts.get(key);
    if (known === undefined) {
      const copy: Record<string, unknown> = {};
      for (const [k, value] of Object.entries(change))
        copy[k] =
          typeof value === 'string'
            ? this.intern(value)
            : Array.isArray(value)
              ? value.map((v) => (typeof v === 'string' ? this.intern(v) : v))
              : value;
      known = copy as CaseChange;
      if (key !== undefined) this.facts.set(key, known);
    }
    return known;
  }

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /**
   * The report as of `options.asOf`, from the case documents of now (for the advice items). When
   * every event recorded lies before asOf, it is computed from the live history at once; for an
   * earlier moment the history is folded from the facts first, a few hundred cases per step.
   */
  *report(cases: readonly CaseRecord[], options: ReportOptions): ReportSteps {
    const frame = reportFrame(options);
    const history = this.latest < frame.asOf ? this.live : yield* this.historyAt(frame.asOf);
    return yield* reportSteps(history, cases, frame);
  }

  /** The history as `replay` would give it for the events before `asOf` (ms), folded in steps. */
  *historyAt(asOf: number): Generator<void, History, void> {
    const history = emptyHistory();
    // the maps as they are now: a reset meanwhile replaces them and leaves these alone
    const { cases, detected, dismissed } = this;
    let n = 0;
    const step = () => ++n % STEP === 0;
    for (const [id, at] of detected) {
      if (at < asOf) history.signals.set(id, at);
      if (step()) yield;
    }
    for (const [id, times] of dismissed) {
      const last = lastBefore(times, asOf);
      if (last !== undefined) history.notAProject.set(id, last);
      if (step()) yield;
    }
    for (const [id, facts] of cases) {
      if (facts.firstAt < asOf) history.cases.set(id, foldCase(id, facts, asOf));
      if (step()) yield;
    }
    return history;
  }
}

export { finish };

function foldCase(id: string, facts: CaseFacts, asOf: number): CaseHistory {
  const c = newCaseHistory(id);
  for (let i = 0; i < facts.changes.length && facts.at[i]! < asOf; i++)
    applyCaseChange(c, facts.changes[i]!, facts.at[i]!);
  return c;
}

function insertSorted(times: number[], at: number): void {
  let i = times.length;
  while (i > 0 && times[i - 1]! > at) i--;
  times.splice(i, 0, at);
}

function lastBefore(times: number[], asOf: number): number | undefined {
  for (let i = times.length - 1; i >= 0; i--) if (times[i]! < asOf) return times[i];
  return undefined;
}
