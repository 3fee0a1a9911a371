import { DateTime } from 'luxon';

export const DAY_MS = 86_400_000;

/** An ISO instant as epoch ms; a date or time without offset is read as local time in `tz`. */
export function instant(iso: string, tz: string): number {
  const parsed = DateTime.fromISO(iso, { zone: tz });
  if (!parsed.isValid) throw new RangeError(`not an ISO date-time: ${iso}`);
  return parsed.toMillis();
}

/** Remembers the results of a pure computation by key (time-zone arithmetic in luxon is slow). */
function memo<T>(limit = 20_000): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute();
      cache.set(key, value);
    }
    return value;
  };
}

const boundsOf = memo<{ from: number; to: number }>();

function cachedBounds(year: number, tz: string): { from: number; to: number } {
  return boundsOf(JSON.stringify([year, tz]), () => {
    const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: tz });
    return { from: start.toMillis(), to: start.plus({ years: 1 }).toMillis() };
  });
}

export function yearBounds(year: number, tz: string): { from: number; to: number } {
  return { ...cachedBounds(year, tz) };
}

/** No time zone is two days from UTC: further from New Year, an instant is in its UTC year's local year. */
const NEAR_NEW_YEAR_MS = 2 * DAY_MS;

/** The local calendar year of an instant, as luxon says (asked only near a year boundary). */
export function yearOf(ms: number, tz: string): number {
  if (Number.isFinite(ms)) {
    const utcYear = new Date(ms).getUTCFullYear();
    const bounds = cachedBounds(utcYear, tz);
    if (ms >= bounds.from + NEAR_NEW_YEAR_MS && ms < bounds.to - NEAR_NEW_YEAR_MS) return utcYear;
  }
  return DateTime.fromMillis(ms, { zone: tz }).year;
}

/** tz → days → date → instant; a report asks for thousands of due dates at a time. */
const dayStarts = new Map<string, Map<number, Map<string, number>>>();
let dayStartsCount = 0;

/** Start of the local day `days` after a YYYY-MM-DD date. */
export function startOfDayAfter(isoDate: string, days: number, tz: string): number {
  let byDays = dayStarts.get(tz);
  if (!byDays) dayStarts.set(tz, (byDays = new Map()));
  let byDate = byDays.get(days);
  if (!byDate) byDays.set(days, (byDate = new Map()));
  let ms = byDate.get(isoDate);
  if (ms === undefined) {
    if (++dayStartsCount > 50_000) {
      dayStarts.clear();
      dayStartsCount = 0;
    }
    ms = DateTime.fromISO(isoDate, { zone: tz }).startOf('day').plus({ days }).toMillis();
    byDate.set(isoDate, ms);
  }
  return ms;
}

export const toIso = (ms: number): string => new Date(ms).toISOString();

export interface Period {
  from: number;
  to: number;
}

export const within = (ms: number | undefined, p: Period): ms is number =>
  ms !== undefined && ms >= p.from && ms < p.to;
