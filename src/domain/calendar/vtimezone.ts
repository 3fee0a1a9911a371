/**
 * VTIMEZONE components for the zones invitations use. ical-generator has no time-zone database
 * and needs a generator; a recipient's calendar needs the component to place TZID times.
 *
 * Zones here follow the EU summer-time rule that applies since 1996: the clocks go forward on the
 * last Sunday of March at 01:00 UTC and back on the last Sunday of October at 01:00 UTC.
 */

interface EuZone {
  standard: { name: string; offsetMinutes: number };
  daylight: { name: string; offsetMinutes: number };
}

const EU_ZONES: Readonly<Record<string, EuZone>> = {
  'Europe/Amsterdam': {
    standard: { name: 'CET', offsetMinutes: 60 },
    daylight: { name: 'CEST', offsetMinutes: 120 },
  },
};

function offset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Local wall-clock time of 01:00 UTC, as HHmmss. */
function at0100Utc(offsetMinutes: number): string {
  return `${String(1 + offsetMinutes / 60).padStart(2, '0')}0000`;
}

export function supportsTimeZone(tz: string): boolean {
  return tz in EU_ZONES;
}

/** The VTIMEZONE for `tz`, or null for a zone not listed here. */
export function vtimezone(tz: string): string | null {
  const zone = EU_ZONES[tz];
  if (!zone) return null;
  const { standard: std, daylight: dst } = zone;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    'BEGIN:DAYLIGHT',
    `TZOFFSETFROM:${offset(std.offsetMinutes)}`,
    `TZOFFSETTO:${offset(dst.offsetMinutes)}`,
    `TZNAME:${dst.name}`,
    // DTSTART is local time before the change.
    `DTSTART:19960331T${at0100Utc(std.offsetMinutes)}`,
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    `TZOFFSETFROM:${offset(dst.offsetMinutes)}`,
    `TZOFFSETTO:${offset(std.offsetMinutes)}`,
    `TZNAME:${std.name}`,
    `DTSTART:19961027T${at0100Utc(dst.offsetMinutes)}`,
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
