import type { NewAuditEvent, Tx } from '../store.js';
import { enqueueIn, type JobSpec } from './jobs.js';

/** What a change sets off, saved in the same transaction as the change itself. */
export interface Effects {
  events?: NewAuditEvent[];
  jobs?: JobSpec[];
}

export function applyEffects(tx: Tx, effects: Effects, now: Date): void {
  for (const event of effects.events ?? []) tx.record(event);
  for (const job of effects.jobs ?? []) enqueueIn(tx, job, now);
}
