import type { CaseRecord } from '../domain/case/case.js';
import { isOpen } from '../domain/case/lifecycle.js';
import type { CommittedChange, Projection } from './store.js';

/**
 * Which cases a person started or leads, and which cases are open: kept current as case
 * documents are written, so "mijn zaken" and "zaken" look up their cases instead of scanning
 * ten years of them.
 */
export class CaseIndex implements Projection {
  private readonly people = new Map<string, Set<string>>();
  private readonly open = new Set<string>();
  /** The people each case is indexed under, to move it when its lead changes. */
  private readonly peopleOf = new Map<string, string[]>();

  reset(): void {
    this.people.clear();
    this.open.clear();
    this.peopleOf.clear();
  }

  apply(change: CommittedChange): void {
    for (const [collection, doc] of change.puts) if (collection === 'cases') this.put(doc as CaseRecord);
    for (const [collection, id] of change.dels) if (collection === 'cases') this.remove(id);
  }

  /** Ids of the cases the person started or leads. */
  ofPerson(aadObjectId: string): Iterable<string> {
    return this.people.get(aadObjectId) ?? [];
  }

  /** Ids of the cases not in a final state. */
  openCases(): Iterable<string> {
    return this.open;
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
  }

  private remove(id: string): void {
    for (const p of this.peopleOf.get(id) ?? []) {
      const ids = this.people.get(p);
      ids?.delete(id);
      if (ids?.size === 0) this.people.delete(p);
    }
    this.peopleOf.delete(id);
    this.open.delete(id);
  }
}
