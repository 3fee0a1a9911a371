import { isCalendarDate, localDate } from '../time.js';
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, libraryPublicHolidays } from './nl-holidays-library.js';
import { NL_PUBLIC_HOLIDAYS } from './nl-public-holidays.js';

/**
 * Working days (DOMAIN.md, "Scheduling rules"): Monday–Friday, Dutch public holidays excluded.
 * Dates are calendar dates, `YYYY-MM-DD`; a time zone only matters where an instant (`now`) is
 * turned into a date.
 *
 * Holidays are what `date-holidays` lists for 'NL' with type 'public' and nothing else:
 * Nieuwjaarsdag, Tweede Paasdag, Koningsdag (26 April when the 27th is a Sunday), Hemelvaartsdag,
 * Tweede Pinksterdag, Eerste and Tweede Kerstdag (Pasen and Pinksteren fall on Sundays anyway).
 * The library types Goede Vrijdag and Bevrijdingsdag (5 May, also in lustrum years such as 2025)
 * as 'school', not 'public', so both count as working days here: neither is a general day off by
 * law, and whether staff are free depends on the collective agreement. For 1990–2100 they come
 * from a table written from the library (`scripts/nl-holidays.ts`, held to the library by a
 * test), so the bot does not load the library's data of every country; other years ask it.
 */

export const DEFAULT_TZ = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;

const holidaysByYear = new Map<number, ReadonlySet<string>>();

function publicHolidays(year: number): ReadonlySet<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    const table = year >= HOLIDAY_TABLE_FIRST_YEAR && year <= HOLIDAY_TABLE_LAST_YEAR;
    set = new Set(
      table
        ? NL_PUBLIC_HOLIDAYS[year - HOLIDAY_TABLE_FIRST_YEAR]!.split(' ').map((day) => `${year}-${day}`)
        : libraryPublicHolidays(year),
    );
    holidaysByYear.set(year, set);
  }
  return set;
}

/** Days since 1970-01-01 for a calendar date; throws on anything but a real `YYYY-MM-DD`. */
function dayNumber(date: string): number {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addCalendarDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return d === 0 ? 7 : d;
}

export { localDate };

export function isPublicHoliday(date: string): boolean {
  dayNumber(date);
  return publicHolidays(Number(date.slice(0, 4))).has(date);
}

export function isWorkingDay(date: string): boolean {
  return isoWeekday(date) <= 5 && !isPublicHoliday(date);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: string): string {
  let d = addCalendarDays(date, 1);
  while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d;
}

/**
 * The n-th working day after `fromDate` (not counting `fromDate` itself); a negative n counts
 * back the same way; n = 0 returns `fromDate` unchanged.
 */
export function addWorkingDays(fromDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = fromDate;
  dayNumber(d);
  for (let left = Math.abs(n); left > 0;) {
    d = addCalendarDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/**
 * The day the reminder before an assessment on `date` goes out: the last working day before it
 * (Friday for a Monday, the working day before a public holiday), and whether that is the day
 * before, so the reminder can say "tomorrow" or must name the day.
 */
export function reminderDay(date: string): { day: string; tomorrow: boolean } {
  const day = addWorkingDays(date, -1);
  return { day, tomorrow: day === addCalendarDays(date, -1) };
}

/**
 * Signed count of working days from `a` to `b`: for `b` after `a`, those after `a` up to and
 * including `b`; for `b` before `a`, minus those from `b` up to but excluding `a`. So
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n` both ways.
 */
export function workingDaysBetween(a: string, b: string): number {
  const forward = dayNumber(a) <= dayNumber(b);
  const [from, to] = forward ? [addCalendarDays(a, 1), b] : [b, addCalendarDays(a, -1)];
  let count = 0;
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) {
    if (isWorkingDay(d)) count++;
  }
  return forward || count === 0 ? count : -count;
}

/**
 * The earliest date an assessment may be held with a minimum notice of `workingDays`: counting
 * starts on the day after `now`'s local date, and the meeting may be on the last day counted.
 * Invited on Monday 1 June 2026 with 5 days' notice → Monday 8 June 2026.
 */
export function noticeDeadline(now: Date, workingDays: number, tz: string = DEFAULT_TZ): string {
  if (workingDays < 0) throw new RangeError(`Notice cannot be negative: ${workingDays}`);
  return addWorkingDays(localDate(now, tz), workingDays);
}
