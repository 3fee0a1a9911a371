import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { botForEachTest, startTestBot, type TestBot } from '../support/bot-harness.js';
import {
  BOT,
  channelMessage,
  installationUpdate,
  membersAdded,
  personalConversationId,
  personalMessage,
  users,
  cardAction,
  TEAM_ID,
} from '../support/activities.js';

let h: TestBot;
botForEachTest((bot) => (h = bot));

const base = () => ({ serviceUrl: h.connector.url });

describe('foundation over HTTP, as Teams drives it', () => {
  it('answers "help" in a personal chat with the help card, through the connector', async () => {
    const res = await h.post(personalMessage(users.lead, 'help', base()));
    expect(res.status).toBe(200);
    const sent = h.connector.sent(personalConversationId(users.lead));
    expect(sent).toHaveLength(1);
    const card = sent[0]!.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(card.content)).toContain('Wat kan Uthiek Bot?');
  });

  it('answers in English for an English Teams client, and "language nl" switches to Dutch', async () => {
    await h.post(personalMessage(users.lead, 'help', { ...base(), locale: 'en-US' }));
    expect(h.connector.texts().join()).toContain('What can Uthiek Bot do?');
    h.connector.clear();
    await h.post(personalMessage(users.lead, 'language nl', { ...base(), locale: 'en-US' }));
    expect(h.connector.texts().join()).toContain('Nederlands');
    h.connector.clear();
    await h.post(personalMessage(users.lead, 'help', { ...base(), locale: 'en-US' }));
    expect(h.connector.texts().join()).toContain('Wat kan Uthiek Bot?');
  });

  it('gives a helpful fallback for unknown input without repeating the text', async () => {
    await h.post(personalMessage(users.lead, 'blabla geheime tekst', base()));
    const texts = h.connector.texts().join();
    expect(texts).toContain('Typ \\"help\\"');
    expect(texts).not.toContain('geheime tekst');
  });

  it('stays silent on channel chatter that does not mention it, and answers when mentioned', async () => {
    const res = await h.post(channelMessage(users.lead, 'help', base()));
    expect(res.status).toBe(200);
    expect(h.connector.sent()).toHaveLength(0);
    await h.post(channelMessage(users.lead, 'help', { ...base(), mention: true }));
    expect(h.connector.sent()).toHaveLength(1);
  });

  it('welcomes once on install in personal scope and keeps the conversation reference', async () => {
    // Teams sends both events at once, and repeats them (the playground on every page load)
    await Promise.all([
      h.post(installationUpdate(users.lead, 'add', base())),
      h.post(membersAdded(users.lead, [{ id: BOT.id }], base())),
    ]);
    await h.post(installationUpdate(users.lead, 'add', base()));
    const sent = h.connector.sent(personalConversationId(users.lead));
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body)).toContain('Welkom bij Uthiek Bot');
    const ref = h.bot.deps.store.get('conversations', personalConversationId(users.lead));
    expect(ref).toMatchObject({ kind: 'personal', userId: users.lead.aadObjectId });
    expect((ref!.reference as { serviceUrl: string }).serviceUrl).toBe(h.connector.url);
  });

  it('introduces itself in a team channel on install and remembers the channel', async () => {
    await h.post(membersAdded(users.member, [{ id: BOT.id }], { ...base(), team: true }));
    const sent = h.connector.sent(TEAM_ID);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.text).toContain('Uthiek Bot');
    expect(h.bot.deps.store.get('conversations', TEAM_ID)).toMatchObject({ kind: 'channel', teamId: TEAM_ID });
  });

  it('marks a conversation unreachable when the bot is uninstalled', async () => {
    await h.post(installationUpdate(users.lead, 'add', base()));
    await h.post(installationUpdate(users.lead, 'remove', base()));
    expect(h.bot.deps.store.get('conversations', personalConversationId(users.lead))?.unreachableSince).toBeDefined();
  });

  it('turns the welcome card into the help card (Action.Execute, invoke response)', async () => {
    const res = await h.post(cardAction(users.lead, 'help.show', { verb: 'help.show' }, base()));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(res.body.value)).toContain('Wat kan Uthiek Bot?');
  });

  it('answers an unknown card verb without failing the invoke', async () => {
    const res = await h.post(cardAction(users.lead, 'no.such.verb', {}, base()));
    expect(res.status).toBeLessThan(500);
  });

  it('refuses malformed JSON with 400 and keeps running', async () => {
    const res = await fetch(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    const ok = await h.post(personalMessage(users.lead, 'help', base()));
    expect(ok.status).toBe(200);
  });

  it('keeps its data file across a restart', async () => {
    await h.post(installationUpdate(users.lead, 'add', base()));
    await h.post(personalMessage(users.lead, 'language en', base()));
    await h.restart();
    expect(h.bot.deps.store.get('people', users.lead.aadObjectId)?.locale).toBe('en');
    expect(h.bot.deps.store.get('conversations', personalConversationId(users.lead))).toBeDefined();
    h.connector.clear();
    await h.post(personalMessage(users.lead, 'help', base()));
    expect(h.connector.texts().join()).toContain('What can Uthiek Bot do?');
  });

  it('never logs message text', async () => {
    await h.post(personalMessage(users.lead, 'zeer-geheim-project-x', base()));
    await h.post(channelMessage(users.lead, 'nog-een-geheim', base()));
    expect(h.logs.join('\n')).not.toMatch(/zeer-geheim|nog-een-geheim/);
  });
});

