import type { CaseRecord } from '../domain/case/case.js';
import { isOpen } from '../domain/case/lifecycle.js';
import { byQueueOrder, inQueue } from '../domain/case/queue.js';
import { chasedOf } from '../domain/followup/nudge.js';
import type { CommittedChange, Projection } from './store.js';

/** How many of the latest queue changes are remembered (at least). */
const QUEUE_LOG_MAX = 500;

/**
 * Which cases a person started or leads, which cases are open, and which chase something (advice
 * items in follow-up, a pending decision): kept current as case documents are written, so "mijn
 * zaken", "zaken" and the follow-up sweep look up their cases instead of scanning ten years of them.
 */
export class CaseIndex implements Projection {
  private readonly people = new Map<string, Set<string>>();
  private readonly open = new Set<string>();
  private readonly chased = new Set<string>();
  /** The people each case is indexed under, to move it when its lead changes. */
  private readonly peopleOf = new Map<string, string[]>();
  /**
   * Every case's project name and whether it is registered (past intake, not merged away, not
   * anonymised); every case, so that each keeps its place in the order the store holds them.
   */
  private readonly names = new Map<string, { projectName?: string; registered: boolean }>();
  private namedList: { id: string; projectName?: string }[] | undefined;
  /**
   * Team Uthiek's queue in its order (byQueueOrder; equal ones in the order they were last
   * written, as a stable sort of the open cases gives them): made when first asked, then kept in
   * order as cases are written, so "zaken" neither looks up nor sorts thousands of cases.
   */
  private queueList: CaseRecord[] | undefined;
  /** Ids of the cases in the queue, and how often the queue changed (a case entered, changed or left it). */
  private readonly queued = new Set<string>();
  private queueChanges = 0;
  /** The case of each of the latest queue changes, oldest first (a rebuild has none, and empties it). */
  private queueLog: string[] = [];

  reset(): void {
    this.people.clear();
    this.open.clear();
    this.chased.clear();
    this.peopleOf.clear();
    this.names.clear();
    this.namedList = undefined;
    this.queueList = undefined;
    this.queued.clear();
    this.queueChanges++;
    this.queueLog = [];
  }

  apply(change: CommittedChange): void {
    for (const [collection, doc] of change.puts) if (collection === 'cases') this.put(doc as CaseRecord);
    for (const [collection, id] of change.dels) if (collection === 'cases') this.drop(id);
  }

  /** Ids of the cases the person started or leads. */
  ofPerson(aadObjectId: string): Iterable<string> {
    return this.people.get(aadObjectId) ?? [];
  }

  /** Ids of the cases not in a final state. */
  openCases(): Iterable<string> {
    return this.open;
  }

  /** The open cases past intake, in the queue's order, given the documents by id (made the first time). */
  queue(lookUp: (ids: Iterable<string>) => CaseRecord[]): readonly CaseRecord[] {
    this.queueList ??= lookUp(this.open).filter(inQueue).sort(byQueueOrder);
    return this.queueList;
  }

  /**
   * Changes whenever a case enters the queue, changes in it or leaves it (and at a rebuild): what is
   * worked out from the whole queue (a triage card's possible duplicates) holds while it stays the same.
   */
  queueVersion(): number {
    return this.queueChanges;
  }

  /**
   * The cases that entered, changed in or left the queue since `version` (each once), or undefined when
   * that is too long ago to tell (or a rebuild came between): then only the whole queue can tell.
   */
  queueChangesSince(version: number): ReadonlySet<string> | undefined {
    const count = this.queueChanges - version;
    if (count < 0 || count > this.queueLog.length) return undefined;
    return new Set(this.queueLog.slice(this.queueLog.length - count));
  }

  /** Ids of the cases that chase something now (see chasedOf): the only ones follow-up plans for. */
  chasedCases(): Iterable<string> {
    return this.chased;
  }

  /** Registered cases (past intake, not merged away, not anonymised) with their project names. */
  namedCases(): readonly { id: string; projectName?: string }[] {
    this.namedList ??= [...this.names]
      .filter(([, n]) => n.registered)
      .map(([id, n]) => ({ id, projectName: n.projectName }));
    return this.namedList;
  }

  private put(c: CaseRecord): void {
    this.remove(c.id);
    const who = [...new Set([c.createdBy, c.leadId])].filter((p): p is string => typeof p === 'string');
    for (const p of who) {
      const ids = this.people.get(p);
      if (ids) ids.add(c.id);
      else this.people.set(p, new Set([c.id]));
    }
    this.peopleOf.set(c.id, who);
    if (isOpen(c.state)) this.open.add(c.id);
    if (chasedOf(c).length > 0) this.chased.add(c.id);
    this.putName(c);
    if (inQueue(c)) this.enqueue(c);
  }

  private queueChanged(id: string): void {
    this.queueChanges++;
    this.queueLog.push(id);
    if (this.queueLog.length > QUEUE_LOG_MAX * 2) this.queueLog = this.queueLog.slice(-QUEUE_LOG_MAX);
  }

  private enqueue(c: CaseRecord): void {
    this.queued.add(c.id);
    this.queueChanged(c.id);
    if (this.queueList) {
      // after the last one not later in the queue: a case written now goes after its equals
      let low = 0;
      let high = this.queueList.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (byQueueOrder(this.queueList[mid]!, c) <= 0) low = mid + 1;
        else high = mid;
      }
      this.queueList.splice(low, 0, c);
    }
  }

  /** Map.set keeps a case's place, so the order stays the store's, as a scan gives it. */
  private putName(c: CaseRecord): void {
    const registered = c.state !== 'intake' && c.state !== 'duplicate' && !c.anonymisedAt;
    const known = this.names.get(c.id);
    if (known && known.registered === registered && known.projectName === c.intake.projectName) return;
    this.names.set(c.id, { projectName: c.intake.projectName, registered });
    if (registered || known?.registered) this.namedList = undefined;
  }

  private drop(id: string): void {
    this.remove(id);
    if (this.names.delete(id)) this.namedList = undefined;
  }

  private remove(id: string): void {
    for (const p of this.peopleOf.get(id) ?? []) {
      const ids = this.people.get(p);
      ids?.delete(id);
      if (ids?.size === 0) this.people.delete(p);
    }
    this.peopleOf.delete(id);
    this.open.delete(id);
    this.chased.delete(id);
    if (!this.queued.delete(id)) return;
    this.queueChanged(id);
    const at = this.queueList?.findIndex((c) => c.id === id) ?? -1;
    if (at >= 0) this.queueList!.splice(at, 1);
  }
}
