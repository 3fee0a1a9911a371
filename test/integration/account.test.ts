import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { users } from '../support/activities.js';
import { actionData, cardOf, cardText, openUrl } from '../support/cards.js';
import {
  assessmentBegins,
  execute,
  installFor,
  installInUthiekTeam,
  saveOutcome,
  say,
  scheduledCase,
} from '../support/flows.js';

let h: TestBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function start(env: Record<string, string> = {}) {
  h = await startTestBot({ env });
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.lead2, users.member2]);
  return h;
}

/** A case of Stadsbeheer (cameras and sensors, privacy at stake; see COMPLETE_INTAKE) assessed in 2026. */
async function assessedCase(bot: TestBot): Promise<string> {
  const id = await scheduledCase(bot, users.lead, users.member2);
  const heldOn = assessmentBegins(bot, id);
  await saveOutcome(bot, users.member2, id, {
    reportUrl: 'https://utrecht.example/verslag.pdf',
    heldOn,
    item_0_text: 'Leg uit wanneer de camera beelden bewaart.',
    item_0_values: 'privacy',
    item_0_due: '2027-02-01',
  });
  expect(bot.bot.deps.cases.get(id)!.state).toBe('assessed');
  return id;
}

const link = openUrl;

/** The rows of the card's table, each as its cells' texts. */
const tableRows = (card: any): string[][] =>
  (card.body.find((e: any) => e.type === 'Table')?.rows ?? []).map((r: any) => r.cells.map((c: any) => cardText(c)));

describe('the yearly account (jaarverantwoording)', () => {
  it('gives the figures of "rapport YEAR" per unit, value and theme, with the cases behind each, and exports', async () => {
    const bot = await start({ REPORT_VIEWER_IDS: users.lead2.aadObjectId });
    const id = await assessedCase(bot);
    const year = bot.bot.deps.cases.get(id)!.assessment!.heldAt.slice(0, 4);
    const card = cardOf((await say(bot, users.member, `jaarverantwoording ${year}`))[0]);
    const text = cardText(card);
    expect(text).toContain(`Jaarverantwoording ${year}`);
    expect(text).toMatch(/Toetsen gehouden/);
    // a table with a header row: what a screen reader announces with each cell
    const table = card.body.find((e: any) => e.type === 'Table');
    expect(table.firstRowAsHeaders).toBe(true);
    const rows = tableRows(card);
    expect(rows[0]!.slice(0, 3)).toEqual(['Organisatieonderdeel', 'Toetsen', 'Hoge impact']);
    expect(rows[1]!.slice(0, 2)).toEqual(['Stadsbeheer', '1']);

    // the same number, with the same cases, as "rapport YEAR"
    const report = cardOf((await say(bot, users.member, `rapport ${year}`))[0]);
    expect(cardText(report)).toContain('1 van 50 toetsen');
    const reportJson = JSON.parse(await (await fetch(link(report, /JSON/))).text());
    const accountJson = JSON.parse(await (await fetch(link(card, /JSON/))).text());
    expect(accountJson.totals.held).toEqual(reportJson.assessments.held);
    expect(accountJson.breakdowns.unit[0]).toMatchObject({ key: 'Stadsbeheer', figures: { held: { caseIds: [id] } } });

    // the cases behind a group
    const drill = cardOf(await execute(bot, users.member, actionData(card, 'account.drill', { key: 'Stadsbeheer' })));
    expect(cardText(drill)).toContain(id);
    expect(cardText(drill)).toContain(`Stadsbeheer (Organisatieonderdeel), toetsen in ${year}: 1`);

    // by theme: a case counts in each technology it has
    const themes = cardOf(await execute(bot, users.member, actionData(card, 'account.show', { breakdown: 'theme' })));
    const themeRows = tableRows(themes).map((r) => r.slice(0, 2).join('='));
    expect(themeRows).toEqual(expect.arrayContaining(["Camera's=1", 'Sensoren of IoT=1']));
    const values = cardOf(
      await execute(bot, users.member, actionData(card, 'account.show', { breakdown: 'valueAtStake' })),
    );
    expect(tableRows(values)[1]!.slice(0, 2)).toEqual(['Privacy', '1']);
    const served = cardOf(
      await execute(bot, users.member, actionData(card, 'account.show', { breakdown: 'valueServed' })),
    );
    expect(tableRows(served)[1]!.slice(0, 2)).toEqual(['Niet vastgelegd', '1']);
    const unrecorded = cardOf(
      await execute(bot, users.member, actionData(served, 'account.drill', { breakdown: 'valueServed' })),
    );
    expect(cardText(unrecorded)).toContain(id);

    // Dutch CSV: semicolons, every number with its cases
    const csv = await (await fetch(link(card, /CSV/))).text();
    expect(csv.split('\r\n')[0]).toBe('Indeling;Groep;Cijfer;Aantal;Zaken');
    expect(csv).toContain(`Totaal;Totaal;Toetsen gehouden;1;${id}\r\n`);
    expect(csv).toContain(`Per organisatieonderdeel;Stadsbeheer;Toetsen gehouden;1;${id}\r\n`);
    expect((await fetch(link(card, /CSV/).replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);

    // a report viewer reads it too; someone else is refused, and nothing is counted from input
    const viewer = cardOf((await say(bot, users.lead2, `jaarverantwoording ${year}`))[0]);
    expect(tableRows(viewer)[1]!.slice(0, 2)).toEqual(['Stadsbeheer', '1']);
    const viewerDrill = cardOf(
      await execute(bot, users.lead2, actionData(viewer, 'account.drill', { key: 'Stadsbeheer' })),
    );
    expect(cardText(viewerDrill)).toContain(id);
    const refused = await say(bot, users.outsider, `jaarverantwoording ${year}`);
    expect(JSON.stringify(refused)).toContain('alleen voor Team Uthiek en wie de rapportage mag inzien');
    expect(JSON.stringify(refused)).not.toContain('Stadsbeheer');
    const refusedDrill = await bot.post(
      (await import('../support/activities.js')).cardAction(
        users.outsider,
        'account.drill',
        {
          ...actionData(card, 'account.drill', { key: 'Stadsbeheer' }),
        },
        { serviceUrl: bot.connector.url },
      ),
    );
    expect(JSON.stringify(refusedDrill.body)).not.toContain(id);
    expect(JSON.stringify(await say(bot, users.member, 'jaarverantwoording vorig jaar'))).toContain('Gebruik');

    // English
    const en = cardOf((await say(bot, users.member, `annual account ${year}`, 'en-GB'))[0]);
    expect(cardText(en)).toContain(`Annual account ${year}`);
    expect(tableRows(en)[0]![0]).toBe('Organisational unit');
  });
});
