import type { Stored } from '../store/store.js';

export type JobStatus = 'pending' | 'running' | 'done' | 'failed' | 'unknown';

/**
 * A unit of work to do at or after `dueAt` (proactive messages, reminders, expiry). Kept in the
 * store, so it survives restarts. The id is chosen by the caller and makes enqueueing
 * idempotent: the same job is never created twice.
 */
export interface JobRecord extends Stored {
  id: string;
  kind: string;
  dueAt: string;
  status: JobStatus;
  attempts: number;
  payload: Record<string, string | number | boolean | null | string[]>;
  createdAt: string;
  updatedAt: string;
  lastError?: string;
}

/** What a job handler reports: expected failures are data, not exceptions. */
export type JobOutcome =
  | { status: 'done' }
  | { status: 'retry'; at: Date; error: string }
  | { status: 'failed'; error: string }
  /** The work may or may not have happened (e.g. a 5xx on a send): never repeated blindly. */
  | { status: 'unknown'; error: string };

export interface JobSpec {
  id: string;
  kind: string;
  dueAt: Date;
  payload?: JobRecord['payload'];
}

/** The stored form of a new job. */
export function newJob(spec: JobSpec, now: Date): JobRecord {
  const at = now.toISOString();
  return { id: spec.id, kind: spec.kind, dueAt: spec.dueAt.toISOString(), status: 'pending', attempts: 0, payload: spec.payload ?? {}, createdAt: at, updatedAt: at };
}
