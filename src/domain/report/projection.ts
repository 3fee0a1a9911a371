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

/** A case fact with its event's time and seq (one object per fact: there are tens of thousands). */
type TimedChange = CaseChange & { at: number; seq: number };

/** What the log says about one case: when it first appears, and its facts in time order, then seq. */
interface CaseFacts {
  firstAt: number;
  changes: TimedChange[];
}

/** A report being computed: `next()` until done; the caller may let other work run between steps. */
export type ReportSteps = Generator<void, Report, void>;

/**
 * Cases (and signals) folded between two steps of a past-date report (400 held the event loop for
 * 20–60 ms at ten years on a loaded machine).
 */
const STEP = 100;

const before = (a: { at: number; seq: number }, b: { at: number; seq: number }) =>
  a.at < b.at || (a.at === b.at && a.seq < b.seq);

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

  /** Forgets everything (before the store replays its whole log into it again). */
  reset(): void {
    this.live = emptyHistory();
    this.cases = new Map();
    this.detected = new Map();
    this.dismissed = new Map();
    this.latest = -Infinity;
    this.strings = new Map();
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
      facts = { firstAt: at, changes: [] };
      this.cases.set(fact.caseId, facts);
      this.live.cases.set(fact.caseId, newCaseHistory(fact.caseId));
    }
    facts.firstAt = Math.min(facts.firstAt, at);
    if (fact.change.kind === 'touch') return;
    const timed = this.timed(fact.change, at, event.seq);
    const last = facts.changes.at(-1);
    if (!last || before(last, timed)) {
      facts.changes.push(timed);
      applyCaseChange(this.live.cases.get(fact.caseId)!, timed, at);
    } else {
      let i = facts.changes.length - 1;
      while (i > 0 && before(timed, facts.changes[i - 1]!)) i--;
      facts.changes.splice(i, 0, timed);
      this.live.cases.set(fact.caseId, foldCase(fact.caseId, facts, Infinity));
    }
  }

  private timed(change: CaseChange, at: number, seq: number): TimedChange {
    const copy: Record<string, unknown> = { at, seq };
    for (const [key, value] of Object.entries(change))
      copy[key] =
        typeof value === 'string'
          ? this.intern(value)
          : Array.isArray(value)
            ? value.map((v) => (typeof v === 'string' ? this.intern(v) : v))
            : value;
    return copy as TimedChange;
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
  for (const t of facts.changes) {
    if (t.at >= asOf) break;
    applyCaseChange(c, t, t.at);
  }
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
