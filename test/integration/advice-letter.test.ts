import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, users } from '../support/activities.js';
import { actionData, cardOf } from '../support/cards.js';
import {
  assessmentBegins,
  execute,
  installFor,
  installInUthiekTeam,
  scheduledCase,
  triageChannel,
} from '../support/flows.js';
import { GraphStandIn } from '../support/graph-standin.js';

let h: TestBot;
let graph: GraphStandIn | undefined;
afterEach(async () => {
  await h.stop();
  await graph?.stop();
  graph = undefined;
});

async function start(env: Record<string, string> = {}, withGraph = false) {
  if (withGraph) graph = await new GraphStandIn().start();
  h = await startTestBot({
    env: { ...(graph ? graph.env({ GRAPH_DRIVE_ID: 'b!standin-drive-0001' }) : {}), ...env },
    ...(graph ? { graph: { ca: graph.ca } } : {}),
  });
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
}

async function recordOutcome(id: string) {
  const triage = triageChannel(h, id);
  const heldOn = assessmentBegins(h, id);
  const card = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
  const form = {
    reportUrl: 'https://utrecht.example/verslag.pdf',
    heldOn,
    item_0_text: 'Beperk de bewaartermijn van de beelden tot 28 dagen.',
    item_0_values: 'privacy',
    item_0_owner: 'Olga Eigenaar',
    item_0_due: '2027-03-01',
    item_1_text: 'Leg uit aan bewoners hoe de sensoren werken.',
    item_1_values: 'autonomie',
    item_1_owner: '',
    item_1_due: '2027-04-01',
  };
  await execute(h, users.member2, { ...actionData(card, 'outcome.save'), ...form, count: 2 }, triage);
}

const decisionCards = () =>
  h.connector.sent(personalConversationId(users.lead)).filter((c) => JSON.stringify(c.body).includes('decision.save'));

/** The text of a DOCX: the paragraphs of word/document.xml. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

describe('the advice letter', () => {
  it('is a DOCX from the recorded outcome, version 1 definitief, linked from the decision card; the decision makes version 2', async () => {
    await start({ MUNICIPALITY_NAME: 'Gemeente Utrecht' });
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id);
    const c = h.bot.deps.cases.get(id)!;
    expect(c.letters).toHaveLength(1);
    expect(c.letters![0]).toMatchObject({ version: 1, status: 'definitief', issuedBy: users.member2.aadObjectId });

    await h.connector.waitFor(() => decisionCards().length > 0);
    const card = cardOf(decisionCards().at(-1)!.body);
    const open = (card.actions as any[]).find((a) => a.type === 'Action.OpenUrl' && /Adviesbrief/.test(a.title));
    expect(open.title).toBe('Adviesbrief (versie 1, definitief)');
    const res = await fetch(open.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('wordprocessingml');
    const text = docxText(new Uint8Array(await res.arrayBuffer()));
    expect(text).toContain('Gemeente Utrecht');
    expect(text).toContain(`Adviesbrief Uthiek-toets ${id}`);
    expect(text).toContain('Versie 1 · definitief');
    expect(text).toContain('Slimme lantaarnpalen');
    expect(text).toMatch(/Datum van de toets: \d{1,2} (november|december) 2026/);
    expect(text).toContain('Beperk de bewaartermijn van de beelden tot 28 dagen.');
    expect(text).toContain('Olga Eigenaar');
    expect(text).toContain('Privacy');
    expect(text).toContain('Nog geen besluit');
    expect(text).toContain('Fatima El Amrani (behandelaar)');
    // a forged link gets nothing
    expect((await fetch(open.url.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);

    // the lead decides: a new version with the decisions; the first stays as it was
    const fresh = h.bot.deps.cases.get(id)!;
    const form: Record<string, string> = { overall: 'partly', overallReason: 'Past bij ons doel, op één punt na.' };
    fresh.advice.forEach((item, i) =>
      Object.assign(form, {
        [`item_${item.id}_decision`]: i === 0 ? 'adopt' : 'not',
        [`item_${item.id}_reason`]: i === 0 ? '' : 'Te duur voor dit jaar.',
      }),
    );
    await execute(h, users.lead, { ...actionData(card, 'decision.save'), ...form });
    const letters = h.bot.deps.cases.get(id)!.letters!;
    expect(letters.map((l) => l.version)).toEqual([1, 2]);
    expect(letters[0]!.content.decision).toBeUndefined();
    const v2 = await fetch(h.bot.deps.links.url(`/files/letter/${id}-v2.docx`, 60_000));
    const text2 = docxText(new Uint8Array(await v2.arrayBuffer()));
    expect(text2).toContain('Niet overgenomen: Te duur voor dit jaar.');
    expect(text2).toContain('Deels overgenomen: Past bij ons doel, op één punt na.');
  });

  it('with a document library configured, each version is uploaded to SharePoint and its address kept', async () => {
    await start({}, true);
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id);
    await h.connector.waitFor(() => Boolean(h.bot.deps.cases.get(id)!.letters?.[0]?.upload));
    const path = `Uthiek adviesbrieven/${id} adviesbrief v1.docx`;
    const file = graph!.outlook.files.get(path)!;
    expect(docxText(new Uint8Array(file.content))).toContain('Versie 1 · definitief');
    expect(h.bot.deps.cases.get(id)!.letters![0]!.upload).toMatchObject({ webUrl: file.webUrl });
  });
});
