import type { CaseRecord } from '../../domain/case/case.js';
import type { Clock } from '../../domain/clock.js';
import { localDate } from '../../domain/time.js';
import { CaseIndex } from '../case-index.js';
import type { AuditEvent, NewAuditEvent, Store } from '../store.js';
import { enqueueIn, type JobSpec } from './jobs.js';

/**
 * A change to a case: the new document, its audit events, and work to do afterwards, saved
 * together. A `next` that is the case as it was (the same object) leaves the case unwritten.
 * `keepCard`: the case's card in Team Uthiek's channel is left as it is (see `update`).
 */
export type CaseChange = { next: CaseRecord; events: NewAuditEvent[]; jobs?: JobSpec[]; keepCard?: boolean };
export type UpdateResult =
  { status: 'ok'; case: CaseRecord } | { status: 'conflict'; current: CaseRecord } | { status: 'not-found' };

/**
 * The case aggregate's repository: numbering, optimistic updates with their audit events in the
 * same transaction, and the queries the bot needs.
 */
export class Cases {
  private readonly index: CaseIndex;

  /** `index`: one the store already keeps (given to it when it opened); else one is attached now. */
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly timeZone: string,
    index?: CaseIndex,
  ) {
    this.index = index ?? new CaseIndex();
    if (!index) store.project(this.index);
  }

  get(id: string): CaseRecord | undefined {
    return this.store.get('cases', id);
  }

  /** Cases a person started or leads, most recently changed first. */
  forPerson(aadObjectId: string): CaseRecord[] {
    return this.lookUp(this.index.ofPerson(aadObjectId)).sort((a, b) => byText(b.updatedAt, a.updatedAt));
  }

  /** Cases not in a final state (closed, abandoned, declined, duplicate, cancelled). */
  open(): CaseRecord[] {
    return this.lookUp(this.index.openCases());
  }

  /** Team Uthiek's queue: the open cases past intake, by state and then first submitted first (see CaseIndex). */
  queue(): readonly CaseRecord[] {
    return this.index.queue((ids) => this.lookUp(ids));
  }

  /** Changes whenever a case enters the queue, changes in it or leaves it (see CaseIndex.queueVersion). */
  queueVersion(): number {
    return this.index.queueVersion();
  }

  /** The cases that entered, changed in or left the queue since `version`, if still known (see CaseIndex). */
  queueChangesSince(version: number): ReadonlySet<string> | undefined {
    return this.index.queueChangesSince(version);
  }

  /** Ids of the cases that chase something (advice items in follow-up, a pending decision), from the index. */
  chasedIds(): string[] {
    return [...this.index.chasedCases()];
  }

  /** Registered cases with their project names, in order of registration (see CaseIndex). */
  named(): readonly { id: string; projectName?: string }[] {
    return this.index.namedCases();
  }

  drafts(aadObjectId: string): CaseRecord[] {
    return this.forPerson(aadObjectId).filter((c) => c.state === 'intake');
  }

  all(predicate: (c: CaseRecord) => boolean = () => true): CaseRecord[] {
    return this.store.find('cases', predicate);
  }

  private lookUp(ids: Iterable<string>): CaseRecord[] {
    const out: CaseRecord[] = [];
    for (const id of ids) {
      const c = this.store.get('cases', id);
      if (c) out.push(c);
    }
    return out;
  }

  /** The case's history: its own audit events and those of the cases merged into it, in order. */
  history(c: CaseRecord): AuditEvent[] {
    const merged = this.all((o) => o.triage?.duplicateOf === c.id).map((o) => o.id);
    return [c.id, ...merged].flatMap((id) => this.store.events({ caseId: id })).sort((a, b) => a.seq - b.seq);
  }

  /**
   * Adds finished cases from outside the bot (past assessments), each with its one event, in one
   * transaction; a case whose id exists already is left as it is. Returns the ids added.
   */
  async addMissing(items: readonly { c: CaseRecord; event: NewAuditEvent }[]): Promise<string[]> {
    return this.store.transact((tx) =>
      items.flatMap(({ c, event }) => {
        if (tx.get('cases', c.id)) return [];
        tx.put('cases', c, { expectRev: 0 });
        tx.record({ ...event, caseId: c.id });
        return [c.id];
      }),
    );
  }

  /** Creates a case with the next number of the year, e.g. UTH-2026-007. */
  async create(build: (id: string) => CaseRecord, events: (c: CaseRecord) => NewAuditEvent[]): Promise<CaseRecord> {
    const year = localDate(this.clock.now(), this.timeZone).slice(0, 4);
    return this.store.transact((tx) => {
      const counterId = `case-${year}`;
      const counter = tx.get('counters', counterId);
      const value = (counter?.value ?? 0) + 1;
      tx.put('counters', { id: counterId, value });
      const id = `UTH-${year}-${String(value).padStart(3, '0')}`;
      const created = tx.put('cases', build(id), { expectRev: 0 });
      for (const e of events(created)) tx.record({ ...e, caseId: id });
      return created;
    });
  }

  /**
   * Applies `change` to the current case. With `expectRev` (from the card that was clicked) a
   * change based on an out-of-date card is refused as a conflict, with the current case.
   */
  async update(
    id: string,
    expectRev: number | undefined,
    change: (c: CaseRecord) => CaseChange,
  ): Promise<UpdateResult> {
    return this.store.transact((tx): UpdateResult => {
      const current = tx.get('cases', id);
      if (!current) return { status: 'not-found' };
      if (expectRev !== undefined && current.rev !== expectRev) return { status: 'conflict', current };
      const { next, events, jobs = [], keepCard = false } = change(current);
      const now = this.clock.now();
      const saved =
        next === current
          ? current
          : tx.put('cases', { ...next, updatedAt: now.toISOString() }, { expectRev: current.rev });
      for (const e of events) tx.record({ ...e, caseId: e.caseId ?? id });
      for (const job of jobs) enqueueIn(tx, job, now);
      // the case's card in Team Uthiek's channel shows it, and its buttons carry its revision: whatever
      // changed it (a snooze, an escalation, a look-up), the card follows, unless the change keeps it
      // (answers from outside Teams while the handler plans on that message: app/outside.ts)
      if (next !== current && !keepCard && tx.get('messages', `triage:${id}`))
        enqueueIn(tx, triageRefresh(current, now), now);
      return { status: 'ok', case: saved };
    });
  }
}

/** The job that brings the case's card in Team Uthiek's channel up to date after a change of `c`. */
export const triageRefresh = (c: CaseRecord, now: Date): JobSpec => ({
  id: `triage.post:${c.id}:${(c.rev ?? 0) + 1}`,
  kind: 'triage.post',
  dueAt: now,
  payload: { caseId: c.id },
});

/** Code-unit order: for ISO timestamps the order of time, without a collator. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
