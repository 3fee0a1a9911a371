import type { JobRecord } from '../collections.js';
import type { Tx } from '../store.js';

/** A job to queue: what to do (`kind`, `payload`), when, and an id that makes queueing it idempotent. */
export interface JobSpec {
  id: string;
  kind: string;
  dueAt: Date;
  payload?: JobRecord['payload'];
}

/** The stored form of a new job. */
export function newJob(spec: JobSpec, now: Date): JobRecord {
  const at = now.toISOString();
  return {
    id: spec.id,
    kind: spec.kind,
    dueAt: spec.dueAt.toISOString(),
    status: 'pending',
    attempts: 0,
    payload: spec.payload ?? {},
    createdAt: at,
    updatedAt: at,
  };
}

/** The one way to queue a job inside a transaction; a job with the same id is left alone. */
export function enqueueIn(tx: Tx, spec: JobSpec, now: Date): void {
  if (!tx.get('jobs', spec.id)) tx.put('jobs', newJob(spec, now));
}
