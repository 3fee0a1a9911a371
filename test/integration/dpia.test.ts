import { afterEach, describe, expect, it } from 'vitest';
import { personalConversationId, users } from '../support/activities.js';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { actionData, actions, cardOf, cardText } from '../support/cards.js';
import { execute, installFor, installInUthiekTeam, say, submitCase, triageChannel } from '../support/flows.js';

/** The DPIA as a record through the bot's HTTP endpoint: lead, Team Uthiek and a privacy officer (lead2 here). */

let h: TestBot;
afterEach(async () => {
  await h?.stop();
});

const officer = users.lead2;

async function start(env: Record<string, string> = { PRIVACY_OFFICER_IDS: officer.aadObjectId }) {
  h = await startTestBot({ env });
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, officer]);
}

const personal = (u: typeof users.lead) => h.connector.sent(personalConversationId(u));

async function accept(id: string) {
  await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
  const c = h.bot.deps.cases.get(id)!;
  await execute(
    h,
    users.member,
    { verb: 'triage.accept', caseId: id, rev: c.rev, handlerId: users.member.aadObjectId, impact: 'high' },
    triageChannel(h, id),
  );
  expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
}

describe('the DPIA as a record', () => {
  it('"weet ik niet" brings the privacy officer in, who records and confirms; the lead updates after acceptance', async () => {
    await start();
    const id = await submitCase(h, users.lead, { legal: { dpiaStatus: 'unknown', algorithmRegister: 'no' } });

    // the privacy officer is asked, with the case's DPIA card
    await h.connector.waitFor(() => personal(officer).some((x) => JSON.stringify(x.body).includes('dpia.save')));
    const asked = cardOf(personal(officer).find((x) => JSON.stringify(x.body).includes('dpia.save'))!.body);
    expect(cardText(asked)).toContain('De projectleider van deze zaak weet niet of een DPIA nodig is.');

    // before acceptance the lead sees where it stands but cannot change it here
    const early = cardOf((await say(h, users.lead, `dpia ${id}`))[0]);
    expect(cardText(early)).toContain(`Zaak ${id} is ingediend en wacht op Team Uthiek.`);
    expect(actions(early).map((a) => a.verb)).not.toContain('dpia.save');

    // the officer records it (validated on the server) and confirms it
    const future = cardOf(
      await execute(h, officer, { ...actionData(asked, 'dpia.save'), status: 'done', date: '2026-12-01' }),
    );
    expect(cardText(future)).toContain('Een afgeronde DPIA kan geen datum in de toekomst hebben.');
    expect(h.bot.deps.cases.get(id)!.dpia).toBeUndefined();
    const planned = cardOf(
      await execute(h, officer, {
        ...actionData(asked, 'dpia.save'),
        status: 'planned',
        date: '2026-12-01',
        link: 'https://utrecht.example/dpia/lantaarnpalen',
      }),
    );
    expect(cardText(planned)).toContain(`De DPIA van zaak ${id} is vastgelegd.`);
    expect(cardText(planned)).toContain('De DPIA is gepland voor 1 december 2026.');
    const confirmed = await execute(h, officer, actionData(planned, 'dpia.confirm'));
    expect(JSON.stringify(confirmed)).toContain(`Je hebt de DPIA van zaak ${id} bevestigd.`);
    expect(h.bot.deps.cases.get(id)!.dpia).toMatchObject({
      status: 'planned',
      date: '2026-12-01',
      link: 'https://utrecht.example/dpia/lantaarnpalen',
      recordedBy: officer.aadObjectId,
      confirmedBy: officer.aadObjectId,
    });

    // an outsider sees nothing and changes nothing
    const refused = await say(h, users.outsider, `dpia ${id}`);
    expect(JSON.stringify(refused)).toContain('kunnen alleen de projectleider, Team Uthiek en de privacyadviseurs');
    const forged = await execute(h, users.outsider, { ...actionData(planned, 'dpia.save'), status: 'not-needed' });
    expect(JSON.stringify(forged)).toContain('kunnen alleen de projectleider');
    expect(h.bot.deps.cases.get(id)!.dpia!.status).toBe('planned');

    // after acceptance the lead records that it is done, with the date; the confirmation no longer applies
    await accept(id);
    await h.connector.waitFor(() =>
      personal(users.lead).some((x) => JSON.stringify(x.body).includes('is geaccepteerd')),
    );
    const form = cardOf((await say(h, users.lead, `dpia ${id}`)).find((x) => JSON.stringify(x).includes('dpia.save')));
    expect(actions(form).map((a) => a.verb)).not.toContain('dpia.confirm');
    const noDate = cardOf(await execute(h, users.lead, { ...actionData(form, 'dpia.save'), status: 'done', date: '' }));
    expect(cardText(noDate)).toContain('Vul de datum in waarop de DPIA is afgerond.');
    const done = cardOf(
      await execute(h, users.lead, { ...actionData(form, 'dpia.save'), status: 'done', date: '2026-11-20' }),
    );
    expect(cardText(done)).toContain('De DPIA is afgerond op 20 november 2026.');
    const c = h.bot.deps.cases.get(id)!;
    expect(c.dpia).toMatchObject({ status: 'done', date: '2026-11-20', recordedBy: users.lead.aadObjectId });
    expect(c.dpia!.confirmedBy).toBeUndefined();
    expect(h.bot.deps.store.events({ caseId: id, type: 'dpia.recorded' }).map((e) => e.data)).toEqual([
      { status: 'planned', date: '2026-12-01', link: true, source: 'update' },
      { status: 'done', date: '2026-11-20', link: false, source: 'update' },
    ]);
    // the same again changes nothing
    const again = cardOf(
      await execute(h, users.lead, { ...actionData(done, 'dpia.save'), status: 'done', date: '2026-11-20' }),
    );
    expect(cardText(again)).toContain('Er is niets veranderd');
    expect(h.bot.deps.store.events({ caseId: id, type: 'dpia.recorded' })).toHaveLength(2);
  });

  it('without a privacy officer configured, Team Uthiek is asked in its channel', async () => {
    await start({});
    const id = await submitCase(h, users.lead, { legal: { dpiaStatus: 'unknown', algorithmRegister: 'no' } });
    const asked = () =>
      h.connector.calls.find((x) =>
        JSON.stringify(x.body ?? '').includes(`De projectleider van zaak ${id} weet niet of een DPIA`),
      );
    await h.connector.waitFor(() => Boolean(asked()));
    // who can fix it, in words; the setting's name is for the administrator, in the log
    const text = JSON.stringify(asked()!.body);
    expect(text).toContain('de beheerder van de bot kan dat instellen');
    expect(text).not.toContain('PRIVACY_OFFICER_IDS');
    expect(h.logs.join('')).toContain('PRIVACY_OFFICER_IDS');
  });
});
