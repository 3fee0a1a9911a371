import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { users } from '../support/activities.js';
import {
  actionData,
  cardOf,
  cardText,
  HOSTILE_NAME,
  LINK_NAMES,
  MARKDOWN_NAME,
  markdownText,
} from '../support/cards.js';
import {
  acceptCase,
  assessmentBegins,
  execute,
  installInUthiekTeam,
  say,
  scheduledCase,
  submitCase,
  triageChannel,
} from '../support/flows.js';
import { addOutsider } from '../support/outside-flows.js';

let h: TestBot;
afterEach(async () => {
  await h?.stop();
});

async function savePanelMember(form: Record<string, string>) {
  const list = cardOf((await say(h, users.member, 'klankbordgroep'))[0]);
  const editor = cardOf(await execute(h, users.member, actionData(list, 'panel.edit', { memberId: '' })));
  return cardOf(await execute(h, users.member, { ...actionData(editor, 'panel.save'), ...form }));
}

const bram = { name: 'Bram Visser', email: 'bram@example.org', expertise: 'privacy', monthlyMax: '2', unavailable: '' };

describe('panel administration: NDA and VOG dates', () => {
  it('dates are validated; the list says in whole sentences what is missing or no longer counts', async () => {
    h = await startTestBot({ env: { CLOCK_START: '2026-12-07T09:00:00Z', PANEL_VOG_VALID_MONTHS: '24' } });
    h.clock.set(new Date('2026-12-07T09:00:00Z'));
    await installInUthiekTeam(h);
    // a member stored before these dates existed stays valid and is listed
    await addOutsider(h);

    const refused = cardText(await savePanelMember({ ...bram, ndaSignedOn: '2027-01-01', vogDate: '2026-02-30' }));
    expect(refused.match(/Vul een datum in die niet in de toekomst ligt/g)).toHaveLength(2);
    expect(h.bot.deps.panel.all()).toHaveLength(1);
    // a new member with only a wrong address: nothing is saved, and the card says so (not "what was right is saved")
    const badEmail = cardText(await savePanelMember({ ...bram, email: 'bram-at-example.org' }));
    expect(badEmail).toContain('Nog niet alles klopt (1). Er is nog niets opgeslagen; zie de meldingen hieronder.');
    expect(badEmail).not.toContain('bewaard');
    expect(h.bot.deps.panel.all()).toHaveLength(1);

    const saved = cardText(await savePanelMember({ ...bram, ndaSignedOn: '2026-11-30', vogDate: '2024-12-07' }));
    expect(saved).toContain('Bram Visser is opgeslagen.');
    expect(h.bot.deps.panel.all().find((m) => m.name === 'Bram Visser')).toMatchObject({
      ndaSignedOn: '2026-11-30',
      vogDate: '2024-12-07',
    });
    // 24 months after 7 December 2024 the VOG no longer counts
    expect(saved).toContain(
      'De VOG van Bram Visser is van 7 december 2024 en telde tot 7 december 2026; er is een nieuwe nodig.',
    );
    expect(saved).toContain('Van Carla Smit is geen getekende geheimhoudingsverklaring bekend.');
    expect(saved).toContain('Van Carla Smit is geen VOG bekend.');

    const carla = h.bot.deps.panel.get('pm-carla')!;
    await h.bot.deps.panel.save({ ...carla, ndaSignedOn: '2026-01-05', vogDate: '2026-01-05' }, 'test');
    const list = cardText(cardOf((await say(h, users.member, 'klankbordgroep'))[0]));
    expect(list).toContain(
      'Geheimhoudingsverklaring getekend op 5 januari 2026; VOG van 5 januari 2026, die telt tot 5 januari 2028.',
    );
    const english = cardText(cardOf((await say(h, users.member, 'panel', 'en-GB'))[0]));
    expect(english).toContain('The certificate of conduct (VOG) of Bram Visser is of 7 December 2024');
  });
});

describe('panel administration: names are text, never markdown', () => {
  it('a name with markdown in it is shown as plain text in the answer to saving', async () => {
    h = await startTestBot({ env: { CLOCK_START: '2026-12-07T09:00:00Z' } });
    h.clock.set(new Date('2026-12-07T09:00:00Z'));
    await installInUthiekTeam(h);
    const saved = await savePanelMember({ ...bram, name: MARKDOWN_NAME });
    expect(h.bot.deps.panel.all().find((m) => m.email === bram.email)?.name).toBe(MARKDOWN_NAME);
    // where Teams reads markdown, the name comes without its markup
    expect(markdownText(saved)).toContain('Eve klik vet Vet is opgeslagen.');
    expect(markdownText(saved)).not.toMatch(/[[\]*]/);
    // in the list itself, as typed, in a TextRun
    expect(JSON.stringify(saved)).toContain(`"type":"TextRun","text":"${MARKDOWN_NAME} · ${bram.email}"`);
  });

  it('a name with a web address or an e-mail address in it is refused, and nothing is saved', async () => {
    h = await startTestBot({ env: { CLOCK_START: '2026-12-07T09:00:00Z' } });
    h.clock.set(new Date('2026-12-07T09:00:00Z'));
    await installInUthiekTeam(h);
    for (const name of [...LINK_NAMES, HOSTILE_NAME, 'Bram bram@evil.example']) {
      const refused = await savePanelMember({ ...bram, name });
      expect(cardText(refused)).toContain(
        'Een naam mag geen link of e-mailadres bevatten. Vul alleen de naam in; het e-mailadres heeft een eigen veld.',
      );
      expect(cardText(refused)).toContain('Er is nog niets opgeslagen');
      expect(h.bot.deps.panel.all()).toEqual([]);
    }
    // in English too; and real names with dots, hyphens and apostrophes are names
    const list = cardOf((await say(h, users.member, 'panel', 'en-GB'))[0]);
    const en = { locale: 'en-GB' };
    const editor = cardOf(await execute(h, users.member, actionData(list, 'panel.edit', { memberId: '' }), en));
    const form = { ...actionData(editor, 'panel.save'), ...bram, name: 'Jan www.evil.example' };
    const english = await execute(h, users.member, form, en);
    expect(cardText(cardOf(english))).toContain('A name cannot contain a link or an e-mail address.');
    for (const name of ['J.P. de Vries-Bakker', "O'Neill"]) {
      expect(cardText(await savePanelMember({ ...bram, name }))).toContain(`${name} is opgeslagen.`);
    }
  });
});

