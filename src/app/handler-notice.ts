import { createHash } from 'node:crypto';
import type { JobSpec } from '../store/repositories/jobs.js';

/**
 * Something the case handler must hear about in the case's thread in Team Uthiek's channel: an
 * answer given on the page for people outside Teams, people Outlook does not know (left out
 * of the invitation or of free/busy), or a panel member who left an assessment's invitation. Sent by the `handler.notice` job through a delivery record,
 * so it goes out once and a failure is reported like any undelivered message.
 */
export type HandlerNotice =
  | { kind: 'outside'; what: 'poll' | 'input' | 'conflict' | 'no-conflict'; person: string; at: string }
  | { kind: 'outlook-unknown'; what: 'attendees' | 'free-busy'; ids: string[] }
  | { kind: 'panel-left'; memberId: string; why: 'inactive' | 'unavailable'; expertiseLost: boolean; at: string };

const digest = (parts: readonly string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 16);

/** The job for one notice; the same notice (same answer, same unknown people) gets the same id, so it is sent once. */
export function handlerNoticeJob(caseId: string, notice: HandlerNotice, now: Date): JobSpec {
  const key =
    notice.kind === 'outside'
      ? `outside:${notice.what}:${digest([notice.person, notice.at])}`
      : notice.kind === 'panel-left'
        ? `panel-left:${digest([notice.memberId, notice.at])}`
        : `outlook:${notice.what}:${digest([...notice.ids].sort())}`;
  return {
    id: `handler.notice:${caseId}:${key}`,
    kind: 'handler.notice',
    dueAt: now,
    payload: { caseId, ...notice },
  };
}

/** The notice a job carries, or undefined when it is not one (an older or damaged job). */
export function noticeOf(p: Record<string, unknown>): HandlerNotice | undefined {
  const what = String(p.what ?? '');
  if (p.kind === 'outside' && ['poll', 'input', 'conflict', 'no-conflict'].includes(what))
    return { kind: 'outside', what: what as 'poll', person: String(p.person ?? ''), at: String(p.at ?? '') };
  if (p.kind === 'outlook-unknown' && (what === 'attendees' || what === 'free-busy') && Array.isArray(p.ids))
    return { kind: 'outlook-unknown', what, ids: p.ids.map(String) };
  if (p.kind === 'panel-left' && (p.why === 'inactive' || p.why === 'unavailable'))
    return {
      kind: 'panel-left',
      memberId: String(p.memberId ?? ''),
      why: p.why,
      expertiseLost: p.expertiseLost === true,
      at: String(p.at ?? ''),
    };
  return undefined;
}
