import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, TRIAGE_CHANNEL, users } from '../support/activities.js';
import { actionData, cardOf, cardText } from '../support/cards.js';
import { execute, installFor, installInUthiekTeam, proposalFor, scheduledCase } from '../support/flows.js';
import { GraphStandIn } from '../support/graph-standin.js';
import { addOutsider } from '../support/outside-flows.js';

let graph: GraphStandIn;
let h: TestBot;

beforeEach(async () => {
  graph = await new GraphStandIn().start();
  graph.outlook.addColleague(users.lead.aadObjectId, 'sanne@utrecht.example');
  graph.outlook.addColleague(users.member2.aadObjectId, 'fatima@utrecht.example');
  h = await startTestBot({ env: graph.env(), graph: { ca: graph.ca } });
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
  await addOutsider(h);
});
afterEach(async () => {
  await h.stop();
  await graph.stop();
});

const personal = (u: typeof users.lead) => h.connector.sent(personalConversationId(u));

describe('assessments in the shared mailbox calendar (Microsoft Graph)', () => {
  it('confirming creates one event with a Teams meeting and everyone invited; a move updates it, calling off cancels it', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await h.connector.waitFor(
      () => graph.outlook.events.size === 1 && Boolean(h.bot.deps.cases.get(id)!.schedule!.event),
    );
    const [event] = graph.outlook.liveEvents();
    const c = h.bot.deps.cases.get(id)!;
    expect(event!.mailbox).toBe('uthiek@example.org');
    expect(event!.isOnlineMeeting).toBe(true);
    expect(event!.transactionId).toBe(c.schedule!.uid.slice(0, 100));
    expect(new Date(`${event!.start.dateTime}Z`).toISOString()).toBe(c.schedule!.slot.start);
    const invited = event!.attendees.map((a) => a.emailAddress.address).sort();
    expect(invited).toEqual(
      ['carla@example.org', 'fatima@utrecht.example', 'sanne@utrecht.example'].filter(
        (a) => a !== 'carla@example.org' || c.schedule!.participants.some((p) => p.panelId === 'pm-carla'),
      ),
    );
    expect(c.schedule!.event).toMatchObject({ id: event!.id, joinUrl: event!.onlineMeeting!.joinUrl });
    // the Teams notice says Outlook sends the invitation, and carries no .ics beside it
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('is gepland')));
    const notice = cardOf(personal(users.lead).findLast((x) => JSON.stringify(x.body).includes('is gepland'))!.body);
    expect(cardText(notice)).toContain('in Outlook');
    expect(JSON.stringify(notice)).not.toContain('/files/invite/');
    // the proposal read the calendars
    expect(graph.graphCalls().some((x) => x.path.endsWith('/calendar/getSchedule'))).toBe(true);

    const again = await proposalFor(h, users.member2, id);
    await execute(h, users.member2, { ...actionData(again, 'schedule.confirm'), slot: '1' });
    const moved = h.bot.deps.cases.get(id)!;
    await h.connector.waitFor(() => graph.graphCalls().some((x) => x.method === 'PATCH' && x.status === 200));
    expect(graph.outlook.events.size).toBe(1);
    expect(new Date(`${graph.outlook.events.get(event!.id)!.start.dateTime}Z`).toISOString()).toBe(
      moved.schedule!.slot.start,
    );

    await execute(h, users.member2, { verb: 'schedule.cancel', caseId: id, rev: moved.rev });
    await h.connector.waitFor(() => graph.outlook.events.get(event!.id)!.isCancelled);
    expect(graph.outlook.events.get(event!.id)!.cancelComment).toContain(id);
    // the stand-in has the cancellation before the bot has written down that it was sent
    const statuses = () =>
      h.bot.deps.store
        .all('deliveries')
        .filter((d) => d.kind === 'calendar-event')
        .map((d) => d.status);
    await h.connector.waitFor(() => statuses().every((s) => s !== 'sending' && s !== 'planned'));
    expect(statuses()).toEqual(['sent', 'sent', 'sent']);
  });

  it('a busy calendar keeps its time out of the proposal', async () => {
    // the handler is busy all day from now to 14 December
    const busy = [];
    for (let t = Date.parse('2026-11-23T00:00:00Z'); t < Date.parse('2026-12-15T00:00:00Z'); t += 86_400_000)
      busy.push({ start: new Date(t).toISOString(), end: new Date(t + 86_400_000).toISOString() });
    graph.outlook.busy.set('fatima@utrecht.example', busy);
    const id = await scheduledCase(h, users.lead, users.member2);
    const p = h.bot.deps.store.find('proposals', (x) => x.caseId === id)[0]!;
    for (const s of p.slots) expect(s.slot.start >= '2026-12-15').toBe(true);
    expect(JSON.stringify(p.slots[0]!.reasons)).toContain('calendars-free');
  });

  it('when Graph refuses the calendar, the case handler is told in the case thread; free/busy failing is said on the proposal', async () => {
    graph.outlook.mailboxes.clear(); // the application access policy does not include the mailbox
    const id = await scheduledCase(h, users.lead, users.member2);
    const p = h.bot.deps.store.find('proposals', (x) => x.caseId === id)[0]!;
    expect(p.problems.map((x) => x.code)).toContain('free-busy-unavailable');
    await h.connector.waitFor(() =>
      h.connector
        .sent()
        .some(
          (x) =>
            x.conversationId!.startsWith(TRIAGE_CHANNEL) &&
            JSON.stringify(x.body).includes('niet opslaan in Microsoft 365'),
        ),
    );
    // the report is at the connector before its delivery record says it was reported
    const record = () => h.bot.deps.store.all('deliveries').find((d) => d.kind === 'calendar-event')!;
    await h.connector.waitFor(() => Boolean(record().reportedAt));
    expect(record()).toMatchObject({ status: 'failed', reason: 'refused', recipient: { kind: 'calendar' } });
  });
});

