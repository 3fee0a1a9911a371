import { DateTime } from 'luxon';

export const DAY_MS = 86_400_000;

/** An ISO instant as epoch ms; a date or time without offset is read as local time in `tz`. */
export function instant(iso: string, tz: string): number {
  const parsed = DateTime.fromISO(iso, { zone: tz });
  if (!parsed.isValid) throw new RangeError(`not an ISO date-time: ${iso}`);
  return parsed.toMillis();
}

export const yearOf = (ms: number, tz: string): number => DateTime.fromMillis(ms, { zone: tz }).year;

export function yearBounds(year: number, tz: string): { from: number; to: number } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: tz });
  return { from: start.toMillis(), to: start.plus({ years: 1 }).toMillis() };
}

/** Start of the local day `days` after a YYYY-MM-DD date. */
export function startOfDayAfter(isoDate: string, days: number, tz: string): number {
  return DateTime.fromISO(isoDate, { zone: tz }).startOf('day').plus({ days }).toMillis();
}

export const toIso = (ms: number): string => new Date(ms).toISOString();

export interface Period {
  from: number;
  to: number;
}

export const within = (ms: number | undefined, p: Period): ms is number =>
  ms !== undefined && ms >= p.from && ms < p.to;
