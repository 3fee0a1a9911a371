import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { startOfDayAfter, yearBounds, yearOf } from '../../../src/domain/report/time.js';

/** The report's time arithmetic is remembered and shortened; it must say what luxon says. */
describe('report time arithmetic', () => {
  const zones = ['Europe/Amsterdam', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Not/AZone'];
  const newYears = [2016, 2020, 2025, 2026].map((y) => Date.UTC(y, 0, 1));
  const moment = fc.oneof(
    fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) }),
    fc
      .tuple(fc.constantFrom(...newYears), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
      .map(([y, d]) => y + d),
    fc.constantFrom(NaN, Infinity),
  );

  it('yearOf is the local year of the instant', () => {
    fc.assert(
      fc.property(moment, fc.constantFrom(...zones), (ms, tz) => {
        expect(yearOf(ms, tz)).toEqual(DateTime.fromMillis(ms, { zone: tz }).year);
      }),
      { numRuns: 3000 },
    );
  });

  it("startOfDayAfter and yearBounds give luxon's instants, also when asked again", () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 40 }), fc.constantFrom(...zones), (ms, days, tz) => {
        const date = Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : 'not-a-date';
        const expected = DateTime.fromISO(date, { zone: tz }).startOf('day').plus({ days }).toMillis();
        expect(startOfDayAfter(date, days, tz)).toEqual(expected);
        expect(startOfDayAfter(date, days, tz)).toEqual(expected);
        const year = Number.isFinite(ms) ? new Date(ms).getUTCFullYear() : 2026;
        const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: tz });
        expect(yearBounds(year, tz)).toEqual({ from: start.toMillis(), to: start.plus({ years: 1 }).toMillis() });
      }),
      { numRuns: 1000 },
    );
  });
});
