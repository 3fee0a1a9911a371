import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import {
  channelMessage,
  personalConversationId,
  TEAM_ID,
  TRIAGE_CHANNEL,
  users,
  type TestUser,
} from '../support/activities.js';
import { actionData, actions, cardOf, cardText } from '../support/cards.js';
import {
  acceptCase,
  addPanelMember,
  execute,
  installInUthiekTeam,
  say,
  submitCase,
  triageChannel,
} from '../support/flows.js';
import { GraphStandIn } from '../support/graph-standin.js';

/**
 * Every message arrives, or someone is told (issue 14), through the real HTTP endpoint with the
 * fake Bot Connector: no install events for the lead, failures for chosen recipients, restarts.
 */
let h: TestBot;
let graph: GraphStandIn | undefined;
afterEach(async () => {
  await h.stop();
  await graph?.stop();
  graph = undefined;
});

const to = (u: TestUser) => h.connector.sent(personalConversationId(u));
const has = (u: TestUser, text: string) => to(u).some((c) => JSON.stringify(c.body).includes(text));
const postsTo = (u: TestUser) => to(u).filter((c) => c.method === 'POST').length;

async function addPanel() {
  await addPanelMember(h);
}

async function accept(id: string, handler: TestUser = users.member2) {
  await acceptCase(h, handler, id);
}

async function schedule(id: string, handler: TestUser = users.member2) {
  const proposal = cardOf(await execute(h, handler, { verb: 'schedule.propose', caseId: id }));
  await execute(h, handler, { ...actionData(proposal, 'schedule.confirm'), slot: '0' });
  expect(h.bot.deps.cases.get(id)!.state).toBe('scheduled');
}

