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

/**
 * Remembers results by key (luxon's time-zone arithmetic is slow, and planning follow-up for
 * every case asks about the same few hundred dates again and again). Bounded: cleared when full.
 */
function memo<T>(compute: (...args: string[]) => T, limit = 20_000): (...args: string[]) => T {
  const cache = new Map<string, T>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(...args);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** Local midnight of the date (luxon's DateTime is immutable, so one can be shared). */
const day = memo((isoDate: string, tz: string): DateTime => {
  const d = DateTime.fromISO(isoDate, { zone: tz });
  if (!d.isValid) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  return d.startOf('day');
});

export { localDate };

/** The working-day answers for one holiday calendar (predicates are pure functions of the date). */
interface Calendar {
  isWorkingDay: (isoDate: string, tz: string) => boolean;
  firstOnOrAfter: (isoDate: string, tz: string) => string;
  add: (isoDate: string, n: string, tz: string) => string;
}

const calendars = new WeakMap<HolidayPredicate, Calendar>();

function calendar(ot: OfficeTime): Calendar {
  let known = calendars.get(ot.isHoliday);
  if (!known) {
    const isHoliday = ot.isHoliday;
    const isWorking = memo((isoDate: string, tz: string) => day(isoDate, tz).weekday <= 5 && !isHoliday(isoDate));
    const firstOnOrAfter = memo((isoDate: string, tz: string) => {
      let date = isoDate;
      for (let i = 0; i < 366; i++) {
        if (isWorking(date, tz)) return date;
        date = plusDays(date, 1, tz);
      }
      throw new RangeError(`no working day within a year after ${isoDate}`);
    });
    const add = memo((isoDate: string, n: string, tz: string) => {
      let date = isoDate;
      for (let left = Number(n); left > 0; left--) date = firstOnOrAfter(plusDays(date, 1, tz), tz);
      return date;
    });
    known = { isWorkingDay: isWorking, firstOnOrAfter, add };
    calendars.set(isHoliday, known);
  }
  return known;
}

export function isWorkingDay(isoDate: string, ot: OfficeTime): boolean {
  return calendar(ot).isWorkingDay(isoDate, ot.tz);
}

const boundMs = memo((isoDate: string, hhmm: string, tz: string): number =>
  day(isoDate, tz)
    .set({ ...hoursAndMinutes(hhmm), second: 0, millisecond: 0 })
    .toMillis(),
);

function officeBound(isoDate: string, hhmm: string, ot: OfficeTime): Date {
  return new Date(boundMs(isoDate, hhmm, ot.tz));
}

/** Start of office hours on that local date. */
export const officeStartOn = (isoDate: string, ot: OfficeTime): Date => officeBound(isoDate, ot.officeHours.start, ot);

/** A working day within office hours, local time. */
export function isWorkingMoment(at: Date, ot: OfficeTime): boolean {
  const date = localDate(at, ot.tz);
  if (!isWorkingDay(date, ot)) return false;
  return at >= officeStartOn(date, ot) && at < officeBound(date, ot.officeHours.end, ot);
}

const plusDaysMemo = memo(
  (isoDate: string, days: string, tz: string): string =>
    day(isoDate, tz)
      .plus({ days: Number(days) })
      .toISODate() ?? '',
);

function plusDays(isoDate: string, days: number, tz: string): string {
  return plusDaysMemo(isoDate, String(days), tz);
}

/** The date itself when it is a working day, else the next one. */
export function firstWorkingDayOnOrAfter(isoDate: string, ot: OfficeTime): string {
  return calendar(ot).firstOnOrAfter(isoDate, ot.tz);
}

/** The working day `n` working days after the date (n ≥ 1), e.g. Friday + 1 = Monday. */
export function addWorkingDays(isoDate: string, n: number, ot: OfficeTime): string {
  return calendar(ot).add(isoDate, String(n), ot.tz);
}

/** The earliest working moment at or after `from`. */
export function nextWorkingMoment(from: Date, ot: OfficeTime): Date {
  const date = localDate(from, ot.tz);
  if (isWorkingMoment(from, ot)) return from;
  if (isWorkingDay(date, ot) && from < officeStartOn(date, ot)) return officeStartOn(date, ot);
  return officeStartOn(firstWorkingDayOnOrAfter(plusDays(date, 1, ot.tz), ot), ot);
}
