import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import {
  channelMessage,
  installationUpdate,
  personalConversationId,
  personalMessage,
  users,
  messageAction as fetchTask,
} from '../support/activities.js';
import { cardText, cardOf } from '../support/cards.js';

/**
 * Adversarial HTML through every path that reads message text: the message action, channel
 * messages (the signal detector) and commands. The regexes these replaced took ~28 s on
 * 200,000 `<` (longer than this file's time limit); the cost is measured by bench/normalise.ts.
 */
let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await h.post(installationUpdate(users.lead, 'add', { serviceUrl: h.connector.url }));
  h.connector.clear();
});

const messageAction = (content: string, contentType = 'html') =>
  fetchTask(users.lead, { body: { contentType, content } }, { serviceUrl: h.connector.url });

const purposes = () => h.bot.deps.cases.forPerson(users.lead.aadObjectId).map((c) => c.intake.purpose);

describe('the message action ("Meld bij Uthiek") on adversarial HTML', () => {
  it('200,000 "<": an intake starts, with the text as it is, cut to the field limit', async () => {
    const res = await h.post(messageAction('<'.repeat(200_000)));
    expect(res.status).toBe(200);
    expect(res.body.task.value).toMatch(/UTH-\d{4}-\d{3}/);
    expect(purposes()).toEqual(['<'.repeat(2000)]);
  });

  it('"<a" repeated, unclosed mentions and nested tags around real text', async () => {
    await h.post(messageAction('<a'.repeat(100_000)));
    await h.post(messageAction(`${'<at>'.repeat(9_000)}Wij willen een pilot`));
    await h.post(messageAction(`${'<b>'.repeat(5_000)}Een  AI-tool  .  voor vergunningen${'</b>'.repeat(5_000)}`));
    await h.post(messageAction(`<p>${' '.repeat(15_000)}Sensoren in het park${' '.repeat(15_000)}.</p>`));
    expect(purposes()).toEqual([
      '<a'.repeat(1000),
      'Wij willen een pilot',
      'Een AI-tool. voor vergunningen',
      'Sensoren in het park.',
    ]);
  });

  it('a message longer than a Teams message is read only up to MAX_MESSAGE_CHARS', async () => {
    await h.post(messageAction(`${'<ab>'.repeat(11_000)}voorbij de grens`));
    // 44,000 characters of tags: the text after them is beyond what is read
    expect(purposes()).toEqual([undefined]);
  });
});

describe('messages and commands with adversarial HTML', () => {
  it('a channel message of 90,000 "<a" and unclosed mentions is read and dropped, nothing kept', async () => {
    for (const text of ['<a'.repeat(45_000), '<at>'.repeat(22_000), `${'<'.repeat(90_000)}>`]) {
      const res = await h.post(channelMessage(users.lead, text, { serviceUrl: h.connector.url }));
      expect(res.status).toBe(200);
    }
    expect(h.bot.deps.store.all('signals')).toEqual([]);
    expect(h.connector.sent()).toEqual([]);
  });

  it('a personal message of 99,000 "<" is not a command: the fallback answers', async () => {
    const res = await h.post(personalMessage(users.lead, '<'.repeat(99_000), { serviceUrl: h.connector.url }));
    expect(res.status).toBe(200);
    expect(h.connector.texts().join()).toContain('help');
  });

  it('a command a typo away gets a suggestion, only of a command the person may use', async () => {
    const reply = async (text: string, locale = 'nl-NL') => {
      h.connector.clear();
      await h.post(personalMessage(users.lead, text, { serviceUrl: h.connector.url, locale }));
      return h.connector
        .sent(personalConversationId(users.lead))
        .map((c) => c.body.text)
        .join();
    };
    expect(await reply('regsiter', 'en-US')).toBe(
      'Sorry, I did not understand that. Did you mean "register"? Type "help" to see what I can do.',
    );
    expect(await reply('mycases', 'en-US')).toContain('Did you mean "my cases"?');
    expect(await reply('mijnzaken')).toContain('Bedoel je "mijn zaken"?');
    expect(await reply('aanmeldne')).toContain('Bedoel je "aanmelden"?');
    // "zaken" is Team Uthiek's: not suggested to anyone else
    expect(await reply('zakn')).toBe('Sorry, dat begrijp ik niet. Typ "help" om te zien wat ik kan.');
    expect(await reply('hallo, hoe gaat het?')).toBe('Sorry, dat begrijp ik niet. Typ "help" om te zien wat ik kan.');
  });

  it('a command after a mention and before 90,000 characters of tags still works', async () => {
    const res = await h.post(
      channelMessage(users.lead, `help ${'<b>'.repeat(30_000)}`, { serviceUrl: h.connector.url, mention: true }),
    );
    expect(res.status).toBe(200);
    const sent = h.connector.sent().filter((c) => c.body?.attachments);
    expect(sent).toHaveLength(1);
    expect(cardText(cardOf(sent[0]!.body))).toContain('Wat kan Uthiek Bot?');
  });
});
