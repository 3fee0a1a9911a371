import type { CaseRecord } from './case.js';
import { isOpen, type CaseState } from './lifecycle.js';

/** The order of Team Uthiek's queue ("zaken"): by state, then first submitted first. */
const QUEUE_ORDER: readonly CaseState[] = ['submitted', 'needs-info', 'accepted', 'scheduled', 'assessed', 'follow-up'];

/** Whether the case is in Team Uthiek's queue: open and past intake. */
export const inQueue = (c: CaseRecord): boolean => isOpen(c.state) && c.state !== 'intake';

/** The queue's order: state (as QUEUE_ORDER), then the moment of submission (ISO text, so code-unit order). */
export function byQueueOrder(a: CaseRecord, b: CaseRecord): number {
  const byState = QUEUE_ORDER.indexOf(a.state) - QUEUE_ORDER.indexOf(b.state);
  if (byState !== 0) return byState;
  const x = a.submittedAt ?? '';
  const y = b.submittedAt ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
