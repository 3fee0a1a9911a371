import { FINAL, isUndelivered, type DeliveryRecord } from '../../domain/delivery/delivery.js';
import type { Clock } from '../../domain/clock.js';
import type { Store } from '../store.js';
import { applyEffects, type Effects } from './effects.js';

/** One record per recipient per message the bot sends on its own initiative (src/domain/delivery). */
export class Deliveries {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  get(id: string): DeliveryRecord | undefined {
    return this.store.get('deliveries', id);
  }

  forCase(caseId: string): DeliveryRecord[] {
    return this.store
      .find('deliveries', (d) => d.caseId === caseId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Messages of a case that finally did not arrive, or may not have. */
  undelivered(caseId: string): DeliveryRecord[] {
    return this.forCase(caseId).filter(isUndelivered);
  }

  /** How many messages did not arrive, per case. */
  undeliveredByCase(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of this.store.find('deliveries', (x) => Boolean(x.caseId) && isUndelivered(x)))
      counts.set(d.caseId!, (counts.get(d.caseId!) ?? 0) + 1);
    return counts;
  }

  /**
   * Claims for one report (`reportId`) the failures of a case (or of the bot) nobody was told
   * about yet and no other report has claimed, in one transaction; the report's own claims again
   * when it is tried again.
   */
  claimUnreported(caseId: string | undefined, reportId: string): Promise<DeliveryRecord[]> {
    return this.store.transact((tx) => {
      const open = this.store.find(
        'deliveries',
        (d) => d.caseId === caseId && d.report && isUndelivered(d) && !d.reportedAt,
      );
      const claimed: DeliveryRecord[] = [];
      for (const { id } of open) {
        const d = tx.get('deliveries', id);
        if (!d || d.reportedAt || (d.reportId && d.reportId !== reportId)) continue;
        claimed.push(tx.put('deliveries', { ...d, reportId }));
      }
      return claimed.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    });
  }

  /** Messages addressed to a person (for what the bot holds about them). */
  toPerson(aadObjectId: string): DeliveryRecord[] {
    return this.store.find('deliveries', (d) => d.recipient.kind === 'person' && d.recipient.id === aadObjectId);
  }

  /** Plans records (those that exist are left alone) with what they set off, in one transaction. */
  async plan(records: DeliveryRecord[], effects: Effects = {}): Promise<void> {
    await this.store.transact((tx) => {
      for (const r of records) if (!tx.get('deliveries', r.id)) tx.put('deliveries', r);
      applyEffects(tx, effects, this.clock.now());
    });
  }

  /**
   * Marks an attempt as started (`sending`, one more attempt) before the call to Teams. Returns the
   * record as it stood instead when it is final or already being sent: then nothing may be sent.
   */
  begin(fresh: DeliveryRecord): Promise<{ started: boolean; record: DeliveryRecord }> {
    return this.store.transact((tx) => {
      const current = tx.get('deliveries', fresh.id);
      if (current && (FINAL.has(current.status) || current.status === 'sending'))
        return { started: false, record: current };
      const base = current ?? fresh;
      const record = tx.put('deliveries', {
        ...base,
        status: 'sending',
        attempts: base.attempts + 1,
        updatedAt: this.clock.now().toISOString(),
      });
      return { started: true, record };
    });
  }

  /** Saves the record as an attempt left it, with what that sets off (a report), together. */
  async settle(next: DeliveryRecord, effects: Effects = {}): Promise<void> {
    await this.store.transact((tx) => {
      tx.put('deliveries', next);
      applyEffects(tx, effects, this.clock.now());
    });
  }

  async markReported(ids: readonly string[]): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.store.transact((tx) => {
      for (const id of ids) {
        const d = tx.get('deliveries', id);
        if (d && !d.reportedAt) tx.put('deliveries', { ...d, reportedAt: at });
      }
    });
  }

  /** Forgets delivered messages last changed before `sentBefore`, and the others before `otherBefore` (ms). */
  async purge(sentBefore: number, otherBefore: number): Promise<number> {
    const old = this.store.find('deliveries', (d) => {
      const changed = Date.parse(d.updatedAt);
      return d.status === 'sent' ? changed < sentBefore : FINAL.has(d.status) && changed < otherBefore;
    });
    if (old.length === 0) return 0;
    await this.store.transact((tx) => {
      for (const d of old) tx.delete('deliveries', d.id);
    });
    return old.length;
  }
}
