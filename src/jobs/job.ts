export type { JobRecord, JobStatus } from '../store/collections.js';
export type { JobSpec } from '../store/repositories/jobs.js';

/** What a job handler reports: expected failures are data, not exceptions. */
export type JobOutcome =
  | { status: 'done' }
  | { status: 'retry'; at: Date; error: string }
  | { status: 'failed'; error: string }
  /** The work may or may not have happened (e.g. a 5xx on a send): never repeated blindly. */
  | { status: 'unknown'; error: string };