describe('people Outlook does not know', () => {
  it('are left out of free/busy and of the invitation, and the handler is told so in the case thread, once each', async () => {
    // a panel member in Teams whose account Graph does not know (e.g. a guest that was removed)
    await h.bot.deps.panel.save(
      {
        id: 'pm-dirk',
        name: 'Dirk de Boer',
        email: 'dirk@example.org',
        teamsAadObjectId: '0b0b0b0b-0000-4000-8000-000000000099',
        expertise: ['privacy', 'surveillance', 'algorithms', 'ai', 'data-protection'],
        monthlyMax: 3,
        unavailable: [],
        active: true,
      },
      users.member.aadObjectId,
    );
    // and the lead's account is unknown too (left the organisation since registering)
    (graph.outlook as unknown as { users: Map<string, unknown> }).users.delete(users.lead.aadObjectId);
    const id = await scheduledCase(h, users.lead, users.member2);
    const notices = () =>
      h.connector
        .sent()
        .filter((x) => x.conversationId!.startsWith(TRIAGE_CHANNEL) && /Outlook kent/.test(x.body.text ?? ''))
        .map((x) => x.body.text as string);
    await h.connector.waitFor(() => notices().length >= 2);
    expect(notices()).toContain(
      `<at>Fatima El Amrani</at> Outlook kent Sanne de Vries, Dirk de Boer niet, dus bij de voorgestelde momenten voor ${id} is hun agenda niet bekeken. Vraag zelf na of zij dan kunnen.`,
    );
    // Dirk has an address of his own in the panel record, so only the lead is missing from the invitation
    expect(notices()).toContain(
      `<at>Fatima El Amrani</at> Outlook kent Sanne de Vries niet, dus de Outlook-uitnodiging voor de toets van ${id} is zonder hen verstuurd. Nodig hen zelf uit, of laat hun account controleren.`,
    );
    const attendees = graph.outlook.liveEvents()[0]!.attendees.map((a: any) => a.emailAddress.address);
    expect(attendees).not.toContain('sanne@utrecht.example');
    const records = () => h.bot.deps.store.all('deliveries').filter((d) => d.kind === 'handler-notice');
    await h.connector.waitFor(() => records().length === 2 && records().every((r) => r.status === 'sent'));
    // proposing again for the same people says nothing new
    const before = notices().length;
    await execute(h, users.member2, { verb: 'schedule.propose', caseId: id });
    await h.bot.deps.jobs.tick();
    expect(notices()).toHaveLength(before);
  });
});
