import { DateTime } from 'luxon';
import type { CaseRecord } from '../domain/case/case.js';
import { addWorkingDays } from '../domain/schedule/working-days.js';
import { localDate } from '../domain/time.js';
import type { JobSpec } from '../store/repositories/jobs.js';
import type { AppDeps } from './deps.js';

/** What an assessment notice announces. */
export type NoticeKind = 'invite' | 'updated' | 'cancelled' | 'prep' | 'reminder';

/** Where the calendar invitation and the preparation pack of a case are served, behind signed links. */
export const invitePath = (c: CaseRecord) => `/files/invite/${c.id}-${c.schedule?.sequence ?? 0}.ics`;
export const prepPath = (c: CaseRecord) => `/files/prep/${c.id}.txt`;

function at(date: string, time: string, tz: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: tz }).toJSDate();
}

/** The work an (updated or cancelled) assessment sets off: invitations now, the preparation pack and a reminder later. */
export function assessmentJobs(deps: Pick<AppDeps, 'clock' | 'config'>, c: CaseRecord, kind: 'invite' | 'updated' | 'cancelled'): JobSpec[] {
  const s = c.schedule!;
  const key = `${c.id}:${s.sequence}`;
  const now = deps.clock.now();
  const jobs: JobSpec[] = [{ id: `schedule.notify:${key}`, kind: 'schedule.notify', dueAt: now, payload: { caseId: c.id, sequence: s.sequence, kind } }];
  if (kind === 'cancelled') return jobs;
  const tz = deps.config.timeZone;
  const day = localDate(new Date(s.slot.start), tz);
  const prep = at(addWorkingDays(day, -deps.config.schedule.prepPackDays), '09:00', tz);
  jobs.push({ id: `schedule.prep:${key}`, kind: 'schedule.prep', dueAt: prep < now ? now : prep, payload: { caseId: c.id, sequence: s.sequence } });
  const reminder = at(DateTime.fromISO(day).minus({ days: 1 }).toISODate()!, '09:00', tz);
  if (reminder > now) jobs.push({ id: `schedule.reminder:${key}`, kind: 'schedule.reminder', dueAt: reminder, payload: { caseId: c.id, sequence: s.sequence } });
  return jobs;
}
