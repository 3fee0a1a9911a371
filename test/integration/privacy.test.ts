import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { channelMessage, installationUpdate, personalConversationId, users } from '../support/activities.js';
import { actionData, cardOf, cardText } from '../support/cards.js';
import {
  addPanelMember,
  execute,
  installFor,
  installInUthiekTeam,
  say,
  scheduledCase,
  submitCase,
  triageChannel,
} from '../support/flows.js';

let h: TestBot;
botForEachTest(
  async (bot) => {
    h = bot;
    await installInUthiekTeam(h);
    await h.post(installationUpdate(users.lead, 'add', { serviceUrl: h.connector.url }));
  },
  { env: { RETENTION_DAYS: '365' } },
);

/** Every byte the bot keeps on disk. */
function everythingOnDisk(): string {
  const files = fs
    .readdirSync(h.dataDir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(h.dataDir, f)).isFile());
  return files.map((f) => fs.readFileSync(path.join(h.dataDir, f), 'utf8')).join('\n');
}

describe('privacy: the bot passes its own assessment', () => {
  it('"mijn gegevens" exports what the bot holds about the asking person', async () => {
    const id = await submitCase(h);
    await h.post(
      channelMessage(
        users.lead,
        "We willen volgend jaar een pilot starten met slimme camera's in het centrum die drukte meten.",
        { serviceUrl: h.connector.url },
      ),
    );
    await h.connector.waitFor(() => h.bot.deps.store.all('signals').some((x) => x.invitedAt));
    await say(h, users.lead, 'taal nl');
    await say(h, users.lead, 'stil');
    const card = cardOf(
      (await say(h, users.lead, 'mijn gegevens')).find((b) => JSON.stringify(b).includes('Wat ik over je bewaar')),
    );
    // preferences as a person reads them, not as the store keeps them ("locale nl", "stil")
    expect(cardText(card)).toContain(
      'Taal: Nederlands. Uitnodigingen over herkende projecten: uit. Gesprekken met mij:',
    );
    expect(cardText(card)).not.toMatch(/locale|stil/);
    expect(cardText(card)).toContain('Zaken waarbij je betrokken bent: 1');
    expect(cardText(card)).toContain('Herkende signalen van jou: 1');
    const url = (card.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    const data = (await (await fetch(url)).json()) as any;
    expect(data.subject).toBe(users.lead.aadObjectId);
    expect(data.casesLed.map((c: any) => c.id)).toEqual([id]);
    expect(data.signals).toHaveLength(1);
    expect(data.history.length).toBeGreaterThan(5);
    expect(h.bot.deps.store.events({ type: 'person.exported' })).toHaveLength(1);
    // the link is only for this person's file
    expect((await fetch(url.replace(users.lead.aadObjectId, users.member.aadObjectId))).status).toBe(404);

    // in English too
    await say(h, users.lead, 'language en');
    const english = cardOf(
      (await say(h, users.lead, 'my data', 'en-US')).find((b) => JSON.stringify(b).includes('What I keep')),
    );
    expect(cardText(english)).toContain('Language: English. Invitations about recognised projects: off.');
  });

  it('"mijn gegevens" gives a panel member who is in Teams their panel record and the expenses kept for them', async () => {
    const id = await submitCase(h);
    const member = {
      id: 'panel-daan',
      name: users.outsider.name,
      email: 'daan@uni.example',
      teamsAadObjectId: users.outsider.aadObjectId,
      expertise: ['privacy'],
      monthlyMax: 2,
      unavailable: [],
      active: true,
      ndaSignedOn: '2026-01-15',
      vogDate: '2025-11-01',
    };
    await h.bot.deps.panel.save(member, users.member.aadObjectId);
    const expense = { assessmentStart: '2026-11-20T13:00:00.000Z', travelCents: 1250, feeCents: 15000 };
    const entered = { enteredBy: users.member.aadObjectId, enteredAt: expense.assessmentStart };
    await h.bot.deps.store.transact((tx) => {
      const c = tx.get('cases', id)!;
      const someoneElse = { ...expense, ...entered, panelId: 'panel-other', travelCents: 1 };
      tx.put('cases', { ...c, expenses: [someoneElse, { ...expense, ...entered, panelId: member.id }] });
    });
    const card = cardOf(
      (await say(h, users.outsider, 'mijn gegevens')).find((b) => JSON.stringify(b).includes('Wat ik over je bewaar')),
    );
    const url = (card.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    const data = (await (await fetch(url)).json()) as any;
    expect(data.panel).toEqual([{ ...member, expenses: [{ panelId: member.id, caseId: id, ...expense }] }]);
    // someone who is on no panel gets an empty list, not someone else's record
    const lead = cardOf(
      (await say(h, users.lead, 'mijn gegevens')).find((b) => JSON.stringify(b).includes('Wat ik over je bewaar')),
    );
    const leadUrl = (lead.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    expect(((await (await fetch(leadUrl)).json()) as any).panel).toEqual([]);
  });

  it('"mijn gegevens" and "wis gegevens" in a channel answer there without anyone\'s data or link', async () => {
    await submitCase(h);
    for (const [user, text] of [
      [users.lead, 'mijn gegevens'],
      [users.member, `wis gegevens ${users.lead.aadObjectId}`],
    ] as const) {
      h.connector.clear();
      await h.post(channelMessage(user, text, { serviceUrl: h.connector.url, mention: true }));
      // what the channel sees: the text and cards of the answers
      const answers = JSON.stringify(h.connector.sent().map((c) => [c.body.text, c.body.attachments]));
      expect(answers).toContain('alleen in een persoonlijk gesprek');
      expect(answers).not.toContain('/files/mydata/');
      expect(answers).not.toContain(users.lead.aadObjectId);
    }
    expect(h.bot.deps.store.events({ type: 'person.exported' })).toHaveLength(0);
  });

  it('erasure takes only a person the bot knows: an ordinary word changes nothing', async () => {
    const id = await submitCase(h);
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    await execute(
      h,
      users.member,
      {
        verb: 'triage.accept',
        caseId: id,
        rev: h.bot.deps.cases.get(id)!.rev,
        handlerId: users.member2.aadObjectId,
        impact: 'high',
      },
      triageChannel(h, id),
    );
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
    const before = everythingOnDisk();
    for (const word of ['accepted', 'high', 'system', id, 'iemand@nergens.nl']) {
      const reply = await say(h, users.member, `wis gegevens ${word}`);
      expect(JSON.stringify(reply)).toContain(
        'Ik ken niemand met dit object-id of e-mailadres, dus ik heb niets gewist.',
      );
    }
    expect(JSON.stringify(await say(h, users.member, 'wis gegevens'))).toContain(
      'Gebruik: \\"wis gegevens <object-id of e-mailadres>\\"',
    );
    // a forged confirmation for a word is refused the same way
    const forged = cardOf(await execute(h, users.member, { verb: 'erase.confirm', subject: 'accepted' }));
    expect(cardText(forged)).toContain('Deze persoon ken ik niet meer');
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
    expect(h.bot.deps.store.events({ type: 'person.erased' })).toEqual([]);
    expect(everythingOnDisk().length).toBeGreaterThanOrEqual(before.length);
  });

  it('a Team Uthiek member erases a person on request: the card says who and what; nothing of them is left on disk', async () => {
    const purpose = 'Ons eigen doel, geschreven door de aanvrager zelf.';
    const id = await submitCase(h, users.lead, {
      basics: { leadIsMe: 'false', leadName: 'Mila Verhoeven', leadEmail: 'mila@utrecht.example' },
      purpose: { purpose },
    });
    // Mila is not in Teams: the registrant is told so (a message to them, on record)
    await h.connector.waitFor(() =>
      h.bot.deps.deliveries.forCase(id).some((d) => d.kind === 'lookup' && d.status === 'sent'),
    );
    // Team Uthiek's question in their case names them: it stays, without their name and id
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    await execute(
      h,
      users.member,
      {
        verb: 'triage.ask',
        caseId: id,
        rev: h.bot.deps.cases.get(id)!.rev,
        question: 'Heeft Sanne de Vries (aad-lead) de wijken al gekozen?',
      },
      triageChannel(h, id),
    );
    // a case they are not part of: only their full name and id go from its text, never a word of their name
    const other = await submitCase(h, users.lead2, {
      purpose: { purpose: 'Bij strenge vries gaan de lantaarns eerder aan; afstemmen met Sanne de Vries (aad-lead).' },
    });
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${other}`)));
    await execute(
      h,
      users.member,
      { verb: 'triage.decline', caseId: other, rev: h.bot.deps.cases.get(other)!.rev, reason: 'De Vries-regel geldt.' },
      triageChannel(h, other),
    );
    const otherBefore = h.bot.deps.cases.get(other)!;
    const onDisk = everythingOnDisk();
    for (const s of [users.lead.aadObjectId, users.lead.name, 'Mila Verhoeven', 'mila@utrecht.example', purpose])
      expect(onDisk).toContain(s);

    const refused = await say(h, users.lead, `wis gegevens ${users.member.aadObjectId}`);
    expect(JSON.stringify(refused)).toContain('Alleen Team Uthiek');
    const confirm = cardOf((await say(h, users.member, `wis gegevens ${users.lead.aadObjectId}`))[0]);
    expect(cardText(confirm)).toContain('Gegevens van deze persoon wissen?');
    expect(cardText(confirm)).toContain(`Sanne de Vries (${users.lead.aadObjectId})`);
    // their conversation with the bot and the message that Mila was not found; their own case (not the
    // other one); 6 texts of their intake; Team Uthiek's question that names them
    expect(cardText(confirm)).toMatch(
      /Ik verwijder 2 gegevens die alleen van deze persoon zijn .* In 1 zaak waarin deze persoon staat, vervang ik .* e-mailadres\. In [1-9]\d* gebeurtenissen in de geschiedenis .* Ik maak 6 teksten leeg die deze persoon zelf schreef\. Daarvan staan er 6 in zaken die nog lopen\. In 2 teksten van anderen vervang ik de volledige naam, het e-mailadres of het id van deze persoon door \[gewist\]\. Verder verander ik niets in zaken\./,
    );
    // nothing happens before the confirmation
    expect(h.bot.deps.cases.get(id)!.leadId).toBe(users.lead.aadObjectId);

    const done = cardOf(await execute(h, users.member, actionData(confirm, 'erase.confirm')));
    expect(cardText(done)).toContain('De gegevens zijn gewist');
    const c = h.bot.deps.cases.get(id)!;
    expect(c).toMatchObject({ intake: { projectName: 'Slimme lantaarnpalen' } });
    expect(c.leadId).toMatch(/^erased-[0-9a-f]{12}$/);
    expect(c.intake.purpose).toBeUndefined();
    expect(c.triage!.requests[0]!.question).toBe('Heeft [gewist] ([gewist]) de wijken al gekozen?');
    expect(h.bot.deps.cases.get(other)).toEqual({
      ...otherBefore,
      intake: {
        ...otherBefore.intake,
        purpose: 'Bij strenge vries gaan de lantaarns eerder aan; afstemmen met [gewist] ([gewist]).',
      },
    });
    expect(h.bot.deps.store.get('people', users.lead.aadObjectId)).toBeUndefined();
    expect(h.bot.deps.store.events({ type: 'person.erased' })[0]).toMatchObject({
      actor: users.member.aadObjectId,
      data: { subject: c.leadId },
    });
    // 'aad-lead' as a whole word ('aad-lead2' is another person)
    const forbidden = [/aad-lead(?!2)/, /Sanne/, /de Vries/, /Mila/, /mila@utrecht/, new RegExp(purpose)];
    for (const s of forbidden) expect(everythingOnDisk()).not.toMatch(s);

    // writes after the erasure are kept, also across a restart, and no case number comes back
    const after = await submitCase(h, users.lead2);
    expect(after).not.toBe(id);
    await h.restart();
    for (const s of forbidden) expect(everythingOnDisk()).not.toMatch(s);
    expect(h.bot.deps.cases.get(after)!.state).toBe('submitted');
    expect(h.bot.deps.cases.get(id)!.state).toBe(c.state);
    expect(await submitCase(h, users.lead2)).toMatch(/-004$/);
  });

  it('erasing a panel member who is in no case changes no case: words of their name in a purpose stay', async () => {
    // the outside tester's steps: Noor's purpose says "groen"; panel member Ingrid Groen is in no case
    const purpose = 'Meer groen in de wijk: sensoren meten of het groen droog staat.';
    const id = await submitCase(h, users.lead2, { purpose: { purpose } });
    const list = cardOf((await say(h, users.member, 'klankbordgroep'))[0]);
    const editor = cardOf(await execute(h, users.member, actionData(list, 'panel.edit', { memberId: '' })));
    const ingrid = { name: 'Ingrid Groen', email: 'ingrid.groen@example.org', expertise: 'privacy', monthlyMax: '2' };
    await execute(h, users.member, { ...actionData(editor, 'panel.save'), ...ingrid, unavailable: '' });
    expect(h.bot.deps.panel.all().map((m) => m.name)).toContain('Ingrid Groen');
    const before = h.bot.deps.cases.get(id)!;

    const confirm = cardOf((await say(h, users.member, 'wis gegevens ingrid.groen@example.org'))[0]);
    const preview = cardText(confirm);
    expect(preview).toContain('Ingrid Groen (ingrid.groen@example.org)');
    expect(preview).toContain('Ik verwijder 1 gegeven dat alleen van deze persoon is');
    expect(preview).toContain('Deze persoon staat in geen enkele zaak. Verder verander ik niets in zaken.');
    expect(preview).not.toMatch(/\b1 zaken|teksten leeg|gebeurtenis/);

    const done = cardOf(await execute(h, users.member, actionData(confirm, 'erase.confirm')));
    expect(cardText(done)).toContain('De gegevens zijn gewist');
    expect(h.bot.deps.cases.get(id)).toEqual(before);
    expect(h.bot.deps.cases.get(id)!.intake.purpose).toBe(purpose);
    expect(h.bot.deps.panel.all().map((m) => m.name)).not.toContain('Ingrid Groen');
    expect(everythingOnDisk()).not.toMatch(/Ingrid|ingrid\.groen@/);
  });

  it('after erasure, cards name an erased participant in words, never by the pseudonym', async () => {
    await installFor(h, [users.member2]);
    await addPanelMember(h);
    const id = await scheduledCase(h, users.lead, users.member2);
    const invites = () =>
      h.connector
        .sent(personalConversationId(users.member2))
        .filter((c) => c.method === 'POST' && JSON.stringify(c.body).includes('Deelnemers:'))
        .map((c) => cardOf(c.body));
    await h.connector.waitFor(() => invites().length > 0);
    const invite = invites()[0];
    expect(cardText(invite)).toContain(users.lead.name);

    const confirm = cardOf((await say(h, users.member, `wis gegevens ${users.lead.aadObjectId}`))[0]);
    await execute(h, users.member, actionData(confirm, 'erase.confirm'));
    expect(h.bot.deps.cases.get(id)!.schedule!.participants.map((p) => p.name)).toContainEqual(
      expect.stringMatching(/^erased-/),
    );
    // the handler opens the invitation again
    const again = cardText(cardOf(await execute(h, users.member2, invite.refresh.action.data)));
    expect(again).toContain('Deelnemers:');
    expect(again).toContain('(gewiste persoon)');
    expect(again).not.toMatch(/erased-|Sanne/);
  });

  it('a lead named only by e-mail in an intake can be erased by that address', async () => {
    const id = await submitCase(h, users.lead, {
      basics: { leadIsMe: 'false', leadName: 'Mila Verhoeven', leadEmail: 'mila@utrecht.example' },
    });
    await h.connector.waitFor(() => h.bot.deps.cases.get(id)!.lead?.source === 'not-found');
    const confirm = cardOf((await say(h, users.member, 'wis gegevens Mila@Utrecht.example'))[0]);
    expect(cardText(confirm)).toContain('Mila Verhoeven (mila@utrecht.example)');
    await execute(h, users.member, actionData(confirm, 'erase.confirm'));
    expect(h.bot.deps.cases.get(id)!.leadId).toBe(users.lead.aadObjectId);
    expect(everythingOnDisk()).not.toMatch(/Mila|mila@utrecht/);
    expect(everythingOnDisk()).toContain(users.lead.aadObjectId);
  });

  it('retention: finished cases past RETENTION_DAYS lose their personal data and free text, the figures stay', async () => {
    await say(h, users.lead, 'taal nl');
    expect(h.bot.deps.store.get('people', users.lead.aadObjectId)).toBeDefined();
    expect(h.bot.deps.store.find('conversations', (x) => x.userId === users.lead.aadObjectId)).toHaveLength(1);
    const id = await submitCase(h, users.lead, {
      basics: { leadIsMe: 'false', leadName: 'Sanne de Vries', leadEmail: 'sanne@utrecht.example' },
    });
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    const c = h.bot.deps.cases.get(id)!;
    await execute(
      h,
      users.member,
      { verb: 'triage.decline', caseId: id, rev: c.rev, reason: 'Geen digitalisering, zegt Jan Modaal.' },
      triageChannel(h, id),
    );
    expect(h.bot.deps.cases.get(id)!.state).toBe('declined');
    h.clock.advance(200 * 86_400_000);
    await h.bot.deps.jobs.enqueue({ id: 'retention.sweep:test-1', kind: 'retention.sweep', dueAt: h.clock.now() });
    await h.bot.deps.jobs.tick();
    expect(h.bot.deps.cases.get(id)!.anonymisedAt).toBeUndefined();
    h.clock.advance(200 * 86_400_000);
    await h.bot.deps.jobs.enqueue({ id: 'retention.sweep:test-2', kind: 'retention.sweep', dueAt: h.clock.now() });
    await h.bot.deps.jobs.tick();
    const anonymised = h.bot.deps.cases.get(id)!;
    expect(anonymised.anonymisedAt).toBeDefined();
    expect(anonymised).toMatchObject({
      leadId: 'anonymised',
      createdBy: 'anonymised',
      state: 'declined',
      intake: { projectName: 'Slimme lantaarnpalen' },
    });
    expect(JSON.stringify(anonymised)).not.toMatch(/Sanne|sanne@utrecht|Jan Modaal|Energie besparen/);
    expect(h.bot.deps.store.events({ caseId: id }).some((e) => e.actor === users.lead.aadObjectId)).toBe(false);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.submit' })).toHaveLength(1);
    // the lead has no other case and did nothing for RETENTION_DAYS: their preferences and 1:1 reference go too
    expect(h.bot.deps.store.get('people', users.lead.aadObjectId)).toBeUndefined();
    expect(h.bot.deps.store.find('conversations', (x) => x.userId === users.lead.aadObjectId)).toEqual([]);
    const report = cardText(cardOf((await say(h, users.member, 'rapport 2026'))[0]));
    expect(report).toMatch(/Aanmeldingen ingediend in de periode\s*1/);
    await h.restart();
    expect(everythingOnDisk()).not.toMatch(/sanne@utrecht|Jan Modaal|Energie besparen|aad-lead"/);
  });
});
