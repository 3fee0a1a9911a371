import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { TRIAGE_CHANNEL, users } from '../support/activities.js';
import { actionData, cardOf, cardText, HOSTILE_NAME, markdownText } from '../support/cards.js';
import { execute } from '../support/flows.js';
import { linkIn, pollWithOutsider } from '../support/outside-flows.js';

let h: TestBot;
afterEach(async () => {
  await h?.stop();
});

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const formPost = (url: string, fields: Record<string, string> | string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { ...FORM, ...headers },
    body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
  });

/** The page's form for `kind`: where it posts and its hidden token, as a browser without JavaScript sees them. */
async function formOf(url: string, kind: string): Promise<{ action: string; token: string }> {
  const html = await (await fetch(url)).text();
  const form = new RegExp(
    `<form method="post" action="([^"]+)" data-kind="${kind}"[^>]*>[\\s\\S]*?name="token" value="([^"]+)"`,
  ).exec(html)!;
  const action = form[1]!.replace(/&amp;/g, '&');
  return { action: new URL(action, url).toString(), token: form[2]! };
}

/** What the bot posted in the case's thread in Team Uthiek's channel (replies and new posts). */
const threadPosts = (h: TestBot) =>
  h.connector.calls
    .filter((c) => c.method === 'POST' && c.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`))
    .map((c) => c.body);

describe('the page for people outside Teams, without JavaScript', () => {
  it('each form works as a plain HTML form post; the handler is told in the case thread, once', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h);
    const url = linkIn(notice);
    const page = await (await fetch(url)).text();
    expect(page).toContain('<a class="skip" href="#main">Naar de inhoud</a>');
    expect(page).not.toContain('<noscript>');

    const poll = await formOf(url, 'poll');
    expect(poll.action).toBe(url);
    const pollAt = Date.now();
    const pollAnswer = await formPost(poll.action, { kind: 'poll', token: poll.token, slot_0: 'no', slot_1: 'yes' });
    expect(pollAnswer.status).toBe(200);
    expect(pollAnswer.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const pollPage = await pollAnswer.text();
    expect(pollPage).toContain('<html lang="nl">');
    expect(pollPage).toContain('Dank je, je antwoord is opgeslagen.');
    expect(pollPage).toContain('Terug naar je persoonlijke pagina');
    expect(h.bot.deps.proposals.current(id)!.answers['panel:pm-carla']).toEqual({ '0': 'no', '1': 'yes' });

    const input = await formOf(`${url}&lang=en`, 'input');
    const written = await formPost(input.action, {
      kind: 'input',
      token: input.token,
      text: 'Let op <b>de</b> bewaartermijn.',
    });
    expect(written.status).toBe(200);
    expect(await written.text()).toContain('<html lang="en">');
    expect(h.bot.deps.cases.get(id)!.outside!.input[0]!.text).toBe('Let op <b>de</b> bewaartermijn.');

    // the handler hears of both in the case's thread, mentioned, in whole sentences; the input as plain text in a card
    await h.connector.waitFor(() => threadPosts(h).length >= 2);
    const posts = threadPosts(h);
    const pollNotice = posts.find((p) => p.text?.includes('de beschikbaarheid voor de toets'))!;
    expect(pollNotice.text).toBe(
      `<at>Fatima El Amrani</at> Carla Smit heeft buiten Teams de beschikbaarheid voor de toets van ${id} doorgegeven. Op de planningskaart zie je de antwoorden met "Stand bekijken".`,
    );
    expect(pollNotice.entities[0]).toMatchObject({ type: 'mention', mentioned: { id: users.member2.id } });
    const inputNotice = posts.find((p) => p.text?.includes('schriftelijke inbreng'))!;
    expect(JSON.stringify(inputNotice.attachments)).toContain(
      '"type":"TextRun","text":"Let op <b>de</b> bewaartermijn."',
    );
    const records = () => h.bot.deps.store.all('deliveries').filter((d) => d.kind === 'handler-notice');
    await h.connector.waitFor(() => records().length === 2 && records().every((r) => r.status === 'sent'));
    // the case's card in the channel is left alone: while planning it shows the planning card
    expect(h.connector.calls.some((c) => c.method === 'PUT' && c.at > pollAt)).toBe(false);
    // running the jobs again sends nothing twice
    await h.bot.deps.jobs.tick();
    expect(threadPosts(h)).toHaveLength(posts.length);
  });

  it('refuses a form without its token, from another site, with odd fields, or too large, with a page in the person’s language', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h);
    const url = linkIn(notice);
    const { token } = await formOf(url, 'input');
    const text = 'Mijn inbreng.';

    const noToken = await formPost(url, { kind: 'input', text });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain('Dit formulier kwam niet van je persoonlijke pagina');
    expect((await formPost(url, { kind: 'input', text, token: `${token.split('.')[0]}.forged` })).status).toBe(403);
    expect((await formPost(url, { kind: 'input', text, token }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // a token of another person's (or case's) link does not fit this one
    expect((await formPost(url, { kind: 'input', text, token: 'not-a-token' })).status).toBe(403);
    // validated as strictly as JSON: unknown fields, a field twice, an empty answer, a wrong value
    expect((await formPost(url, { kind: 'input', text, token, extra: 'x' })).status).toBe(400);
    for (const kind of ['constructor', '__proto__', 'toString', ''])
      expect((await formPost(url, { kind, text, token })).status, kind).toBe(400);
    expect((await formPost(url, `kind=input&token=${encodeURIComponent(token)}&text=a&text=b`)).status).toBe(400);
    expect((await formPost(url, { kind: 'input', text: '   ', token })).status).toBe(400);
    expect((await formPost(url, { kind: 'conflict', conflict: 'maybe', token })).status).toBe(400);
    expect((await formPost(url, { kind: 'poll', slot_0: 'maybe', token })).status).toBe(400);
    expect((await formPost(url, `kind=input&token=${encodeURIComponent(token)}&text=%FF%FE`)).status).toBe(400);
    const tooLong = await formPost(`${url}&lang=en`, { kind: 'input', token, text: 'x'.repeat(70_000) });
    expect(tooLong.status).toBe(413);
    expect(await tooLong.text()).toContain('What you sent is too long');
    expect((await formPost(url, { kind: 'input', token, text: 'x'.repeat(4001) })).status).toBe(400);
    expect(h.bot.deps.cases.get(id)!.outside?.input ?? []).toHaveLength(0);
    // forms are taken on this page only: elsewhere the bot reads JSON alone
    const elsewhere = await fetch(`http://127.0.0.1:${h.bot.port}/api/messages`, {
      method: 'POST',
      headers: FORM,
      body: 'a=b',
    });
    expect(elsewhere.status).toBe(415);
    // a revoked link takes no form either
    await h.bot.deps.cases.update(id, undefined, (c) => ({
      next: { ...c, outside: { ...c.outside!, links: c.outside!.links.map((l) => ({ ...l, revokedAt: 'x' })) } },
      events: [],
    }));
    const revoked = await formPost(url, { kind: 'input', text, token });
    expect(revoked.status).toBe(410);
    expect(await revoked.text()).toContain('Deze link is ingetrokken');
  });

  it('the name of someone outside Teams reaches no markdown and makes no link: the poll answer, the notices and their mention', async () => {
    h = await startTestBot();
    // stored before names were checked: a web address in the name
    const { id, card } = await pollWithOutsider(h, HOSTILE_NAME);
    const shown = 'Eve klik https evil example Vet';
    // the answer to "send the poll" lists the personal links, in a TextBlock so they can be opened
    expect(markdownText(card)).toContain(`Stuur deze persoonlijke links naar wie buiten Teams is: ${shown}: http`);
    expect(markdownText(card)).not.toMatch(/[[\]*]/);
    const url = /: (http\S+\/extern\/\S+)/.exec(markdownText(card))![1]!;

    const input = await formOf(url, 'input');
    expect((await formPost(input.action, { kind: 'input', token: input.token, text: 'Let op.' })).status).toBe(200);
    const conflict = await formOf(url, 'conflict');
    const declared = {
      kind: 'conflict',
      token: conflict.token,
      conflict: 'yes',
      detail: 'Ik adviseer de leverancier.',
    };
    expect((await formPost(conflict.action, declared)).status).toBe(200);
    await h.connector.waitFor(() => threadPosts(h).length >= 2);
    const posts = threadPosts(h);
    expect(posts).toHaveLength(2);
    const inputNotice = posts.find((p) => p.text?.includes('schriftelijke inbreng'))!;
    expect(inputNotice.text).toBe(
      `<at>Fatima El Amrani</at> ${shown} heeft buiten Teams schriftelijke inbreng gestuurd voor de toets van ${id}:`,
    );
    const conflictNotice = posts.find((p) => p.text?.includes('belangenverstrengeling'))!;
    expect(conflictNotice.text).toContain(
      `<at>Fatima El Amrani</at> ${shown} heeft voor ${id} een belangenverstrengeling`,
    );
    for (const post of posts) {
      expect(post.text).not.toMatch(/[[\]*]|evil\.example/);
      expect(markdownText(cardOf(post))).not.toMatch(/[[\]*]/);
    }
    expect(markdownText(cardOf(conflictNotice))).toBe(`Toelichting van ${shown}:`);
  });

  it('a declared conflict of interest asks the handler for another member, who is then proposed instead', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h);
    const url = linkIn(notice);
    const { token } = await formOf(url, 'conflict');
    // Carla said yes to the first moment before she declared the conflict
    const p = h.bot.deps.proposals.current(id)!;
    await h.bot.deps.proposals.mergeAnswers(p.id, { 'panel:pm-carla': { '0': 'yes' } });
    const declared = await formPost(url, {
      kind: 'conflict',
      token,
      conflict: 'yes',
      detail: 'Ik adviseer de leverancier.',
    });
    expect(declared.status).toBe(200);

    await h.connector.waitFor(() => threadPosts(h).some((x) => x.text?.includes('belangenverstrengeling')));
    const post = threadPosts(h).find((x) => x.text?.includes('belangenverstrengeling'))!;
    expect(post.text).toContain(
      `Carla Smit heeft voor ${id} een belangenverstrengeling gemeld. Kies een ander lid van de klankbordgroep: stel met "plan ${id}" nieuwe momenten voor, dan wordt Carla Smit voor deze zaak niet meer voorgesteld.`,
    );
    expect(JSON.stringify(post.attachments)).toContain('Ik adviseer de leverancier.');

    // the planning card says so, and her yes no longer satisfies the panel rule of a high-impact case
    const card = cardOf(await execute(h, users.member2, { verb: 'schedule.status', proposalId: p.id }));
    expect(cardText(card)).toContain('Carla Smit heeft een belangenverstrengeling gemeld en telt voor deze zaak niet');
    const refused = cardOf(await execute(h, users.member2, { ...actionData(card, 'schedule.confirm'), slot: '0' }));
    expect(cardText(refused)).toContain('Voorstel 1 kan nog niet worden bevestigd');
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');

    // new moments: Carla is not proposed again for this case
    const again = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id }));
    expect(cardText(again)).not.toContain('Carla Smit');
    expect(h.bot.deps.proposals.current(id)!.slots.every((s) => s.panel.every((m) => m.memberId !== 'pm-carla'))).toBe(
      true,
    );
  });
});
