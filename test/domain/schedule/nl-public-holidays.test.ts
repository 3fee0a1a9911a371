import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import {
  HOLIDAY_TABLE_FIRST_YEAR,
  HOLIDAY_TABLE_LAST_YEAR,
  libraryPublicHolidays,
} from '../../../src/domain/schedule/nl-holidays-library.js';
import { NL_PUBLIC_HOLIDAYS } from '../../../src/domain/schedule/nl-public-holidays.js';
import { isPublicHoliday } from '../../../src/domain/schedule/working-days.js';

/** Straight from the library, as working-days.ts asked it before the table existed. */
const fromLibrary = (year: number) =>
  new Holidays('NL')
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10));

describe('the table of Dutch public holidays (scripts/nl-holidays.ts)', () => {
  it('covers every year of its range, each as date-holidays lists it (else: npx tsx scripts/nl-holidays.ts)', () => {
    expect(NL_PUBLIC_HOLIDAYS).toHaveLength(HOLIDAY_TABLE_LAST_YEAR - HOLIDAY_TABLE_FIRST_YEAR + 1);
    for (let year = HOLIDAY_TABLE_FIRST_YEAR; year <= HOLIDAY_TABLE_LAST_YEAR; year++) {
      const table = NL_PUBLIC_HOLIDAYS[year - HOLIDAY_TABLE_FIRST_YEAR]!.split(' ').map((d) => `${year}-${d}`);
      expect(table, String(year)).toEqual(fromLibrary(year));
    }
  });

  it('answers years outside the table from the library', () => {
    for (const year of [HOLIDAY_TABLE_FIRST_YEAR - 1, 1900, HOLIDAY_TABLE_LAST_YEAR + 1, 2150]) {
      const expected = fromLibrary(year);
      expect(expected.length, String(year)).toBeGreaterThan(5);
      expect(libraryPublicHolidays(year)).toEqual(expected);
      for (const date of expected) expect(isPublicHoliday(date), date).toBe(true);
      // the day after Christmas's second day is a working day's date, not a holiday
      expect(isPublicHoliday(`${year}-12-27`)).toBe(false);
    }
  });
});