describe('expenses per member per held assessment, and the export for finance', () => {
  it('entered on a card with amounts checked, exported per period as Dutch CSV behind a signed link', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    await addOutsider(h);
    const id = await scheduledCase(h, users.lead, users.member2);
    expect(h.bot.deps.cases.get(id)!.schedule!.participants.some((p) => p.panelId === 'pm-carla')).toBe(true);

    // before the assessment took place there is nothing to enter
    expect(JSON.stringify(await say(h, users.member2, `onkosten ${id}`))).toContain(
      `Onkosten kun je pas invullen als de toets van ${id} is gehouden.`,
    );
    const date = assessmentBegins(h, id);
    expect(JSON.stringify(await say(h, users.outsider, `onkosten ${id}`))).toContain('Alleen Team Uthiek');

    const card = cardOf((await say(h, users.member2, `onkosten ${id}`))[0]);
    expect(cardText(card)).toContain('Reiskosten van Carla Smit (euro)');
    const wrong = cardOf(
      await execute(h, users.member2, {
        ...actionData(card, 'expenses.save'),
        'travel_pm-carla': '-3',
        'fee_pm-carla': '12,505',
      }),
    );
    expect(cardText(wrong).match(/Vul een bedrag in euro in, zoals 12,50/g)).toHaveLength(2);
    expect(h.bot.deps.cases.get(id)!.expenses ?? []).toHaveLength(0);
    // a card made for another moment of the assessment saves nothing, says so, and promises no card it does not give
    const moved = JSON.stringify(
      await execute(h, users.member2, {
        ...actionData(card, 'expenses.save'),
        start: '2020-01-01T09:00:00.000Z',
        'travel_pm-carla': '10',
      }),
    );
    expect(moved).toContain(
      'Deze kaart is verouderd: de zaak is intussen gewijzigd, dus ik heb niets opgeslagen. Typ \\"mijn zaken\\" (Team Uthiek: \\"zaken\\")',
    );
    expect(moved).not.toContain('Hier is de actuele stand');
    expect(h.bot.deps.cases.get(id)!.expenses ?? []).toHaveLength(0);

    const saved = await execute(h, users.member2, {
      ...actionData(card, 'expenses.save'),
      'travel_pm-carla': '€ 23,40',
      'fee_pm-carla': '50',
    });
    expect(cardText(cardOf(saved))).toContain(`De onkosten voor de toets van ${id} zijn opgeslagen: samen € 73,40.`);
    expect(h.bot.deps.cases.get(id)!.expenses).toMatchObject([
      { panelId: 'pm-carla', travelCents: 2340, feeCents: 5000 },
    ]);
    // the card shows what is on record, as the reader writes it
    const again = cardOf((await say(h, users.member2, `onkosten ${id}`))[0]);
    expect(JSON.stringify(again)).toContain('"value":"23,40"');

    const answer = JSON.stringify(await say(h, users.member2, `onkosten export ${date.slice(0, 7)}`));
    expect(answer).toContain('(aantal regels: 1)');
    const url = /(http:\/\/\S+?lang=nl)/.exec(answer)![1]!;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    expect(csv).toBe(
      `Lid;Zaak;Datum toets;Reiskosten;Vergoeding;Totaal\r\nCarla Smit;${id};${date};23,40;50,00;73,40\r\n`,
    );
    // nothing personal beyond the name
    expect(csv).not.toContain('@');
    // a forged or altered link gets nothing
    expect((await fetch(url.replace(/sig=[^&]+/, 'sig=x'))).status).toBe(404);
    expect((await fetch(url.replace(/onkosten-\d{4}-\d{2}-\d{2}/, 'onkosten-2000-01-01'))).status).toBe(404);
    expect(JSON.stringify(await say(h, users.member2, 'onkosten export 2026-13'))).toContain(
      'voor een export voor financiën',
    );
  });

  it('an assessment held outside the bot has a date but no time: the card shows the date only', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    await addOutsider(h);
    const id = await submitCase(h);
    await acceptCase(h, users.member2, id);
    const triage = triageChannel(h, id);
    const form = cardOf(await execute(h, users.member2, { verb: 'outcome.held', caseId: id }, triage));
    await execute(
      h,
      users.member2,
      { ...actionData(form, 'outcome.heldSave'), heldOn: '2026-11-23', panelPresent: 'pm-carla' },
      triage,
    );
    const text = cardText(cardOf((await say(h, users.member2, `onkosten ${id}`))[0]));
    expect(text).toContain('Toets van ma 23 nov 2026. Vul per lid');
    expect(text).not.toMatch(/23 nov 2026 \d\d:\d\d/);
  });
});
