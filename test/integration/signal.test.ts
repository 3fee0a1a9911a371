import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import {
  cardAction,
  channelMessage,
  groupChatMessage,
  installationUpdate,
  personalConversationId,
  personalMessage,
  PROJECT_CHANNEL,
  TENANT,
  users,
  messageAction,
} from '../support/activities.js';
import { actionData, cardOf, cardText } from '../support/cards.js';
import { say } from '../support/flows.js';

let h: TestBot;
botForEachTest((bot) => (h = bot), { env: { SIGNAL_INVITES_PER_WEEK: '2' } });

const base = () => ({ serviceUrl: h.connector.url });
const SIGNAL = "We willen volgend jaar een pilot starten met slimme camera's in het centrum die drukte meten.";
const SIGNAL_2 =
  'Plan: we gaan een algoritme inzetten dat bepaalt welke bijstandsaanvragen extra gecontroleerd worden.';
const SIGNAL_3 = 'Het team wil een chatbot laten bouwen die inwoners helpt met vragen over afval.';
const CHATTER = [
  'Wie heeft de sleutel van de vergaderzaal? Ik zie jullie om 10 uur.',
  'Lunch om 12:30 bij de kantine, wie gaat er mee',
  'De printer op de derde verdieping doet het weer niet',
];

/** The invitation card the lead got in their 1:1 chat, once the job has run. */
async function invitation() {
  await h.connector.waitFor((calls) =>
    calls.some((c) => c.conversationId === personalConversationId(users.lead) && c.body?.attachments),
  );
  const call = h.connector.sent(personalConversationId(users.lead)).findLast((c) => c.body?.attachments)!;
  return cardOf(call.body);
}

async function installPersonal() {
  await h.post(installationUpdate(users.lead, 'add', base()));
  h.connector.clear();
}

