import { DateTime } from 'luxon';

/**
 * The calendar months of the monthly report, in the people's time zone. A month is written
 * `YYYY-MM`; its report is posted on the first day of the next month at POST_HOUR local time.
 */
export const POST_HOUR = 8;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const start = (month: string, tz: string): DateTime => {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month (YYYY-MM): ${month}`);
  return DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: 1 }, { zone: tz });
};

/** The month an instant falls in, in `tz`. */
export const monthOf = (at: Date, tz: string): string => DateTime.fromJSDate(at, { zone: tz }).toFormat('yyyy-MM');

/** The month `n` months after `month` (before it for a negative n). */
export const addMonths = (month: string, n: number): string =>
  start(month, 'UTC').plus({ months: n }).toFormat('yyyy-MM');

/** The month whose report is the latest one due at `at`: the one before the current month. */
export const lastClosedMonth = (at: Date, tz: string): string => addMonths(monthOf(at, tz), -1);

/** When the report of `month` is posted: the first of the next month, POST_HOUR local time. */
export const postMoment = (month: string, tz: string): Date =>
  start(month, tz).plus({ months: 1 }).set({ hour: POST_HOUR }).toJSDate();

/** The month as a half-open period of local dates, [first day, first day of the next month). */
export function monthPeriod(month: string): { from: string; to: string } {
  const first = start(month, 'UTC');
  return { from: first.toISODate()!, to: first.plus({ months: 1 }).toISODate()! };
}

/** The year a month is in. */
export const yearOfMonth = (month: string): number => start(month, 'UTC').year;
