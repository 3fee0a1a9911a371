import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { execute, say } from '../support/flows.js';
import { actionData, cardOf, cardText, HOSTILE_NAME } from '../support/cards.js';
import { users } from '../support/activities.js';
import { GraphStandIn } from '../support/graph-standin.js';
import { linkIn, pollWithOutsider } from '../support/outside-flows.js';

let h: TestBot;
let graph: GraphStandIn | undefined;
afterEach(async () => {
  await h.stop();
  await graph?.stop();
  graph = undefined;
});

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the page for people outside Teams', () => {
  it('answers flow into the case as if given in Teams; revoked, expired and forged links are refused', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h);
    expect(notice).toContain('Stuur deze persoonlijke links naar wie buiten Teams is: Carla Smit:');
    const url = linkIn(notice);
    expect(url).toMatch(new RegExp(`/extern/${id}/[\\w-]{16}\\?exp=\\d+&sig=`));

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('persoonlijk voor Carla Smit');
    expect(html).toContain('<legend>');
    expect(await (await fetch(`${url}&lang=en`)).text()).toContain('When can you attend?');

    // the poll: kept under the same key as when the handler records an external member's answer
    expect((await post(url, { kind: 'poll', answers: { '0': 'yes', '1': 'no' } })).status).toBe(200);
    const p = h.bot.deps.proposals.current(id)!;
    expect(p.answers['panel:pm-carla']).toEqual({ '0': 'yes', '1': 'no' });
    expect((await post(url, { kind: 'poll', answers: { '0': 'maybe' } })).status).toBe(400);

    expect((await post(url, { kind: 'input', text: 'Let op de bewaartermijn van de beelden.' })).status).toBe(200);
    expect((await post(url, { kind: 'conflict', conflict: false })).status).toBe(200);
    const c = h.bot.deps.cases.get(id)!;
    expect(c.outside!.input).toMatchObject([
      { key: 'panel:pm-carla', text: 'Let op de bewaartermijn van de beelden.' },
    ]);
    expect(c.outside!.conflicts).toMatchObject([{ key: 'panel:pm-carla', conflict: false }]);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.outside-input' })).toHaveLength(1);
    // the log holds ids, not what was written
    expect(h.logs.join('')).not.toContain('bewaartermijn');

    // forged signature: no page
    expect((await fetch(url.replace(/sig=[^&]+/, 'sig=forged0000000000000000000000000'))).status).toBe(404);

    // revoked by Team Uthiek: refused at once, with a page that says so
    const listed = JSON.stringify(await say(h, users.member2, `extern ${id}`));
    expect(listed).toContain('Carla Smit: werkt tot');
    expect(JSON.stringify(await say(h, users.outsider, `extern ${id}`))).not.toContain('Carla');
    const revoked = JSON.stringify(await say(h, users.member2, `extern ${id} intrekken Carla Smit`));
    expect(revoked).toContain('Ingetrokken voor: Carla Smit');
    const gone = await fetch(url);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('ingetrokken');
    expect((await post(url, { kind: 'input', text: 'nog iets' })).status).toBe(410);

    // asking again right after taking the link back is meant, not a resend: a new link that works
    const proposalId = h.bot.deps.proposals.current(id)!.id;
    const again = linkIn(cardText(cardOf(await execute(h, users.member2, { verb: 'schedule.poll', proposalId }))));
    expect(again).not.toBe(url);
    expect((await fetch(again)).status).toBe(200);
  });

  it('"extern … intrekken" finds a person by the name as shown to people, in any case, and as stored', async () => {
    h = await startTestBot();
    // a name stored with markdown and a web address in it: `extern` shows it without either
    const { id, notice } = await pollWithOutsider(h, HOSTILE_NAME);
    const url = /: (http\S+\/extern\/\S+)/.exec(notice)![1]!;
    const listed = JSON.stringify(await say(h, users.member2, `extern ${id}`));
    expect(listed).toContain('Eve klik https evil example Vet: werkt tot');
    const revoked = JSON.stringify(
      await say(h, users.member2, `extern ${id} intrekken eve KLIK https evil example vet`),
    );
    expect(revoked).toContain('Ingetrokken voor: Eve klik https evil example Vet');
    expect((await fetch(url)).status).toBe(410);
    expect(h.bot.deps.cases.get(id)!.outside!.links[0]!.revokedBy).toBe(users.member2.aadObjectId);
  });

  it('"extern … intrekken" with the name as typed and stored still works, and a name nobody has revokes nothing', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h, 'Eve [klik](#vet) **Vet**');
    const url = /: (http\S+\/extern\/\S+)/.exec(notice)![1]!;
    const none = JSON.stringify(await say(h, users.member2, `extern ${id} intrekken Eve`));
    expect(none).not.toContain('Ingetrokken voor');
    expect((await fetch(url)).status).toBe(200);
    const revoked = JSON.stringify(await say(h, users.member2, `extern ${id} intrekken EVE [KLIK](#VET) **VET**`));
    expect(revoked).toContain('Ingetrokken voor: Eve klik vet Vet');
    expect((await fetch(url)).status).toBe(410);
  });

  it('a link stops working when it expires', async () => {
    h = await startTestBot({ env: { OUTSIDE_LINK_DAYS: '2' } });
    const { notice } = await pollWithOutsider(h);
    const url = linkIn(notice);
    expect((await fetch(url)).status).toBe(200);
    h.clock.set(new Date(h.clock.now().getTime() + 3 * 86_400_000));
    const expired = await fetch(url);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('verlopen');
  });

  it('offers the preparation pack once the assessment stands and the NDA is on record, behind a link that expires', async () => {
    h = await startTestBot();
    const { id, notice, card } = await pollWithOutsider(h);
    const url = linkIn(notice);
    // before there is a date there is no pack to offer
    expect(await (await fetch(url)).text()).not.toContain('/files/prep/');
    expect((await post(url, { kind: 'poll', answers: { '0': 'yes' } })).status).toBe(200);
    const status = cardOf(await execute(h, users.member2, actionData(card, 'schedule.status')));
    await execute(h, users.member2, { ...actionData(status, 'schedule.confirm'), slot: '0' });
    // no signed NDA of Carla's on record: the page offers no case description
    const before = await (await fetch(url)).text();
    expect(before).toContain(
      'De zaakbeschrijving kun je hier downloaden zodra je getekende geheimhoudingsverklaring bij Team Uthiek bekend is.',
    );
    expect(before).not.toContain('/files/prep/');
    const carla = h.bot.deps.panel.get('pm-carla')!;
    await h.bot.deps.panel.save({ ...carla, ndaSignedOn: '2026-11-02' }, users.member.aadObjectId);

    const html = await (await fetch(url)).text();
    const prep = /href="([^"]*\/files\/prep\/[^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    const end = Date.parse(h.bot.deps.cases.get(id)!.schedule!.slot.end);
    expect(Number(new URL(prep).searchParams.get('exp'))).toBe(end + 3 * 86_400_000);
    const pack = await fetch(prep);
    expect(pack.status).toBe(200);
    expect(await pack.text()).toContain('Energie besparen');
    // called off: the link on the page stops working, and the page no longer offers it
    const c = h.bot.deps.cases.get(id)!;
    await execute(h, users.member2, { verb: 'schedule.cancel', caseId: id, rev: c.rev });
    expect((await fetch(prep)).status).toBe(410);
    expect(await (await fetch(url)).text()).not.toContain('/files/prep/');
  });

  it('with Outlook, each external member gets their personal link by e-mail from the shared mailbox', async () => {
    graph = await new GraphStandIn().start();
    h = await startTestBot({ env: graph.env(), graph: { ca: graph.ca } });
    const { notice } = await pollWithOutsider(h);
    expect(notice).toContain('per e-mail');
    await h.connector.waitFor(() => graph!.outlook.mail.length === 1);
    const [mail] = graph.outlook.mail;
    expect(mail).toMatchObject({ from: 'uthiek@example.org', to: ['carla@example.org'] });
    const url = /(http\S+\/extern\/\S+)/.exec(mail!.body.content)![1]!;
    expect((await fetch(url)).status).toBe(200);
    const record = h.bot.deps.store.all('deliveries').find((d) => d.kind === 'email')!;
    expect(record).toMatchObject({ status: 'sent', recipient: { kind: 'outside', key: 'panel:pm-carla' } });
    expect(JSON.stringify(record)).not.toContain('carla@example.org');
  });
});
