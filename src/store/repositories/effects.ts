import type { NewAuditEvent, Tx } from '../store.js';
import { enqueueIn, type JobSpec } from './jobs.js';
import { rememberIn, type PersonIds } from './people.js';

/** What a change sets off, saved in the same transaction as the change itself. */
export interface Effects {
  events?: NewAuditEvent[];
  jobs?: JobSpec[];
  /** People whose Teams ids the change brings (e.g. the author of a signal): kept, where they changed. */
  people?: PersonIds[];
}

export function applyEffects(tx: Tx, effects: Effects, now: Date): void {
  for (const event of effects.events ?? []) tx.record(event);
  for (const job of effects.jobs ?? []) enqueueIn(tx, job, now);
  for (const person of effects.people ?? []) rememberIn(tx, person, now);
}