describe('signal: noticing new projects in channels', () => {
  it('invites the author privately when a channel message (no @mention) signals a new project', async () => {
    await installPersonal();
    const res = await h.post(channelMessage(users.lead, SIGNAL, base()));
    expect(res.status).toBe(200);
    const card = await invitation();
    const text = cardText(card);
    expect(text).toContain('Gaat dit over een nieuw digitaliseringsproject?');
    expect(text).toContain("camera's");
    // nothing was posted in the channel itself
    expect(h.connector.sent().filter((c) => c.conversationId?.startsWith(PROJECT_CHANNEL))).toHaveLength(0);
    const [signal] = h.bot.deps.store.all('signals');
    expect(signal).toMatchObject({ authorId: users.lead.aadObjectId, status: 'open' });
    expect(JSON.stringify(signal)).not.toContain('centrum');
    expect(h.bot.deps.store.events({ type: 'signal.detected' })).toHaveLength(1);
  });

  it('opens a 1:1 chat first when the author never talked to the bot', async () => {
    await h.post(installationUpdate(users.member, 'add', { ...base(), team: true }));
    h.connector.clear();
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    await h.connector.waitFor((calls) => calls.some((c) => c.path === '/v3/conversations' && c.method === 'POST'));
    const create = h.connector.calls.find((c) => c.path === '/v3/conversations')!;
    expect(create.body.members).toEqual([{ id: users.lead.id }]);
    expect(create.body.tenantId ?? create.body.channelData?.tenant?.id).toBe(TENANT);
    await h.connector.waitFor((calls) =>
      calls.some((c) => c.conversationId === `a:1on1-${users.lead.id}` && c.body?.attachments),
    );
  });

  it('stores and logs nothing of messages that are not signals', async () => {
    await installPersonal();
    for (const text of CHATTER) await h.post(channelMessage(users.lead, text, base()));
    await h.post(groupChatMessage(users.lead2, CHATTER[0]!, base()));
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    await invitation();
    await h.restart();
    const files = fs
      .readdirSync(h.dataDir, { recursive: true })
      .map(String)
      .filter((f) => fs.statSync(path.join(h.dataDir, f)).isFile());
    const everything =
      files.map((f) => fs.readFileSync(path.join(h.dataDir, f), 'utf8')).join('\n') + h.logs.join('\n');
    for (const text of CHATTER) {
      for (const fragment of text.split(/[ ,.?:]+/).filter((w) => w.length > 4))
        expect(everything).not.toContain(fragment);
    }
    // of the signal itself only ids, the link and the reasons (our own words) are kept
    for (const fragment of [SIGNAL, 'centrum', 'drukte', 'volgend']) expect(everything).not.toContain(fragment);
    expect(h.bot.deps.store.all('signals')).toHaveLength(1);
  });

  it("writes the signal, its detection event and its author's Teams ids as one journal line", async () => {
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    const [signal] = h.bot.deps.store.all('signals');
    expect(signal).toBeDefined();
    expect(h.bot.deps.people.get(users.lead.aadObjectId!)).toMatchObject({ teamsUserId: users.lead.id });
    const journal = path.join(h.dataDir, fs.readFileSync(path.join(h.dataDir, 'CURRENT'), 'utf8').trim(), 'journal');
    const lines = fs
      .readdirSync(journal)
      .flatMap((f) => fs.readFileSync(path.join(journal, f), 'utf8').split('\n'))
      .filter((l) => l.includes(signal!.id) && l.includes('signal.detected'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`"teamsUserId":"${users.lead.id}"`);
  });

  it('reads a message Teams sent without a conversation type as addressed to the bot: "help" is a command', async () => {
    const activity = groupChatMessage(users.lead, 'help', base());
    const { conversationType: _, ...conversation } = activity.conversation;
    await h.post({ ...activity, conversation });
    const sent = h.connector.sent(activity.conversation.id);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body.attachments[0].content)).toContain('Wat kan Uthiek Bot?');
  });

  it('handles a message Teams delivers twice only once', async () => {
    await installPersonal();
    const activity = channelMessage(users.lead, SIGNAL, base());
    await h.post(activity);
    await h.post(activity);
    await invitation();
    await h.bot.deps.jobs.tick(); // every job due has run: a second invitation would have been sent
    expect(h.connector.sent(personalConversationId(users.lead)).filter((c) => c.body?.attachments)).toHaveLength(1);
    expect(h.bot.deps.store.events({ type: 'signal.detected' })).toHaveLength(1);
  });

  it('respects a person\'s "stil" and a channel\'s "stil"', async () => {
    await installPersonal();
    await h.post(personalMessage(users.lead, 'stil', base()));
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    await h.post(channelMessage(users.lead2, SIGNAL_2, base()));
    await h.bot.deps.jobs.tick();
    expect(h.bot.deps.store.all('signals').map((s) => s.authorId)).toEqual([users.lead2.aadObjectId]);

    await h.post(channelMessage(users.lead2, 'stil', { ...base(), mention: true }));
    expect(h.connector.texts().join()).toContain('In dit kanaal let ik niet meer op nieuwe projecten');
    await h.post(channelMessage(users.lead2, SIGNAL_3, base()));
    expect(h.bot.deps.store.all('signals')).toHaveLength(1);

    await h.post(channelMessage(users.lead2, 'signalen aan', { ...base(), mention: true }));
    await h.post(personalMessage(users.lead, 'signalen aan', base()));
    await h.post(channelMessage(users.lead, SIGNAL_3, base()));
    expect(h.bot.deps.store.all('signals')).toHaveLength(2);
  });

  it('"not a project" is recorded, nobody is asked again about the same thread or a similar text, and the weekly limit holds', async () => {
    await installPersonal();
    const first = channelMessage(users.lead, SIGNAL, base());
    await h.post(first);
    const card = await invitation();
    const answer = await h.post(
      cardAction(users.lead, 'signal.dismiss', actionData(card, 'signal.dismiss', { reason: 'not-a-project' }), base()),
    );
    expect(cardText(cardOf(answer.body))).toContain('Ik vraag je hier niet meer over');
    expect(h.bot.deps.store.events({ type: 'signal.dismissed' })[0]!.data).toMatchObject({ reason: 'not-a-project' });

    // same thread, other text
    await h.post(channelMessage(users.lead, SIGNAL_2, { ...base(), threadId: first.id }));
    // other thread, nearly the same text
    await h.post(channelMessage(users.lead, `${SIGNAL} Groet!`, base()));
    expect(h.bot.deps.store.events({ type: 'signal.detected' })).toHaveLength(1);

    // weekly limit (2 in this test): a second invitation, then no third
    await h.post(channelMessage(users.lead, SIGNAL_2, base()));
    await h.connector.waitFor(() => h.bot.deps.store.all('signals').filter((s) => s.invitedAt).length === 2);
    await h.post(channelMessage(users.lead, SIGNAL_3, base()));
    expect(h.bot.deps.store.events({ type: 'signal.detected' })).toHaveLength(2);
  });

  it('"Ja, aanmelden" starts an intake prefilled from the message, only for the author', async () => {
    await installPersonal();
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    const card = await invitation();
    const data = actionData(card, 'signal.start');
    const forged = await h.post(cardAction(users.outsider, 'signal.start', data, base()));
    expect(JSON.stringify(forged.body)).toContain('voor de schrijver van het bericht');
    const res = await h.post(cardAction(users.lead, 'signal.start', data, base()));
    const intake = cardOf(res.body);
    expect(cardText(intake)).toContain('Stap 1: ');
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    expect(c!.origin.kind).toBe('signal');
    expect(c!.intake.technologies).toContain('cameras');
    expect(h.bot.deps.store.all('signals')[0]).toMatchObject({ status: 'converted', caseId: c!.id });
    expect(h.bot.deps.store.all('signals')[0]!.reasons).toBeUndefined();
    // sent again (Teams resending it, a double click): the intake, not "verlopen of al beantwoord"
    const again = await h.post(cardAction(users.lead, 'signal.start', data, base()));
    expect(again.body).toEqual(res.body);
    expect(JSON.stringify(again.body)).not.toContain('verlopen of al beantwoord');
    expect(h.bot.deps.cases.forPerson(users.lead.aadObjectId)).toHaveLength(1);
  });

  it('"Ja, aanmelden" twice at once starts one intake, and both answers are that intake', async () => {
    await installPersonal();
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    const data = actionData(await invitation(), 'signal.start');
    const [a, b] = await Promise.all([1, 2].map(() => h.post(cardAction(users.lead, 'signal.start', data, base()))));
    expect(cardText(cardOf(a!.body))).toContain('Stap 1: Basisgegevens');
    expect(b!.body).toEqual(a!.body);
    expect(h.bot.deps.cases.forPerson(users.lead.aadObjectId)).toHaveLength(1);
    expect(h.bot.deps.store.events({ type: 'case.created' })).toHaveLength(1);
  });

  it('the report counts the intakes started from a signal apart from the others, so the team sees what the detector brings in', async () => {
    await installPersonal();
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    const card = await invitation();
    await h.post(cardAction(users.lead, 'signal.start', actionData(card, 'signal.start'), base()));
    await say(h, users.lead, 'aanmelden');
    const [fromSignal, direct] = h.bot.deps.cases
      .forPerson(users.lead.aadObjectId)
      .sort((a, b) => (a.origin.kind === 'signal' ? -1 : b.origin.kind === 'signal' ? 1 : 0));
    expect([fromSignal!.origin.kind, direct!.origin.kind]).toEqual(['signal', 'command']);

    const year = new Date(h.bot.deps.clock.now()).getUTCFullYear();
    const text = cardText(cardOf((await say(h, users.member, `rapport ${year}`))[0]));
    expect(text).toMatch(/Aanmeldingen gestart in de periode\s*2/);
    expect(text).toMatch(/Aanmeldingen gestart na een signaal\s*1/);
    expect(text).toMatch(/Signalen in de periode\s*1/);
  });

  it('forgets an unanswered signal when it expires', async () => {
    await installPersonal();
    await h.post(channelMessage(users.lead, SIGNAL, base()));
    await invitation();
    h.clock.advance(15 * 86_400_000);
    await h.bot.deps.jobs.tick();
    expect(h.bot.deps.store.all('signals')).toHaveLength(0);
    expect(h.bot.deps.store.events({ type: 'signal.expired' })).toHaveLength(1);
  });

  it('can reply in the thread instead, when the team chose so', async () => {
    await h.post(installationUpdate(users.member, 'add', { ...base(), team: true }));
    await h.post(channelMessage(users.member, 'uitnodigingen in de draad', { ...base(), mention: true }));
    h.connector.clear();
    const msg = channelMessage(users.lead, SIGNAL, base());
    await h.post(msg);
    const thread = `${PROJECT_CHANNEL};messageid=${msg.id}`;
    await h.connector.waitFor((calls) => calls.some((c) => c.conversationId === thread && c.body?.attachments));
    expect(cardText(cardOf(h.connector.sent(thread)[0]!.body))).toContain(
      'Alleen de schrijver van het bericht kan hieronder antwoorden',
    );
  });
});

