import { describe, expect, it } from 'vitest';
import {
  addMonths,
  lastClosedMonth,
  monthOf,
  monthPeriod,
  postMoment,
  yearOfMonth,
} from '../../../src/domain/report/month.js';

const TZ = 'Europe/Amsterdam';

describe('the months of the monthly report', () => {
  it('posts a month on the 1st of the next at 08:00 in Amsterdam, winter and summer time', () => {
    expect(postMoment('2026-11', TZ).toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(postMoment('2026-05', TZ).toISOString()).toBe('2026-06-01T06:00:00.000Z');
    expect(postMoment('2026-12', TZ).toISOString()).toBe('2027-01-01T07:00:00.000Z');
  });

  it('reads the month of an instant in the time zone, not in UTC', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam
    expect(monthOf(new Date('2026-11-30T23:30:00Z'), TZ)).toBe('2026-12');
    expect(monthOf(new Date('2026-11-30T23:30:00Z'), 'UTC')).toBe('2026-11');
    expect(lastClosedMonth(new Date('2027-01-04T09:00:00Z'), TZ)).toBe('2026-12');
  });

  it('counts months across years and gives each as a half-open period of dates', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-03-01' });
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(yearOfMonth('2026-12')).toBe(2026);
    expect(() => monthPeriod('2026-13')).toThrow(RangeError);
  });
});
