import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { GraphClient } from '../../src/graph/client.js';
import { GraphOutlook } from '../../src/graph/outlook.js';
import type { OutlookEvent } from '../../src/app/ports.js';
import { GraphStandIn } from '../support/graph-standin.js';

let graph: GraphStandIn;
let outlook: GraphOutlook;

beforeEach(async () => {
  graph = await new GraphStandIn().start();
  const settings = loadConfig(graph.env({ GRAPH_DRIVE_ID: 'b!standin-drive-0001' })).graph!;
  expect(settings.mailbox).toBe('uthiek@example.org');
  outlook = new GraphOutlook(new GraphClient(settings, { ca: graph.ca }), settings.mailbox!, settings.driveId);
  graph.outlook.addColleague('aad-handler', 'handler@utrecht.example');
});
afterEach(async () => {
  await graph.stop();
});

const event = (over: Partial<OutlookEvent> = {}): OutlookEvent => ({
  subject: 'Ethische toets UTH-2026-001: Slimme camera',
  body: 'tekst',
  start: '2026-12-08T08:30:00.000Z',
  end: '2026-12-08T10:00:00.000Z',
  attendees: [
    { address: 'handler@utrecht.example', name: 'Handler' },
    { address: 'carla@example.org', name: 'Carla Smit' },
  ],
  transactionId: 'uth-2026-001-abc@uthiek-bot',
  ...over,
});

describe('Outlook through Microsoft Graph (the shared mailbox)', () => {
  it('creates an event with a Teams meeting and attendees, updates the same event and cancels it', async () => {
    const created = await outlook.createEvent(event());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    const post = graph.graphCalls().find((c) => c.method === 'POST' && c.path.endsWith('/events'))!;
    expect(post.path).toBe('/v1.0/users/uthiek@example.org/events');
    expect(post.body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      start: { dateTime: '2026-12-08T08:30:00.000', timeZone: 'UTC' },
      attendees: [
        { emailAddress: { address: 'handler@utrecht.example' }, type: 'required' },
        { emailAddress: { address: 'carla@example.org', name: 'Carla Smit' }, type: 'required' },
      ],
      transactionId: 'uth-2026-001-abc@uthiek-bot',
    });
    // a repeated create (the same transaction id) gives the same event, not a second one
    const again = await outlook.createEvent(event());
    expect(again.ok && again.value.id).toBe(created.value.id);
    expect(graph.outlook.events.size).toBe(1);

    const moved = await outlook.updateEvent(created.value.id, event({ start: '2026-12-09T12:00:00.000Z' }));
    expect(moved.ok).toBe(true);
    expect(graph.outlook.events.get(created.value.id)!.start.dateTime).toBe('2026-12-09T12:00:00.000');
    expect(graph.graphCalls().find((c) => c.method === 'PATCH')!.body).not.toHaveProperty('transactionId');

    const cancelled = await outlook.cancelEvent(created.value.id, 'gaat niet door');
    expect(cancelled).toEqual({ ok: true, value: undefined });
    expect(graph.outlook.events.get(created.value.id)).toMatchObject({
      isCancelled: true,
      cancelComment: 'gaat niet door',
    });
    const twice = await outlook.cancelEvent(created.value.id, 'x');
    expect(twice).toMatchObject({ ok: false, status: 404 });
  });

  it('reads busy times with getSchedule and the address of a colleague', async () => {
    expect(await outlook.addressOf('aad-handler')).toEqual({ ok: true, value: 'handler@utrecht.example' });
    expect(await outlook.addressOf('aad-nobody')).toMatchObject({ ok: false, status: 404 });
    graph.outlook.busy.set('handler@utrecht.example', [
      { start: '2026-12-08T08:00:00.000Z', end: '2026-12-08T11:00:00.000Z' },
      { start: '2026-12-09T08:00:00.000Z', end: '2026-12-09T09:00:00.000Z', status: 'free' },
    ]);
    const from = new Date('2026-11-23T09:00:00Z');
    const busy = await outlook.busy(
      ['handler@utrecht.example', 'unknown@x.org'],
      from,
      new Date('2027-01-20T09:00:00Z'),
    );
    expect(busy).toEqual({ ok: true, value: [{ start: '2026-12-08T08:00:00.000Z', end: '2026-12-08T11:00:00.000Z' }] });
    const call = graph.graphCalls().find((c) => c.path.endsWith('/calendar/getSchedule'))!;
    expect(call.body).toMatchObject({
      schedules: ['handler@utrecht.example', 'unknown@x.org'],
      availabilityViewInterval: 30,
    });
    // the stand-in refuses what Graph refuses: a window over 62 days
    const tooLong = await outlook.busy(['handler@utrecht.example'], from, new Date('2027-03-01T00:00:00Z'));
    expect(tooLong).toMatchObject({ ok: false, status: 400 });
  });

  it('sends e-mail from the shared mailbox and uploads a file to the document library', async () => {
    const sent = await outlook.sendMail({
      to: { address: 'carla@example.org', name: 'Carla' },
      subject: 'S',
      body: 'B',
    });
    expect(sent.ok).toBe(true);
    expect(graph.outlook.mail).toEqual([
      {
        from: 'uthiek@example.org',
        subject: 'S',
        body: { contentType: 'Text', content: 'B' },
        to: ['carla@example.org'],
      },
    ]);
    const bytes = Buffer.from([0x50, 0x4b, 3, 4, 0, 255]);
    const up = await outlook.upload('Adviesbrieven/UTH-2026-001 v1.docx', bytes, 'application/octet-stream');
    expect(up && up.ok && up.value.webUrl).toContain('sharepoint.com');
    expect(graph.outlook.files.get('Adviesbrieven/UTH-2026-001 v1.docx')!.content.equals(bytes)).toBe(true);
  });

  it('waits out a 429 as Retry-After says; a 5xx and a refused mailbox come back as data', async () => {
    let throttled = 0;
    graph.fail = (call) =>
      call.path.endsWith('/events') && throttled++ < 1 ? { status: 429, headers: { 'retry-after': '1' } } : undefined;
    const created = await outlook.createEvent(event());
    expect(created.ok).toBe(true);
    expect(
      graph
        .graphCalls()
        .filter((c) => c.path.endsWith('/events'))
        .map((c) => c.status),
    ).toEqual([429, 201]);

    graph.fail = (call) => (call.path.endsWith('/sendMail') ? { status: 500 } : undefined);
    const failed = await outlook.sendMail({ to: { address: 'a@b.nl', name: 'A' }, subject: 'S', body: 'B' });
    expect(failed).toMatchObject({ ok: false, status: 500 });

    graph.fail = undefined;
    graph.outlook.mailboxes.clear(); // the application access policy no longer includes the mailbox
    const refused = await outlook.createEvent(event({ transactionId: 'other' }));
    expect(refused).toMatchObject({ ok: false, status: 403 });
  });
});
