import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import {
  channelMessage,
  groupChatMessage,
  installationUpdate,
  personalConversationId,
  users,
} from '../support/activities.js';
import { cardOf, cardText } from '../support/cards.js';

let h: TestBot;
botForEachTest((bot) => (h = bot));

const base = () => ({ serviceUrl: h.connector.url });

/** Another city's project: no signal, but the reply below is about it. */
const ROOT = 'Rotterdam scant sinds kort alle geparkeerde fietsen met een camera-auto';
const ROOT_WORDS = ['Rotterdam', 'geparkeerde', 'camera-auto', 'fietsen'];
/** Says nothing about technology on its own. */
const REPLY = 'zouden wij dat ook kunnen bij het station?';
/** A signal in its own right. */
const PLAN =
  'We gaan vanaf april de meldingen openbare ruimte met een algoritme automatisch naar het juiste team sturen';
const ADDS = '+1, kunnen we dat dan ook voor de spoedmeldingen doen?';

async function installPersonal(user = users.lead) {
  await h.post(installationUpdate(user, 'add', base()));
  h.connector.clear();
}

/** The invitation card a person got in their 1:1 chat, once the job has run. */
async function invitationFor(user = users.lead) {
  const conversation = personalConversationId(user);
  await h.connector.waitFor((calls) => calls.some((c) => c.conversationId === conversation && c.body?.attachments));
  return cardOf(h.connector.sent(conversation).findLast((c) => c.body?.attachments)!.body);
}

/** A channel reply the way Teams delivers it: the thread's root in the conversation id and in replyToId. */
const channelReply = (user: typeof users.lead, text: string, root: { id: string }) => ({
  ...channelMessage(user, text, { ...base(), threadId: root.id }),
  replyToId: root.id,
});

const signalsOf = (user: typeof users.lead) =>
  h.bot.deps.store.all('signals').filter((s) => s.authorId === user.aadObjectId);

/** Everything the bot wrote to disk and to its log. */
function everythingWritten(): string {
  const files = fs
    .readdirSync(h.dataDir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(h.dataDir, f)).isFile());
  return files.map((f) => fs.readFileSync(path.join(h.dataDir, f), 'utf8')).join('\n') + h.logs.join('\n');
}

describe('signal: a reply is read with the message it answers', () => {
  it('reads a channel reply with its parent, held in memory only, and writes neither text anywhere', async () => {
    await installPersonal();
    const root = channelMessage(users.lead2, ROOT, base());
    await h.post(root);
    expect(h.bot.deps.store.all('signals')).toHaveLength(0);

    await h.post(channelReply(users.lead, REPLY, root));
    const text = cardText(await invitationFor());
    expect(text).toContain('in het bericht waarop dit reageert');
    const [signal] = signalsOf(users.lead);
    expect(signal!.reasons!.map((r) => r.code)).toContain('reply.tech.cameras');
    expect(signal!.hints!.technologies).toContain('cameras');

    await h.restart();
    const written = everythingWritten();
    for (const word of [...ROOT_WORDS, 'station', 'zouden']) expect(written).not.toContain(word);
  });

  it('reads the same reply alone when the parent was never seen, or was forgotten at a restart', async () => {
    await installPersonal();
    const unseenRoot = { id: 'root-the-bot-never-saw' };
    await h.post(channelReply(users.lead, REPLY, unseenRoot));

    const root = channelMessage(users.lead2, ROOT, base());
    await h.post(root);
    await h.restart();
    await h.post(channelReply(users.lead, REPLY, root));
    expect(h.bot.deps.store.events({ type: 'signal.detected' })).toHaveLength(0);
  });

  it('reads a reply-to in a group chat with the message it quotes', async () => {
    await installPersonal();
    const chatId = '19:werkgroep-mobiliteit@thread.v2';
    const root = groupChatMessage(users.lead2, ROOT, { ...base(), chatId });
    await h.post(root);
    await h.post({ ...groupChatMessage(users.lead, 'Wie heeft de notulen van dinsdag?', { ...base(), chatId }) });
    expect(h.bot.deps.store.all('signals')).toHaveLength(0);

    await h.post({ ...groupChatMessage(users.lead, REPLY, { ...base(), chatId }), replyToId: root.id });
    await invitationFor();
    expect(signalsOf(users.lead)[0]!.reasons!.map((r) => r.code)).toContain('reply.tech.cameras');
  });

  it('uses the parent signal from the records once its text is gone', async () => {
    await installPersonal(users.lead2);
    await installPersonal();
    const root = channelMessage(users.lead2, PLAN, base());
    await h.post(root);
    await invitationFor(users.lead2);

    await h.restart();
    await h.post(channelReply(users.lead, ADDS, root));
    await invitationFor();
    expect(signalsOf(users.lead)[0]!.reasons!.map((r) => r.code)).toContain('reply.parent-signal');
    for (const word of ['spoedmeldingen', 'juiste team']) expect(everythingWritten()).not.toContain(word);
  });

  it('does not take a reaction to a signal for a signal', async () => {
    await installPersonal(users.lead2);
    await installPersonal();
    const root = channelMessage(users.lead2, PLAN, base());
    await h.post(root);
    await invitationFor(users.lead2);
    for (const reaction of ['top, succes!', 'wanneer gaat het live?', 'wie is daar de projectleider van?']) {
      await h.post(channelReply(users.lead, reaction, root));
    }
    expect(signalsOf(users.lead)).toHaveLength(0);
  });
});