describe('malformed activities', () => {
  let hh: TestBot;
  beforeEach(async () => {
    hh = await startTestBot();
  });
  afterEach(async () => {
    await hh.stop();
  });

  it('are refused with 400, not 500, and the bot keeps answering', async () => {
    for (const body of [
      {},
      { type: 5 },
      { type: 'message', from: 'nobody', conversation: 7 },
      [],
      { type: 'message', channelData: { tenant: null }, serviceUrl: 42 },
    ]) {
      const res = await hh.post(body);
      expect(res.status, JSON.stringify(body)).toBeLessThan(500);
    }
    const ok = await hh.post(personalMessage(users.lead, 'help', { serviceUrl: hh.connector.url }));
    expect(ok.status).toBe(200);
  });

  it('refuses compressed bodies and identities of the wrong type before the SDK sees them', async () => {
    const valid = personalMessage(users.lead, 'help', { serviceUrl: hh.connector.url });
    expect((await hh.post(valid, { 'content-encoding': 'gzip' })).status).toBe(415);
    expect((await hh.post({ ...valid, id: { $ref: '#' } })).status).toBe(400);
    expect((await hh.post({ ...valid, serviceUrl: 'file:///etc/passwd' })).status).toBe(400);
    expect((await hh.post({ ...valid, conversation: { ...valid.conversation, isGroup: 'yes' } })).status).toBe(400);
    expect((await hh.post({ ...valid, entities: [{ type: 'mention', mentioned: null }] })).status).toBe(400);
    const invoke = { ...valid, type: 'invoke', value: {} };
    expect((await hh.post({ ...invoke, name: { toString: 'x', valueOf: 1 } })).status).toBe(400);
    expect((await hh.post({ ...invoke, name: ['adaptiveCard/action'] })).status).toBe(400);
    // the bot keys records by these ids: an array or object there must not become a document id
    for (const part of ['channel', 'team', 'tenant']) {
      for (const bad of [[['UTH-2026-001']], { $ne: 1 }, 7, '']) {
        expect(
          (await hh.post({ ...valid, channelData: { ...valid.channelData, [part]: { id: bad } } })).status,
          `${part} ${JSON.stringify(bad)}`,
        ).toBe(400);
      }
    }
    expect(hh.bot.deps.store.all('conversations').every((c) => typeof c.id === 'string')).toBe(true);
    expect(hh.connector.texts()).toEqual([]);
    expect(hh.logs.join('\n')).not.toMatch(/application error|handler failed/);
  });

  it('answers a message that mentions the bot but carries no text', async () => {
    const { text: _text, ...withoutText } = personalMessage(users.lead, 'help', { serviceUrl: hh.connector.url });
    const mention = {
      type: 'mention',
      mentioned: { id: '28:uthiek-bot', name: 'Uthiek Bot' },
      text: '<at>Uthiek Bot</at>',
    };
    const res = await hh.post({ ...withoutText, entities: [mention] });
    expect(res.status).toBe(200);
    expect(hh.connector.texts().length).toBeGreaterThan(0);
    expect(hh.logs.join('\n')).not.toMatch(/application error|handler failed/);
  });
});
