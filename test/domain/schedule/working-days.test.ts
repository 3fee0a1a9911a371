import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  noticeDeadline,
  reminderDay,
  workingDaysBetween,
} from '../../../src/domain/schedule/working-days.js';
import { refIsWorkingDay, refShift } from './dutch-holidays.fixture.js';

describe('isWorkingDay', () => {
  it('is false at weekends and true on ordinary weekdays', () => {
    expect(isWorkingDay('2026-06-06')).toBe(false); // Saturday
    expect(isWorkingDay('2026-06-07')).toBe(false); // Sunday
    expect(isWorkingDay('2026-06-08')).toBe(true); // Monday
    expect(isWorkingDay('2026-06-12')).toBe(true); // Friday
  });

  it.each([
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-04-06', 'Tweede Paasdag'],
    ['2026-04-27', 'Koningsdag 2026 (Monday)'],
    ['2027-04-27', 'Koningsdag 2027 (Tuesday)'],
    ['2026-05-14', 'Hemelvaartsdag'],
    ['2026-05-25', 'Tweede Pinksterdag'],
    ['2026-12-25', 'Eerste Kerstdag'],
    ['2028-12-25', 'Eerste Kerstdag 2028 (Monday)'],
    ['2028-12-26', 'Tweede Kerstdag 2028 (Tuesday)'],
    ['2027-03-29', 'Tweede Paasdag 2027'],
    ['2027-05-06', 'Hemelvaartsdag 2027'],
  ])('is false on %s (%s)', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it('follows date-holidays on Bevrijdingsdag and Goede Vrijdag: not public holidays, so working days', () => {
    expect(isWorkingDay('2026-05-05')).toBe(true);
    expect(isWorkingDay('2025-05-05')).toBe(true); // lustrum year
    expect(isWorkingDay('2026-04-03')).toBe(true);
  });

  it('agrees with a hand-written holiday list on every day of 2026–2029', () => {
    for (let d = '2026-01-01'; d <= '2029-12-31'; d = refShift(d, 1)) {
      expect(isWorkingDay(d), d).toBe(refIsWorkingDay(d));
    }
  });

  it('rejects things that are not calendar dates', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2026-6-1')).toThrow(RangeError);
  });
});

describe('addWorkingDays and nextWorkingDay', () => {
  it('skips weekends and holidays', () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28'); // Fri → weekend, Koningsdag → Tue
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // over Hemelvaart
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28'); // over Christmas and a weekend
    expect(addWorkingDays('2026-12-24', 5)).toBe('2027-01-04'); // and over New Year
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07'); // Goede Vrijdag counts, Easter Monday not
  });

  it('counts back for negative n and leaves the date for n = 0', () => {
    expect(addWorkingDays('2026-04-28', -1)).toBe('2026-04-24');
    expect(addWorkingDays('2026-06-06', 0)).toBe('2026-06-06');
  });

  it('nextWorkingDay is strictly after the date', () => {
    expect(nextWorkingDay('2026-05-22')).toBe('2026-05-26'); // Fri → over Whit Monday
    expect(nextWorkingDay('2026-06-08')).toBe('2026-06-09');
  });

  it('workingDaysBetween counts the days after a up to and including b (or back from a)', () => {
    expect(workingDaysBetween('2026-04-24', '2026-04-28')).toBe(1);
    expect(workingDaysBetween('2026-04-28', '2026-04-24')).toBe(-1);
    expect(workingDaysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(workingDaysBetween('2026-06-08', '2026-06-08')).toBe(0);
    expect(workingDaysBetween('2026-12-24', '2027-01-04')).toBe(5);
  });

  it('is the inverse of workingDaysBetween and always lands on a working day', () => {
    const date = fc.integer({ min: 0, max: 3 * 365 }).map((i) => refShift('2026-01-01', i));
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), (d, n) => {
        const to = addWorkingDays(d, n);
        expect(workingDaysBetween(d, to)).toBe(n);
        if (n !== 0) expect(refIsWorkingDay(to)).toBe(true);
      }),
    );
  });
});

describe('reminderDay', () => {
  it('is the day before when that is a working day', () => {
    expect(reminderDay('2026-12-22')).toEqual({ day: '2026-12-21', tomorrow: true }); // Tuesday → Monday
  });

  it('is the previous working day, not "tomorrow", after a weekend or public holidays', () => {
    expect(reminderDay('2026-12-21')).toEqual({ day: '2026-12-18', tomorrow: false }); // Monday → Friday
    // Monday 28 December 2026: Christmas (Fri 25, Sat 26) and the weekend → Thursday 24
    expect(reminderDay('2026-12-28')).toEqual({ day: '2026-12-24', tomorrow: false });
    // Friday 15 May 2026, the day after Hemelvaartsdag → Wednesday 13
    expect(reminderDay('2026-05-15')).toEqual({ day: '2026-05-13', tomorrow: false });
  });
});

describe('noticeDeadline', () => {
  it('counts from the day after the local date of now', () => {
    // Monday 1 June 2026, 12:00 local: Tue … Mon is five working days.
    expect(noticeDeadline(new Date('2026-06-01T10:00:00Z'), 5)).toBe('2026-06-08');
  });

  it('takes the local date in Europe/Amsterdam, not the UTC date', () => {
    // 22:30Z on Monday is already Tuesday 00:30 in Amsterdam.
    expect(localDate(new Date('2026-06-01T22:30:00Z'))).toBe('2026-06-02');
    expect(noticeDeadline(new Date('2026-06-01T22:30:00Z'), 5)).toBe('2026-06-09');
    expect(noticeDeadline(new Date('2026-06-01T22:30:00Z'), 5, 'UTC')).toBe('2026-06-08');
  });

  it('skips Koningsdag but counts Bevrijdingsdag for high impact', () => {
    expect(noticeDeadline(new Date('2026-04-20T08:00:00Z'), 10)).toBe('2026-05-05');
  });

  it('skips the Christmas holidays', () => {
    expect(noticeDeadline(new Date('2026-12-21T09:00:00Z'), 5)).toBe('2026-12-29');
  });
});
