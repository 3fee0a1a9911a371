import { DPIA_STATUSES, type DpiaStatus } from '../intake/vocabulary.js';

export { DPIA_STATUSES, type DpiaStatus };

/**
 * The DPIA (data protection impact assessment) of a case as a record, not a tick box: its status,
 * the date (done on, planned for, started on), a link, who recorded it, and whether a privacy
 * officer confirmed it. The rules that make and change it are in dpia.ts.
 */
export interface DpiaRecord {
  status: DpiaStatus;
  /** Why no DPIA is needed (required for 'not-needed'). */
  reason?: string;
  /** YYYY-MM-DD. Required for 'done'; absent for records migrated from the old tick box. */
  date?: string;
  link?: string;
  recordedAt: string;
  recordedBy: string;
  /** intake: as the lead wrote it; update: recorded afterwards; migration: the tick box of an older version. */
  source: 'intake' | 'update' | 'migration';
  /** A privacy officer confirmed this record as it stands; any later change clears it. */
  confirmedBy?: string;
  confirmedAt?: string;
}
