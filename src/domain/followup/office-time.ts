import { isPublicHoliday } from '../schedule/working-days.js';
import { localDate } from '../time.js';
import { DateTime } from 'luxon';

/** True when the local calendar date (YYYY-MM-DD) is a public holiday. */
export type HolidayPredicate = (isoDate: string) => boolean;

export interface OfficeTime {
  /** IANA time zone the office hours and dates are in. */
  tz: string;
  /** Local 'HH:mm'; start inclusive, end exclusive. */
  officeHours: { start: string; end: string };
  isHoliday: HolidayPredicate;
}

/** Dutch public holidays: the same calendar as scheduling uses. */
export const dutchPublicHoliday: HolidayPredicate = isPublicHoliday;

function hoursAndMinutes(hhmm: string): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new RangeError(`not a HH:mm time: ${hhmm}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function day(isoDate: string, tz: string): DateTime {
  const d = DateTime.fromISO(isoDate, { zone: tz });
  if (!d.isValid) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return d.startOf('day');
}

export { localDate };

export function isWorkingDay(isoDate: string, ot: OfficeTime): boolean {
  return day(isoDate, ot.tz).weekday <= 5 && !ot.isHoliday(isoDate);
}

function officeBound(isoDate: string, hhmm: string, ot: OfficeTime): Date {
  return day(isoDate, ot.tz)
    .set({ ...hoursAndMinutes(hhmm), second: 0, millisecond: 0 })
    .toJSDate();
}

/** Start of office hours on that local date. */
export const officeStartOn = (isoDate: string, ot: OfficeTime): Date => officeBound(isoDate, ot.officeHours.start, ot);

/** A working day within office hours, local time. */
export function isWorkingMoment(at: Date, ot: OfficeTime): boolean {
  const date = localDate(at, ot.tz);
  if (!isWorkingDay(date, ot)) return false;
  return at >= officeStartOn(date, ot) && at < officeBound(date, ot.officeHours.end, ot);
}

function plusDays(isoDate: string, days: number, tz: string): string {
  return day(isoDate, tz).plus({ days }).toISODate() ?? '';
}

/** The date itself when it is a working day, else the next one. */
export function firstWorkingDayOnOrAfter(isoDate: string, ot: OfficeTime): string {
  let date = isoDate;
  for (let i = 0; i < 366; i++) {
    if (isWorkingDay(date, ot)) return date;
    date = plusDays(date, 1, ot.tz);
  }
  throw new RangeError(`no working day within a year after ${isoDate}`);
}

/** The working day `n` working days after the date (n ≥ 1), e.g. Friday + 1 = Monday. */
export function addWorkingDays(isoDate: string, n: number, ot: OfficeTime): string {
  let date = isoDate;
  for (let left = n; left > 0; left--) date = firstWorkingDayOnOrAfter(plusDays(date, 1, ot.tz), ot);
  return date;
}

/** The earliest working moment at or after `from`. */
export function nextWorkingMoment(from: Date, ot: OfficeTime): Date {
  const date = localDate(from, ot.tz);
  if (isWorkingMoment(from, ot)) return from;
  if (isWorkingDay(date, ot) && from < officeStartOn(date, ot)) return officeStartOn(date, ot);
  return officeStartOn(firstWorkingDayOnOrAfter(plusDays(date, 1, ot.tz), ot), ot);
}
