import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildInvite, inviteFileName, type InviteInput } from '../../../src/domain/calendar/invite.js';

const base: InviteInput = {
  uid: 'UTH-2026-007@uthiek.utrecht.nl',
  sequence: 0,
  slot: { start: '2026-10-26T09:00:00.000Z', end: '2026-10-26T10:30:00.000Z' },
  summary: 'Uthiek-toets: Slimme lantaarnpalen',
  description: "Doel: veiligheid; middel: sensoren, camera's\nBetrokkenen: inwoners",
  organizer: { name: 'Eva de Vries', email: 'eva.devries@utrecht.nl' },
  attendees: [
    { role: 'lead', name: 'Jansen, Jan', email: 'jan.jansen@utrecht.nl', aadObjectId: 'aad-jan' },
    { role: 'panel', name: 'Bram Visser', email: 'bram@example.org', panelId: 'bram' },
    { role: 'expert', name: 'Vakexpert zonder e-mail' },
    { role: 'member', name: 'Bram (dubbel)', email: 'BRAM@example.org' },
  ],
  now: new Date('2026-10-01T12:00:00Z'),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  return { calendar, event: new ICAL.Event(vevents[0] as ICAL.Component) };
}

const utc = (t: ICAL.Time) => t.toJSDate().toISOString();

describe('buildInvite', () => {
  it('is an iTIP request with one event, its UID, SEQUENCE, summary and plain-text description', () => {
    const { calendar, event } = parse(buildInvite(base));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe(base.summary);
    expect(event.description).toBe(base.description);
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.location).toBeNull();
    expect(utc(event.component.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe('2026-10-01T12:00:00.000Z');
  });

  it('names the handler as organizer and every participant with an e-mail once as attendee', () => {
    const { event } = parse(buildInvite(base));
    const organizer = event.component.getFirstProperty('organizer') as ICAL.Property;
    expect(String(organizer.getFirstValue()).toLowerCase()).toBe('mailto:eva.devries@utrecht.nl');
    expect(organizer.getParameter('cn')).toBe('Eva de Vries');
    const attendees = event.attendees.map((a) => ({
      email: String(a.getFirstValue()).toLowerCase(),
      cn: a.getParameter('cn'),
      role: a.getParameter('role'),
      rsvp: a.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      { email: 'mailto:jan.jansen@utrecht.nl', cn: 'Jansen, Jan', role: 'REQ-PARTICIPANT', rsvp: 'TRUE' },
      { email: 'mailto:bram@example.org', cn: 'Bram Visser', role: 'REQ-PARTICIPANT', rsvp: 'TRUE' },
    ]);
  });

  it('writes local Europe/Amsterdam times with a VTIMEZONE, giving the right instants across the October change', () => {
    const after = buildInvite(base); // Monday 26 October 2026, 10:00 CET
    const before = buildInvite({
      ...base,
      slot: { start: '2026-10-23T08:00:00.000Z', end: '2026-10-23T09:30:00.000Z' },
    }); // Friday, 10:00 CEST
    expect(after).toContain('DTSTART;TZID=Europe/Amsterdam:20261026T100000');
    expect(before).toContain('DTSTART;TZID=Europe/Amsterdam:20261023T100000');
    const a = parse(after);
    const b = parse(before);
    expect(a.calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(a.event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect([utc(a.event.startDate), utc(a.event.endDate)]).toEqual([
      '2026-10-26T09:00:00.000Z',
      '2026-10-26T10:30:00.000Z',
    ]);
    expect([utc(b.event.startDate), utc(b.event.endDate)]).toEqual([
      '2026-10-23T08:00:00.000Z',
      '2026-10-23T09:30:00.000Z',
    ]);
  });

  it('gives the right instants across the March change', () => {
    const friday = parse(
      buildInvite({ ...base, slot: { start: '2026-03-27T09:00:00Z', end: '2026-03-27T10:30:00Z' } }),
    );
    const monday = parse(
      buildInvite({ ...base, slot: { start: '2026-03-30T08:00:00Z', end: '2026-03-30T09:30:00Z' } }),
    );
    expect(friday.event.startDate.toString()).toBe('2026-03-27T10:00:00');
    expect(monday.event.startDate.toString()).toBe('2026-03-30T10:00:00');
    expect(utc(friday.event.startDate)).toBe('2026-03-27T09:00:00.000Z');
    expect(utc(monday.event.startDate)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('does not depend on the time zone of the server', () => {
    const original = process.env.TZ;
    const here = buildInvite(base);
    try {
      process.env.TZ = 'America/New_York';
      expect(buildInvite(base)).toBe(here);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  it('adds the location when there is one', () => {
    expect(parse(buildInvite({ ...base, location: 'Stadskantoor, ruimte 4.12' })).event.location).toBe(
      'Stadskantoor, ruimte 4.12',
    );
  });

  it('cancels with the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const request = parse(buildInvite(base)).event;
    const { calendar, event } = parse(buildInvite({ ...base, sequence: 1, cancelled: true }));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.uid).toBe(request.uid);
    expect(event.sequence).toBeGreaterThan(request.sequence);
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.attendees).toHaveLength(2);
  });

  it('refuses what it cannot write correctly', () => {
    expect(() => buildInvite({ ...base, tz: 'America/New_York' })).toThrow(RangeError);
    expect(() => buildInvite({ ...base, slot: { start: base.slot.end, end: base.slot.start } })).toThrow(RangeError);
    expect(() => buildInvite({ ...base, sequence: -1 })).toThrow(RangeError);
  });
});

describe('inviteFileName', () => {
  it('names the file after the case and the sequence, safe for any mail client', () => {
    expect(inviteFileName('UTH-2026-007', 2)).toBe('UTH-2026-007-2.ics');
    expect(inviteFileName('UTH/2026 007', 0)).toBe('UTH-2026-007-0.ics');
  });
});
