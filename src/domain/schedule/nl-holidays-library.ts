import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';

/** The years src/domain/schedule/nl-public-holidays.ts covers (written by scripts/nl-holidays.ts). */
export const HOLIDAY_TABLE_FIRST_YEAR = 1990;
export const HOLIDAY_TABLE_LAST_YEAR = 2100;

let nl: Holidays | undefined;

/**
 * The Dutch public holidays of a year as `date-holidays` computes them ('NL', type 'public'),
 * `YYYY-MM-DD`. The library is loaded on first use: the bot needs it only for years outside the
 * table, since it loads every country's data.
 */
export function libraryPublicHolidays(year: number): string[] {
  if (!nl) {
    const Library = createRequire(import.meta.url)('date-holidays') as typeof Holidays;
    nl = new Library('NL');
  }
  // `date` is the local calendar date as 'YYYY-MM-DD 00:00:00'.
  return nl
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10));
}
