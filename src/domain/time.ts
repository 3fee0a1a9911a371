import { DateTime } from 'luxon';

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: "today" for people. */
export function localDate(instant: Date, tz = 'Europe/Amsterdam'): string {
  const d = DateTime.fromJSDate(instant, { zone: tz });
  if (!d.isValid) throw new RangeError(`Invalid instant or time zone: ${d.invalidExplanation ?? tz}`);
  return d.toISODate() as string;
}

/** A day for people, with its weekday: "za 5 dec 2026". */
const DAY = 'ccc d LLL yyyy';

/** A readable local date and time for people, e.g. "ma 30 nov. 2026 10:00". */
export function formatLocal(iso: string, tz: string, locale: 'nl' | 'en', withTime = true): string {
  const dt = DateTime.fromISO(iso, { zone: 'utc' })
    .setZone(tz)
    .setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return withTime ? dt.toFormat(`${DAY} HH:mm`) : dt.toFormat(DAY);
}

/**
 * When an assessment is (or was), for people: its day and time, or only its day when it was held
 * outside the bot (recorded with a date alone; the time it is stored with is made up).
 */
export function assessmentWhen(
  s: { slot: { start: string }; heldOutside?: boolean },
  tz: string,
  locale: 'nl' | 'en',
): string {
  return formatLocal(s.slot.start, tz, locale, !s.heldOutside);
}

/** A calendar date (YYYY-MM-DD) shown to people with its weekday, as formatLocal without a time: "za 5 dec 2026". */
export function formatDay(date: string, locale: 'nl' | 'en'): string {
  return DateTime.fromISO(date, { zone: 'utc' })
    .setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB')
    .toFormat(DAY);
}

/** A calendar date (YYYY-MM-DD) shown to people. */
export function formatDate(date: string, locale: 'nl' | 'en'): string {
  return DateTime.fromISO(date)
    .setLocale(locale === 'nl' ? 'nl-NL' : 'en-GB')
    .toFormat('d LLLL yyyy');
}

/** Whether `d` is a real calendar day written YYYY-MM-DD (so not 2026-02-30). */
export function isCalendarDate(d: string): boolean {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(`${d}T00:00:00Z`) : NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === d;
}
