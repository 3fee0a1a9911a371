/**
 * Dutch public holidays on which offices close, written out by hand (not taken from the library
 * under test) for 2026–2029. Bevrijdingsdag and Goede Vrijdag are deliberately absent: see
 * src/domain/schedule/working-days.ts.
 */
export const DUTCH_PUBLIC_HOLIDAYS: ReadonlySet<string> = new Set([
  // 2026
  '2026-01-01',
  '2026-04-05',
  '2026-04-06',
  '2026-04-27',
  '2026-05-14',
  '2026-05-24',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
  // 2027
  '2027-01-01',
  '2027-03-28',
  '2027-03-29',
  '2027-04-27',
  '2027-05-06',
  '2027-05-16',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
  // 2028
  '2028-01-01',
  '2028-04-16',
  '2028-04-17',
  '2028-04-27',
  '2028-05-25',
  '2028-06-04',
  '2028-06-05',
  '2028-12-25',
  '2028-12-26',
  // 2029
  '2029-01-01',
  '2029-04-01',
  '2029-04-02',
  '2029-04-27',
  '2029-05-10',
  '2029-05-20',
  '2029-05-21',
  '2029-12-25',
  '2029-12-26',
]);

const DAY_MS = 86_400_000;

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Reference implementation for checks: Monday–Friday and not in the list above. */
export function refIsWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !DUTCH_PUBLIC_HOLIDAYS.has(date);
}

/** Reference: the n-th working day after `date` (n ≥ 0). */
export function refAddWorkingDays(date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = shift(d, 1);
    if (refIsWorkingDay(d)) left--;
  }
  return d;
}

export { shift as refShift };
