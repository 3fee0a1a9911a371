import { DateTime } from 'luxon';
import type { TimeSlot } from '../case/case.js';
import type { StaffAvailability } from './panel.js';
import { isoWeekday } from './working-days.js';

/** A stretch of local time on one day, in minutes since midnight. */
export interface Window {
  start: number;
  end: number;
}

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(minutes <= 24 * 60)) throw new RangeError(`Not a time of day (HH:mm): ${hhmm}`);
  return minutes;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Monday–Friday 09:00–17:00, for a lead whose hours are unknown. */
export function officeHours(aadObjectId: string): StaffAvailability {
  return { aadObjectId, workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', unavailable: [] };
}

/** The hours that office hours and every person's working hours share on a date, if any. */
export function commonWindow(date: string, office: Window, people: readonly StaffAvailability[]): Window | undefined {
  const weekday = isoWeekday(date);
  let { start, end } = office;
  for (const p of people) {
    if (!p.workingDays.includes(weekday) || p.unavailable.includes(date)) return undefined;
    start = Math.max(start, minutesOf(p.start));
    end = Math.min(end, minutesOf(p.end));
  }
  return start < end ? { start, end } : undefined;
}

/**
 * Start times to try on a day, in order: the preferred times rotated by `turn` (so proposals on
 * consecutive days get different times), then the start of the window rounded up to a quarter
 * hour as a fallback. Only times where the whole meeting fits in the window.
 */
export function startTimes(window: Window, preferred: readonly number[], turn: number, duration: number): number[] {
  const n = preferred.length;
  const rotated = preferred.map((_, i) => preferred[(i + turn) % n] as number);
  const fallback = Math.ceil(window.start / 15) * 15;
  return [...new Set([...rotated, fallback])].filter((s) => s >= window.start && s + duration <= window.end);
}

/** A local date and start time in a zone as a UTC slot. */
export function toUtcSlot(date: string, startMinutes: number, duration: number, tz: string): TimeSlot {
  const start = DateTime.fromISO(`${date}T${hhmm(startMinutes)}`, { zone: tz });
  if (!start.isValid) throw new RangeError(`Invalid local time ${date} ${hhmm(startMinutes)} in ${tz}`);
  const ms = start.toMillis();
  return { start: new Date(ms).toISOString(), end: new Date(ms + duration * 60_000).toISOString() };
}
