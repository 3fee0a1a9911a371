import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, TRIAGE_CHANNEL, users } from '../support/activities.js';
import { actionData, cardOf, cardText, inputs, openUrl } from '../support/cards.js';
import { assessedCaseWith, execute, installFor, installInUthiekTeam, say } from '../support/flows.js';
import { parseRegister } from '../../src/domain/register/parse.js';
import { walk } from '../support/card-check.js';
import { tempDir } from '../support/temp-dir.js';

let h: TestBot | undefined;
let server: http.Server | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await h?.stop();
  h = undefined;
  server?.closeAllConnections();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

async function start(env: Record<string, string> = {}) {
  h = await startTestBot({ env });
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
  return h;
}

/** A case with an algorithm, taken to an assessment with its final report. */
const assessedCase = (bot: TestBot): Promise<string> => assessedCaseWith(bot, 'biometrics');

const link = openUrl;

/** What the bot said to a person after the test's last command (a job's message arrives later). */
async function toldLater(bot: TestBot, user: typeof users.member, pattern: RegExp): Promise<string> {
  let text = '';
  await bot.connector.waitFor(() => {
    text = bot.connector.texts(personalConversationId(user)).join('\n');
    return pattern.test(text);
  });
  return text;
}

const REGISTER = (caseName: string) => [
  {
    name: caseName,
    organization: 'Gemeente Utrecht',
    status: 'In ontwikkeling',
    publication_category: 'Impactvolle algoritmes',
    lars: '41526374',
    impacttoetsen_grouping: [{ title: 'Data Protection Impact Assessment (DPIA)', link: null }],
  },
  {
    name: 'Toeslagen risicoscan',
    lars: '99887766',
    impacttoetsen_grouping: [{ title: 'Utrecht Uthiek Assessment', link: 'https://utrecht.example/ander.pdf' }],
  },
];

