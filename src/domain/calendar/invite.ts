import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Participant, TimeSlot } from '../case/case.js';
import { supportsTimeZone, vtimezone } from './vtimezone.js';

export interface InviteInput {
  /** Stable per assessment: updates and the cancellation reuse it. */
  uid: string;
  /** Bumped for every update or cancellation. */
  sequence: number;
  slot: TimeSlot;
  summary: string;
  /** Plain text: the case summary. */
  description: string;
  /** The handler. */
  organizer: { name: string; email: string };
  /** Participants without an e-mail address are left out. */
  attendees: readonly Participant[];
  location?: string;
  cancelled?: boolean;
  /** DTSTAMP. */
  now: Date;
  tz?: string;
}

const PRODUCT = { company: 'Gemeente Utrecht', product: 'Uthiek Bot', language: 'NL' };

function zoned(iso: string, tz: string): DateTime {
  const d = DateTime.fromISO(iso, { setZone: true });
  if (!d.isValid) throw new RangeError(`Not an ISO instant: ${iso}`);
  return d.setZone(tz);
}

/**
 * An iTIP invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL, STATUS:CANCELLED) with one
 * VEVENT whose times are local to `tz` and come with the zone's VTIMEZONE.
 */
export function buildInvite(input: InviteInput): string {
  const tz = input.tz ?? 'Europe/Amsterdam';
  if (!supportsTimeZone(tz)) throw new RangeError(`No VTIMEZONE known for ${tz}`);
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`SEQUENCE must be a whole number ≥ 0: ${input.sequence}`);
  }
  const start = zoned(input.slot.start, tz);
  const end = zoned(input.slot.end, tz);
  if (end <= start) throw new RangeError('The slot ends before it starts');

  const calendar = ical({
    prodId: PRODUCT,
    method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as local time without
    // 'Z', while RFC 5545 wants it in UTC. The generator alone adds the event's VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
  });

  const seen = new Set<string>();
  const attendees = input.attendees.flatMap((p) => {
    const key = p.email?.trim().toLowerCase();
    if (!p.email || !key || seen.has(key)) return [];
    seen.add(key);
    return [
      {
        name: p.name,
        email: p.email.trim(),
        role: ICalAttendeeRole.REQ,
        rsvp: true,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ];
  });

  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.now,
    start,
    end,
    timezone: tz,
    summary: input.summary,
    description: input.description,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(input.location ? { location: input.location } : {}),
  });
  return calendar.toString();
}

/** File name for an invitation attachment, e.g. `UTH-2026-007-2.ics`. */
export function inviteFileName(caseId: string, sequence: number): string {
  const safe = caseId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'case';
  return `${safe}-${sequence}.ics`;
}