describe('deliberate registration', () => {
  it('"Meld bij Uthiek" on a message starts an intake with that message as the description', async () => {
    await installPersonal();
    const res = await h.post(
      messageAction(
        users.lead,
        {
          body: {
            contentType: 'html',
            content: '<p>We kopen een <b>AI-tool</b> voor het beoordelen van vergunningen</p>',
          },
          linkToMessage: 'https://teams.microsoft.com/l/message/x/77',
        },
        base(),
      ),
    );
    expect(res.status).toBe(200);
    expect(res.body.task.type).toBe('message');
    expect(res.body.task.value).toMatch(/UTH-\d{4}-\d{3}/);
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    expect(c!.origin).toMatchObject({
      kind: 'message-action',
      messageLink: 'https://teams.microsoft.com/l/message/x/77',
    });
    expect(c!.intake.purpose).toContain('AI-tool voor het beoordelen van vergunningen');
    expect(c!.intake.purpose).not.toContain('<b>');
    await h.connector.waitFor((calls) =>
      calls.some((x) => x.conversationId === personalConversationId(users.lead) && x.body?.attachments),
    );
  });

  it('"Meld bij Uthiek" without the message\'s text says the description is still empty, not that it was filled in', async () => {
    await installPersonal();
    const action = messageAction(users.lead, {}, base());
    delete (action.value as { messagePayload?: unknown }).messagePayload;
    const res = await h.post(action);
    expect(res.status).toBe(200);
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    expect(c!.intake.purpose).toBeUndefined();
    expect(res.body.task.value).toBe(
      `Je aanmelding ${c!.id} is gestart. De tekst van het bericht kon ik niet lezen, dus vul je de beschrijving zelf in. Je vindt hem in je chat met Uthiek Bot.`,
    );
    await h.connector.waitFor((calls) =>
      calls.some((x) => x.conversationId === personalConversationId(users.lead) && x.body?.attachments),
    );
    const draft = cardText(
      cardOf(h.connector.sent(personalConversationId(users.lead)).find((x) => x.body?.attachments)!.body),
    );
    expect(draft).not.toContain('Ik heb al ingevuld');
    expect(draft).toContain('De tekst van het bericht kon ik niet lezen; vul de aanmelding zelf in.');
  });

  it('a message extension command the bot does not know gets a helpful answer, not a failed invoke', async () => {
    await installPersonal();
    const fetch = messageAction(users.lead, {}, base());
    fetch.value.commandId = 'ietsAnders';
    const res = await h.post(fetch);
    expect(res.status).toBe(200);
    const help =
      'Deze actie ken ik niet (meer). Kies "Meld bij Uthiek" bij een bericht om een project aan te melden, of typ "help" in je chat met Uthiek Bot.';
    expect(res.body).toEqual({ task: { type: 'message', value: help } });
    const submit = await h.post({ ...fetch, name: 'composeExtension/submitAction' });
    expect(submit.status).toBe(200);
    expect(submit.body).toEqual({ composeExtension: { type: 'message', text: help } });
    expect(h.bot.deps.cases.forPerson(users.lead.aadObjectId)).toEqual([]);
  });
});