describe('the algorithm register', () => {
  it('exports each case in the publication standard as JSON and as Dutch CSV, behind signed links', async () => {
    const bot = await start({ ALGORITHM_REGISTER_CONTACT: 'algoritmes@utrecht.nl' });
    const id = await assessedCase(bot);
    const list = cardOf((await say(bot, users.member, 'algoritmeregister'))[0]);
    expect(cardText(list)).toContain('Er is nog geen bestand van het register geladen.');

    const jsonRes = await fetch(link(list, /Export.*\(CSV\)/).replace('.csv', '.json'));
    expect(jsonRes.status).toBe(404); // a link works only for its own path
    const json = JSON.parse(await (await fetch(link(list, /^Export voor het algoritmeregister$/))).text());
    expect(json).toMatchObject({ standard_version: '1.0' });
    expect(json.entries).toHaveLength(1);
    const entry = json.entries[0];
    expect(entry).toMatchObject({
      name: 'Slimme lantaarnpalen',
      description_short: 'Energie besparen door te dimmen als er niemand is.',
      organization: 'Gemeente Utrecht',
      status: 'In ontwikkeling',
      contact_email: 'algoritmes@utrecht.nl',
      provider: 'LuxCity BV',
      lang: 'nld',
      standard_version: '1.0',
      source_id: id,
      publication_category: null,
      category: null,
      impacttoetsen_grouping: [
        { title: 'Utrecht Uthiek Assessment', link: 'https://utrecht.example/verslag.pdf' },
        { title: 'Adviesbrief Utrecht Uthiek Assessment (versie 1)', link: null },
      ],
    });
    // medium impact: the publication category is for a person to decide, and marked so
    expect(entry.x_uthiek.not_filled).toEqual(expect.arrayContaining(['publication_category', 'category', 'risks']));
    expect(entry.x_uthiek.required_not_filled).toEqual(['publication_category']);
    // Team Uthiek's own link to the advice letter opens it
    const letter = await fetch(entry.x_uthiek.letter_url);
    expect(letter.status).toBe(200);
    expect(letter.headers.get('content-type')).toContain('wordprocessingml');

    const csvRes = await fetch(link(list, /\(CSV\)/));
    expect(csvRes.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csvRes.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark, for Excel
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.startsWith('name;description_short;organization;category;status;')).toBe(true);
    const [header, row] = csv.split('\r\n');
    const cells = row!.split(';');
    const col = (name: string) => cells[header!.split(';').indexOf(name)];
    expect(col('name')).toBe('Slimme lantaarnpalen');
    expect(col('impacttoetsen_grouping')).toBe(
      '1: Utrecht Uthiek Assessment, https://utrecht.example/verslag.pdf. 2: Adviesbrief Utrecht Uthiek Assessment (versie 1)',
    );
    expect(col('x_uthiek_not_filled')).toContain('publication_category');
    // both exports can be loaded back as a register file, and match the case by its number
    for (const text of [JSON.stringify(json), csv])
      expect(parseRegister(text)).toMatchObject({
        ok: true,
        entries: [{ sourceId: id, name: 'Slimme lantaarnpalen' }],
      });
    // the English CSV uses commas
    const en = await (await fetch(link(list, /\(CSV\)/).replace('lang=nl', 'lang=en'))).text();
    expect(en.split('\r\n')[0]).toMatch(/^name,description_short,organization,/);
  });

  it('a project name that a spreadsheet would run as a formula is exported as text', async () => {
    const bot = await start();
    const id = await assessedCase(bot);
    const formula = '=HYPERLINK("https://evil.example";"Algo")';
    await bot.bot.deps.store.transact((tx) => {
      const c = tx.get('cases', id)!;
      tx.put('cases', { ...c, intake: { ...c.intake, projectName: formula, purpose: '-2+3 straten' } });
    });
    const list = cardOf((await say(bot, users.member, 'algoritmeregister'))[0]);
    const csv = (await (await fetch(link(list, /\(CSV\)/))).text()).replace(/^\uFEFF/, '');
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""https://evil.example"";""Algo"")";'-2+3 straten;`)).toBe(true);
  });

  it('loads the register file, matches entries to cases, lists contradictions, and keeps a good file over a bad one', async () => {
    const temp = tempDir('uthiek-register-');
    cleanups.push(temp.cleanup);
    const dir = temp.dir;
    const file = path.join(dir, 'register.json');
    const bot = await start();
    const id = await assessedCase(bot);
    fs.writeFileSync(file, JSON.stringify(REGISTER('Slimme Lantaarnpalen')));
    // configured: the register is loaded at start (and daily), without anyone asking
    await bot.restart({ ALGORITHM_REGISTER_URL: file });
    await bot.connector.waitFor(() => bot.bot.deps.registerFile.current() !== undefined);
    await bot.connector.waitFor(() => bot.bot.deps.cases.get(id)!.register?.source === 'file');
    const c = bot.bot.deps.cases.get(id)!;
    expect(c.register).toMatchObject({ entryId: '41526374', lars: '41526374', matchedBy: 'name', source: 'file' });
    expect(bot.bot.deps.store.events({ caseId: id, type: 'register.recorded' }).at(-1)!.data).toEqual({
      statedAssessmentStatus: 'none',
      statedDpia: true,
      source: 'file',
    });

    const list = cardOf((await say(bot, users.member, 'algoritmeregister'))[0]);
    const text = cardText(list);
    expect(text).toContain(
      'In het register staat "Slimme Lantaarnpalen", gekoppeld op de naam. Controleer of dat klopt.',
    );
    expect(text).toContain('De zaak is getoetst, maar de registratie noemt de ethische toets niet.');
    expect(text).toContain(
      'De registratie "Toeslagen risicoscan" (nummer 2 in het bestand) noemt de ethische toets, maar er is geen zaak bij.',
    );
    expect(text).toContain('(registraties: 2)');
    // names from the register's file are shown as plain text (TextRun), never as markdown (TextBlock)
    const blocks = [...walk(list)].filter(({ node }) => node.type === 'TextBlock').map(({ node }) => node.text);
    expect(blocks.join('\n')).not.toMatch(/Toeslagen|Lantaarnpalen"/);
    // the export now carries the register's id
    const json = JSON.parse(await (await fetch(link(list, /^Export voor het algoritmeregister$/))).text());
    expect(json.entries[0].lars).toBe('41526374');
    // the report counts the entry to update, from the file
    expect(cardText(cardOf((await say(bot, users.member, 'rapport 2026'))[0]))).toMatch(
      /Algoritmeregister bij te werken\n1/,
    );

    // a member corrects the match: the other entry is this case's
    const form = cardOf(await execute(bot, users.member, actionData(list, 'register.edit', { caseId: id })));
    expect(inputs(form).entry.choices.map((ch: any) => ch.title)).toContain('Toeslagen risicoscan (2)');
    const refused = cardOf(
      await execute(bot, users.member, { ...actionData(form, 'register.save'), entry: 'bestaat-niet' }),
    );
    expect(cardText(refused)).toContain('Kies een registratie uit de lijst.');
    const saved = cardOf(await execute(bot, users.member, { ...actionData(form, 'register.save'), entry: '99887766' }));
    expect(cardText(saved)).toContain('In het register staat "Toeslagen risicoscan", gekoppeld door Team Uthiek.');
    expect(cardText(saved)).not.toContain('noemt de ethische toets, maar er is geen zaak bij');
    expect(bot.bot.deps.cases.get(id)!.register).toMatchObject({
      entryId: '99887766',
      matchedBy: 'member',
      statedAssessmentStatus: 'done',
    });

    // a file with mistakes is refused, with where and which field; what was loaded stays
    const before = bot.bot.deps.registerFile.current()!;
    fs.writeFileSync(file, JSON.stringify([...REGISTER('X'), { status: 'Misschien' }]));
    expect(JSON.stringify(await say(bot, users.member, 'algoritmeregister laden'))).toContain(
      'Ik haal het algoritmeregister op',
    );
    const told = await toldLater(bot, users.member, /niet geladen, omdat er fouten in staan/);
    expect(told).toContain('Bij registratie 3 ontbreekt het veld name.');
    expect(told).toContain('Bij registratie 3 heeft het veld status een waarde die niet is toegestaan.');
    expect(bot.bot.deps.registerFile.current()).toEqual(before);
    expect(bot.bot.deps.cases.get(id)!.register?.entryId).toBe('99887766');
  });

  it('fetches a URL with a timeout: an error or no answer is told, and the next good answer is loaded', async () => {
    let mode: 'error' | 'hang' | 'ok' = 'error';
    server = http.createServer((req, res) => {
      if (mode === 'hang') return; // never answers
      if (mode === 'error') {
        res.writeHead(500);
        return void res.end('kapot');
      }
      res.writeHead(200, { 'content-type': 'text/csv' });
      res.end(
        'name;lars;impacttoetsen_grouping\r\nParkeerscan;1;"1: Utrecht Uthiek Assessment, https://x.example/v.pdf"\r\n',
      );
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/register.csv`;
    const bot = await start();
    await bot.restart({ ALGORITHM_REGISTER_URL: url, ALGORITHM_REGISTER_TIMEOUT_SECONDS: '1' });
    // the fetch at start failed: Team Uthiek's channel is told
    await bot.connector.waitFor((calls) =>
      calls.some(
        (c) => c.body?.channelData?.channel?.id === TRIAGE_CHANNEL && /foutcode 500/.test(JSON.stringify(c.body)),
      ),
    );
    expect(bot.bot.deps.registerFile.current()).toBeUndefined();

    mode = 'hang';
    await say(bot, users.member, 'algoritmeregister laden');
    await toldLater(
      bot,
      users.member,
      /gaf geen antwoord binnen de ingestelde tijd \(1 s\)\. Wat eerder is geladen, blijft staan\./,
    );

    mode = 'ok';
    await say(bot, users.member, 'algoritmeregister laden');
    await toldLater(bot, users.member, /geladen\. Registraties: 1; gekoppeld aan een zaak: 0; tegenstrijdigheden: 1\./);
    expect(bot.bot.deps.registerFile.current()).toMatchObject({ source: url, entries: [{ name: 'Parkeerscan' }] });
    expect(bot.bot.deps.store.events({ type: 'register.loaded' })).toHaveLength(1);
  });

  it('without a configured source, "algoritmeregister laden" says so; and only Team Uthiek may use it', async () => {
    const bot = await start();
    // Team Uthiek is told who can fix it, in words; the setting's name is for the administrator, in the log
    const told = JSON.stringify(await say(bot, users.member, 'algoritmeregister laden'));
    expect(told).toContain('Vraag de beheerder van de bot om dat in te stellen.');
    expect(told).not.toContain('ALGORITHM_REGISTER_URL');
    expect(bot.logs.join('')).toContain('ALGORITHM_REGISTER_URL');
    expect(JSON.stringify(await say(bot, users.lead, 'algoritmeregister laden'))).toMatch(/[Aa]lleen/);
    expect(bot.bot.deps.jobs.open('register.fetch')).toEqual([]);
  });
});
