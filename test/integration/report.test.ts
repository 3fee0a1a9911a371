import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { users } from '../support/activities.js';
import { actionData, cardOf, cardText, openUrl } from '../support/cards.js';
import { addPanelMember, assessedCaseWith, execute, installFor, installInUthiekTeam, say } from '../support/flows.js';
import { openIdKeys } from '../support/openid-keys.js';

let h: TestBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function start(env: Record<string, string> = {}) {
  h = await startTestBot({ env });
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
  await addPanelMember(h, { expertise: ['privacy', 'surveillance', 'algorithms', 'ai'] });
  return h;
}

/** One case taken all the way to an assessment, with an algorithm. */
const assessedCase = (bot: TestBot): Promise<string> => assessedCaseWith(bot, 'algorithm-ai');

const link = openUrl;

describe('reports from the records', () => {
  it('"rapport" shows the figures, drills down to the cases, replays a past date, exports CSV and JSON', async () => {
    const bot = await start();
    const id = await assessedCase(bot);
    const card = cardOf((await say(bot, users.member, 'rapport 2026'))[0]);
    const text = cardText(card);
    expect(text).toContain('Rapportage 2026');
    expect(text).toContain('1 van 50 toetsen (2%)');
    // the card says what it counts and what it leaves out
    expect(text).toContain('Hoe dit rapport telt');
    expect(text).toContain('Dubbele zaken (samengevoegd met een andere zaak) tellen nergens mee');
    expect(text).toContain('Getoetste zaken zonder besluit van de projectleider');
    const drill = cardOf(
      await execute(bot, users.member, actionData(card, 'report.drill', { code: 'assessments.held.2026' })),
    );
    expect(cardText(drill)).toContain(id);

    const before = cardOf((await say(bot, users.member, 'rapport 2026 op 2026-12-01'))[0]);
    expect(cardText(before)).toContain('0 van 50 toetsen (0%)');
    // the day asked for, not the moment it ends (the next day at 00:00)
    expect(cardText(before)).toContain('Stand eind di 1 dec 2026.');
    expect(cardText(before)).not.toContain('2 dec');

    const csv = await (await fetch(link(card, /CSV/))).text();
    const held = csv.split(/\r\n/).find((l) => l.startsWith('assessments.held.2026'));
    // Dutch CSV: semicolons, as Dutch Excel opens it
    expect(held).toContain(`;1;${id};`);
    // a lead time's count is a number of cases, not of days
    const count = csv.split(/\r\n/).find((l) => l.startsWith('leadTimes.intakeToAssessment.n;'));
    expect(count).toContain(';Doorlooptijd aanmelding → toets, aantal zaken;1;');
    const json = JSON.parse(await (await fetch(link(card, /JSON/))).text());
    expect(json.assessments.held).toEqual({ caseIds: [id], value: 1 });
    expect((await fetch(link(card, /CSV/).replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);
    // links expire
    bot.clock.advance(9 * 3_600_000);
    expect((await fetch(link(card, /CSV/))).status).toBe(404);

    const refused = await say(bot, users.outsider, 'rapport');
    expect(JSON.stringify(refused)).toContain(
      'De rapportage is alleen voor Team Uthiek en wie de rapportage mag inzien, zoals het management. Heb je toegang nodig, vraag het dan aan Team Uthiek: zij regelen het met de beheerder van de bot.',
    );
    // an employee is told who can give access, not the names of configuration variables
    expect(JSON.stringify(refused)).not.toMatch(/REPORT_VIEWER|[A-Z]+_[A-Z_]+/);
    const usage = await say(bot, users.member, 'rapport volgend jaar');
    expect(JSON.stringify(usage)).toContain('Gebruik');

    // the DPIA recorded after the assessment, with the date it was done: the report compares the dates
    expect(cardText(card)).toMatch(/DPIA niet \(of nog niet\) afgerond bij de toets\s*1/);
    expect(cardText(card)).toMatch(/Impact lager gezet dan voorgesteld \(met reden\)\s*1/);
    const form = cardOf(
      (await say(bot, users.lead, `dpia ${id}`)).find((x) => JSON.stringify(x).includes('dpia.save')),
    );
    await execute(bot, users.lead, { ...actionData(form, 'dpia.save'), status: 'done', date: '2026-12-01' });
    const after = cardText(cardOf((await say(bot, users.member, 'rapport 2026'))[0]));
    expect(after).toMatch(/DPIA afgerond vóór de toets \(volgens de datums\)\s*1/);
    expect(after).toMatch(/DPIA niet \(of nog niet\) afgerond bij de toets\s*0/);
  });

  it('report viewers (management) read the report and its cases, and nothing else', async () => {
    const bot = await start({ REPORT_VIEWER_IDS: users.lead2.aadObjectId });
    const id = await assessedCase(bot);
    const card = cardOf((await say(bot, users.lead2, 'rapport 2026'))[0]);
    expect(cardText(card)).toContain('1 van 50 toetsen (2%)');
    const drill = cardOf(
      await execute(bot, users.lead2, actionData(card, 'report.drill', { code: 'assessments.held.2026' })),
    );
    expect(cardText(drill)).toContain(id);
    expect((await fetch(link(card, /CSV/))).status).toBe(200);
    const help = cardText(cardOf((await say(bot, users.lead2, 'help'))[0]));
    expect(help).toContain('Voor wie de rapportage leest:');
    expect(help).toContain('rapport');
    expect(help).not.toMatch(/^zaken$/m);
    expect(help).not.toContain('algoritmeregister');
    for (const command of ['zaken', 'algoritmeregister', 'panel'])
      expect(JSON.stringify(await say(bot, users.lead2, command)), command).toMatch(/[Aa]lleen/);
  });

  it('algorithm register: records the entry, flags a contradiction, exports the impact assessment fields', async () => {
    const bot = await start();
    const id = await assessedCase(bot);
    const list = cardOf((await say(bot, users.member, 'algoritmeregister'))[0]);
    expect(cardText(list)).toContain('nog niet gecontroleerd');
    const form = cardOf(await execute(bot, users.member, actionData(list, 'register.edit')));
    const bad = cardOf(
      await execute(bot, users.member, {
        ...actionData(form, 'register.save'),
        entryUrl: 'javascript:alert(1)',
        stated: 'maybe',
      }),
    );
    expect(cardText(bad)).toContain('Gebruik een link die begint met https://');
    const saved = cardOf(
      await execute(bot, users.member, {
        ...actionData(form, 'register.save'),
        entryUrl: 'https://algoritmes.overheid.nl/nl/algoritme/123',
        stated: 'none',
      }),
    );
    expect(cardText(saved)).toContain('klopt niet: bijwerken');
    expect(bot.bot.deps.store.events({ caseId: id, type: 'register.recorded' })[0]!.data).toEqual({
      statedAssessmentStatus: 'none',
      source: 'manual',
    });
    const exported = JSON.parse(await (await fetch(link(saved, /Export/))).text());
    expect(exported.entries[0]).toMatchObject({
      source_id: id,
      impacttoetsen_grouping: [
        { title: 'Utrecht Uthiek Assessment', link: 'https://utrecht.example/verslag.pdf' },
        { title: 'Adviesbrief Utrecht Uthiek Assessment (versie 1)', link: null },
      ],
      x_uthiek: { case: id, register_url: 'https://algoritmes.overheid.nl/nl/algoritme/123' },
    });
    const report = cardOf((await say(bot, users.member, 'rapport 2026'))[0]);
    expect(cardText(report)).toMatch(/Algoritmeregister bij te werken\n1/);
  });
});

describe('the dashboard data', () => {
  it('is open on loopback in local mode and served with the page and chart library', async () => {
    const bot = await start();
    const page = await fetch(`${bot.bot.url}/dashboard`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://teams.microsoft.com");
    expect((await fetch(`${bot.bot.url}/dashboard/assets/chart.umd.js`)).status).toBe(200);
    expect((await fetch(`${bot.bot.url}/dashboard/assets/../../package.json`)).status).toBe(404);
    const data = (await (await fetch(`${bot.bot.url}/api/report?year=2026`)).json()) as any;
    expect(data).toMatchObject({ lang: 'nl', target: 50 });
    expect(data.rows.length).toBeGreaterThan(10);
    expect(data.labels.rules).toBe('Hoe dit rapport telt');
    expect(data.rules).toHaveLength(8);
    expect(data.rules.join(' ')).toContain('Een gehouden toets blijft meetellen, ook als de zaak later is geannuleerd');
  });

  it('with app credentials needs a signed link or a Teams single sign-on token of a Team Uthiek member', async () => {
    const { privateKey, env, close } = await openIdKeys();
    const appId = '11111111-2222-3333-4444-555555555555';
    const tenant = '00000000-0000-0000-0000-000000000001';
    try {
      const bot = await startTestBot({ env: env(appId, tenant) });
      h = bot;
      const token = (oid: string, aud = `api://uthiek.example.org/botid-${appId}`) =>
        new SignJWT({ oid, tid: tenant })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(`https://login.microsoftonline.com/${tenant}/v2.0`)
          .setAudience(aud)
          .setExpirationTime('10m')
          .sign(privateKey);
      const api = (headers: Record<string, string> = {}, query = 'year=2026') =>
        fetch(`${bot.bot.url}/api/report?${query}`, { headers });
      expect((await api()).status).toBe(401);
      expect((await api({ authorization: 'Bearer not-a-token' })).status).toBe(401);
      expect(
        (await api({ authorization: `Bearer ${await token(users.member.aadObjectId, 'api://someone-else')}` })).status,
      ).toBe(401);
      expect((await api({ authorization: `Bearer ${await token(users.outsider.aadObjectId)}` })).status).toBe(403);
      expect((await api({ authorization: `Bearer ${await token(users.member.aadObjectId)}` })).status).toBe(200);
      const signed = new URL(bot.bot.deps.links.url('/dashboard', 60_000));
      expect(
        (await api({}, `year=2026&exp=${signed.searchParams.get('exp')}&sig=${signed.searchParams.get('sig')}`)).status,
      ).toBe(200);
    } finally {
      close();
    }
  });
});