describe('every message arrives, or someone is told', () => {
  it('a lead who never had an install event receives every message of the journey', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    await addPanel();
    // the lead only ever talks to the bot in 1:1: no installationUpdate, no conversationUpdate
    const id = await submitCase(h, users.lead);
    expect(h.bot.deps.conversations.personal(users.lead.aadObjectId)).toBeDefined();
    await accept(id);
    await h.connector.waitFor(() => has(users.lead, 'geaccepteerd') || has(users.lead, 'Geaccepteerd'));
    await schedule(id);
    await h.connector.waitFor(() => has(users.lead, 'is gepland'));
    const start = new Date(h.bot.deps.cases.get(id)!.schedule!.slot.start);
    h.clock.set(new Date(start.getTime() - 3 * 86_400_000));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => has(users.lead, 'Voorbereiding toets'));
    h.clock.set(new Date(start.getTime() - 20 * 3_600_000));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => has(users.lead, 'Herinnering: de toets is'));
    // the connector sees the message before the bot has its answer: wait until the records are settled
    const personal = () => h.bot.deps.deliveries.forCase(id).filter((d) => d.recipient.kind === 'person');
    await h.connector.waitFor(() => personal().every((d) => d.status !== 'sending' && d.status !== 'planned'));
    const records = personal();
    expect(records.length).toBeGreaterThanOrEqual(7);
    expect(records.filter((d) => d.status !== 'sent')).toEqual([]);
    // every proactive card carries a text summary for Teams notifications
    for (const call of to(users.lead).filter((c) => c.body?.attachments?.length && !c.body.replyToId))
      expect(call.body.summary, JSON.stringify(call.body).slice(0, 80)).toEqual(expect.any(String));
  });

  it('a case submitted before the bot is in Team Uthiek is posted as soon as it is added, not an hour later', async () => {
    h = await startTestBot();
    const id = await submitCase(h, users.lead);
    await h.bot.deps.jobs.tick();
    expect(h.bot.deps.store.get('messages', `triage:${id}`)).toBeUndefined();
    await installInUthiekTeam(h);
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    const post = h.connector.calls.find((c) => c.path === '/v3/conversations' && c.body?.channelData?.channel)!;
    expect(post.body.channelData.channel.id).toBe(TRIAGE_CHANNEL);
    // the card refreshes for Team Uthiek's members (Universal Actions), by their Teams user ids
    const card = post.body.activity.attachments[0].content;
    expect(card.refresh.userIds).toEqual(expect.arrayContaining([users.member.id, users.member2.id]));
    expect(card.refresh.action).toMatchObject({ type: 'Action.Execute', verb: 'card.refresh' });
    expect(post.body.activity.summary).toEqual(expect.any(String));
    // refreshed for a member: the buttons; anyone else is refused, even in the channel
    const forMember = cardOf(await execute(h, users.member, card.refresh.action.data, triageChannel(h, id)));
    expect(actions(forMember).map((a: any) => a.verb)).toContain('triage.accept');
    expect(forMember.refresh.userIds).toContain(users.member.id);
    const forOther = await execute(h, users.outsider, card.refresh.action.data, triageChannel(h, id));
    expect(forOther.value).toBe('Alleen Team Uthiek kan deze kaart zien.');
  });

  it('notices to chosen recipients answered 500, 429 and 404: sent once or reported, never twice', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    await addPanel();
    const id = await submitCase(h, users.lead);
    await accept(id);
    await h.connector.waitFor(() => to(users.lead).length > 0);
    let throttled = 0;
    h.connector.fail = (call) => {
      if (call.method !== 'POST') return undefined;
      // the lead's chat: a 5xx (it may have arrived, so it is never sent again)
      if (call.conversationId === personalConversationId(users.lead)) return { status: 500 };
      // the handler: throttled twice, then through
      if (call.conversationId === personalConversationId(users.member2) && throttled < 2) {
        throttled++;
        return { status: 429, headers: { 'retry-after': '1' } };
      }
      // the thread of the case's card no longer exists
      if (call.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`)) return { status: 404 };
      return undefined;
    };
    await h.connector.waitFor(() => has(users.lead, 'is geaccepteerd'));
    const leadBefore = postsTo(users.lead);
    await schedule(id);
    const reports = () =>
      h.connector.calls.filter(
        (c) => c.path === '/v3/conversations' && JSON.stringify(c.body ?? '').includes('Niet alles over'),
      );
    const invitation = 'Ik weet niet of de uitnodiging voor de toets van';
    await h.connector.waitFor(() => reports().some((r) => r.body.activity.text.includes(invitation)));
    // reported as a new post in the triage channel (the card's thread was gone), mentioning the handler
    const report = reports().find((r) => r.body.activity.text.includes(invitation))!;
    expect(report.body.channelData.channel.id).toBe(TRIAGE_CHANNEL);
    expect(report.body.activity.text).toMatch(/^<at>Fatima El Amrani<\/at> /);
    expect(report.body.activity.entities[0]).toMatchObject({ type: 'mention', mentioned: { id: users.member2.id } });
    expect(report.body.activity.text).toContain('Teams gaf een storing');
    // the handler's notice (with the e-mail addresses for those outside Teams) arrived exactly once
    await h.connector.waitFor(() => has(users.member2, 'is gepland'));
    const handlerNotices = to(users.member2).filter(
      (c) => c.status === 201 && JSON.stringify(c.body).includes('is gepland'),
    );
    expect(handlerNotices).toHaveLength(1);
    expect(JSON.stringify(handlerNotices[0]!.body)).toContain('carla@example.org');
    // time passes, jobs run: the lead's notice is not repeated
    h.clock.set(new Date(h.clock.now().getTime() + 3_600_000));
    await h.bot.deps.jobs.tick();
    const leadPosts = to(users.lead)
      .filter((c) => c.method === 'POST')
      .slice(leadBefore)
      .map((c) => c.body.summary);
    expect(leadPosts).toContain('Toets UTH-2026-001 is gepland');
    expect(new Set(leadPosts).size).toBe(leadPosts.length);
    const notices = h.bot.deps.deliveries.forCase(id).filter((d) => d.kind === 'assessment-notice');
    expect(notices.map((d) => [d.recipient, d.status])).toEqual(
      expect.arrayContaining([
        [{ kind: 'person', id: users.lead.aadObjectId }, 'unknown'],
        [{ kind: 'person', id: users.member2.aadObjectId }, 'sent'],
      ]),
    );
    expect(notices.find((d) => d.status === 'unknown')!.reportedAt).toEqual(expect.any(String));

    // "zaken" shows the case's undelivered message, and opening the case says what, to whom and why
    h.connector.fail = undefined;
    const list = cardOf((await say(h, users.member, 'zaken'))[0]);
    expect(cardText(list)).toMatch(/Niet bezorgd: (1 bericht|[2-9] berichten)\./);
    const detail = cardOf(await execute(h, users.member, { verb: 'case.open', caseId: id }));
    expect(cardText(detail)).toContain('Berichten die niet zijn bezorgd');
    expect(cardText(detail)).toContain('Ik weet niet of de uitnodiging voor de toets');
  });

  it('delivery records survive a restart; one interrupted mid-send is reported, not sent again', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    const id = await submitCase(h, users.lead);
    await accept(id);
    await h.connector.waitFor(() =>
      h.bot.deps.deliveries.forCase(id).some((d) => d.kind === 'lead-notice' && d.status === 'sent'),
    );
    const sentBefore = h.bot.deps.deliveries.forCase(id).filter((d) => d.status === 'sent').length;
    // a crash between "sending" and Teams' answer: the job running, its record sending
    const now = h.clock.now().toISOString();
    const jobId = `notify.lead:${id}:accepted:crashed`;
    await h.bot.deps.store.transact((tx) => {
      tx.put('jobs', {
        id: jobId,
        kind: 'notify.lead',
        dueAt: now,
        status: 'running',
        attempts: 1,
        payload: { caseId: id, kind: 'accepted', requestId: '' },
        createdAt: now,
        updatedAt: now,
      });
      tx.put('deliveries', {
        id: jobId,
        messageId: jobId,
        caseId: id,
        kind: 'lead-notice',
        detail: 'accepted',
        recipient: { kind: 'person', id: users.lead.aadObjectId },
        status: 'sending',
        attempts: 1,
        report: true,
        createdAt: now,
        updatedAt: now,
      });
    });
    const leadBefore = postsTo(users.lead);
    await h.restart();
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => h.bot.deps.deliveries.get(jobId)?.reportedAt !== undefined);
    expect(h.bot.deps.deliveries.get(jobId)).toMatchObject({ status: 'unknown', reason: 'interrupted' });
    expect(postsTo(users.lead)).toBe(leadBefore);
    expect(h.bot.deps.deliveries.forCase(id).filter((d) => d.status === 'sent').length).toBeGreaterThanOrEqual(
      sentBefore,
    );
    expect(h.connector.texts().some((t) => t.includes('ik werd herstart terwijl ik het verstuurde'))).toBe(true);
  });

  it('conversation references come from every inbound activity and name nobody in channels', async () => {
    h = await startTestBot();
    await h.post(channelMessage(users.outsider, 'Hallo allemaal', { serviceUrl: h.connector.url, teamId: TEAM_ID }));
    const channel = h.bot.deps.store.find('conversations', (c) => c.kind === 'channel')[0]!;
    expect(channel.reference).not.toHaveProperty('user');
    expect(JSON.stringify(channel)).not.toContain(users.outsider.name);
    expect(h.bot.deps.people.get(users.outsider.aadObjectId)).toBeUndefined();
    await say(h, users.lead, 'help');
    const personal = h.bot.deps.conversations.personal(users.lead.aadObjectId)!;
    expect(personal.reference.user).toEqual({
      id: users.lead.id,
      name: users.lead.name,
      aadObjectId: users.lead.aadObjectId,
    });
    // no person record for merely talking to the bot; one that exists follows a changed Teams user id
    expect(h.bot.deps.people.get(users.lead.aadObjectId)).toBeUndefined();
    await h.bot.deps.people.remember(users.lead.aadObjectId, { teamsUserId: '29:old', tenantId: undefined });
    await say(h, users.lead, 'help');
    expect(h.bot.deps.people.get(users.lead.aadObjectId)?.teamsUserId).toBe(users.lead.id);
  });

  it('installs the app through Microsoft Graph for a person the bot cannot reach otherwise', async () => {
    graph = await new GraphStandIn().start();
    h = await startTestBot({ env: graph.env(), graph: { ca: graph.ca } });
    await installInUthiekTeam(h);
    graph.addUser('aad-far');
    // a person in no team the bot is in, who never talked to the bot
    const result = await h.bot.deps.sender.toPerson('aad-far', { text: 'Hallo' });
    expect(result.status).toBe('sent');
    expect(graph.graphCalls().map((c) => c.method)).toEqual(['POST', 'GET', 'GET']);
    const chatId = (result as { conversationId: string }).conversationId;
    expect(h.connector.sent(chatId)).toHaveLength(1);
    expect(h.bot.deps.conversations.personal('aad-far')?.id).toBe(chatId);
  });
});
