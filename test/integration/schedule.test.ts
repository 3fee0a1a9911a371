import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, TEAM_ID, TRIAGE_CHANNEL, users, type TestUser } from '../support/activities.js';
import { actionData, cardOf, cardText, inputs } from '../support/cards.js';
import { cardProblems } from '../support/card-check.js';
import { execute, installFor, installInUthiekTeam, say, submitCase, triageChannel } from '../support/flows.js';

const panelUser: TestUser = {
  id: '29:panel',
  aadObjectId: '0b9c8d7e-1111-4222-8333-944445555666',
  name: 'Bram Visser',
};

let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2, panelUser]);
  // Teams gives the addresses of the lead (in their chat) and of Team Uthiek's members (the roster)
  h.connector.members.set(personalConversationId(users.lead), [
    { id: users.lead.id, aadObjectId: users.lead.aadObjectId, name: users.lead.name, email: 'sanne@utrecht.example' },
  ]);
  h.connector.members.set(
    TEAM_ID,
    [users.member, users.member2].map((u) => ({
      id: u.id,
      aadObjectId: u.aadObjectId,
      name: u.name,
      email: `${u.name.split(' ')[0]!.toLowerCase()}@utrecht.example`,
    })),
  );
});

async function addPanelMember(form: Record<string, string>) {
  const list = cardOf((await say(h, users.member, 'panel'))[0]);
  const editor = cardOf(await execute(h, users.member, actionData(list, 'panel.edit', { memberId: '' })));
  return cardOf(await execute(h, users.member, { ...actionData(editor, 'panel.save'), ...form }));
}

async function acceptedCase(): Promise<{ id: string; triage: any }> {
  const id = await submitCase(h);
  await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
  const ref = h.bot.deps.store.get('messages', `triage:${id}`)!;
  const c = h.bot.deps.cases.get(id)!;
  const accepted = cardOf(
    await execute(
      h,
      users.member,
      { verb: 'triage.accept', caseId: id, rev: c.rev, handlerId: users.member2.aadObjectId, impact: 'high' },
      {
        conversation: {
          id: `${TRIAGE_CHANNEL};messageid=${ref.activityId}`,
          conversationType: 'channel',
          isGroup: true,
        },
        channelData: { team: { id: TEAM_ID }, channel: { id: TRIAGE_CHANNEL } },
      },
    ),
  );
  return { id, triage: accepted };
}

const personal = (u: TestUser) => h.connector.sent(personalConversationId(u));
const lastCardTo = (u: TestUser, includes: string) =>
  cardOf(personal(u).findLast((c) => JSON.stringify(c.body).includes(includes))!.body);

/** The handler records that every panel member of slot `index` (of the current proposal) accepted it. */
async function panelAccepts(proposal: any, caseId: string, index: number) {
  const p = h.bot.deps.store.find('proposals', (x) => x.caseId === caseId && !x.superseded)[0]!;
  const answers = Object.fromEntries(p.slots[index]!.panel.map((m) => [`ext_${m.memberId}_${index}`, 'yes']));
  return cardOf(await execute(h, users.member2, { ...actionData(proposal, 'schedule.external'), ...answers }));
}

async function fetchIcs(card: any): Promise<{ status: number; text: string; type: string | null }> {
  const link = (card.actions as any[]).find((a) => a.type === 'Action.OpenUrl')!.url as string;
  const res = await fetch(link);
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
}

function parseEvent(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  const vevent = comp.getFirstSubcomponent('vevent')!;
  return { method: comp.getFirstPropertyValue('method'), event: new ICAL.Event(vevent), vevent };
}

describe('panel registry', () => {
  it('members are added and validated on the server, with field errors', async () => {
    const refused = await addPanelMember({
      name: '',
      email: 'nope',
      expertise: '',
      monthlyMax: '0',
      unavailable: '2027-13-01',
    });
    const text = cardText(refused);
    expect(text).toContain('Vul een naam in');
    expect(text).toContain('Vul een geldig e-mailadres in');
    expect(text).toContain('Gebruik datums als 2027-01-31');
    expect(h.bot.deps.store.all('panel')).toHaveLength(0);
    const saved = await addPanelMember({
      name: 'Bram Visser',
      email: 'bram@example.org',
      expertise: 'privacy, surveillance',
      monthlyMax: '2',
      unavailable: '',
    });
    expect(cardText(saved)).toContain('Bram Visser is opgeslagen');
    expect(h.bot.deps.store.all('panel')[0]).toMatchObject({
      name: 'Bram Visser',
      expertise: ['privacy', 'surveillance'],
      monthlyMax: 2,
      active: true,
    });
    const outsider = await say(h, users.outsider, 'panel');
    expect(JSON.stringify(outsider)).toContain('Alleen Team Uthiek');
  });
});

describe('scheduling an assessment end to end', () => {
  beforeEach(async () => {
    await addPanelMember({
      name: 'Bram Visser',
      email: 'bram@example.org',
      teamsAadObjectId: panelUser.aadObjectId,
      expertise: 'privacy, surveillance',
      monthlyMax: '3',
    });
    await addPanelMember({
      name: 'Anna de Boer',
      email: 'anna@example.org',
      expertise: 'ethics, algorithms',
      monthlyMax: '3',
    });
    await addPanelMember({ name: 'Carla Smit', email: 'carla@example.org', expertise: 'privacy', monthlyMax: '3' });
  });

  it('propose → poll → confirm → invitations, with the notice rule, expertise and an iCalendar file real software reads', async () => {
    const { id, triage } = await acceptedCase();
    expect(cardText(triage)).toContain('Toets plannen');
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    expect(cardProblems(proposal)).toEqual([]);
    const text = cardText(proposal);
    expect(text).toContain(`Toets plannen voor ${id}`);
    expect(text).toContain('minimaal 10 werkdagen');
    // the earliest day in words, not as an ISO date
    expect(text).toContain('(vroegst 7 december 2026)');
    expect(text).toContain('Bram Visser');
    const p = h.bot.deps.store.find('proposals', (x) => x.caseId === id && !x.superseded)[0]!;
    expect(p.slots.length).toBeGreaterThanOrEqual(3);
    for (const s of p.slots) {
      expect(s.slot.start >= '2026-12-07').toBe(true); // 10 working days after Monday 23 November
      expect(s.panel.length).toBeGreaterThan(0);
    }

    // availability poll: the lead and the panel member in Teams get a card; the external is answered by the handler
    const polled = await execute(h, users.member2, actionData(proposal, 'schedule.poll'));
    expect(cardText(cardOf(polled))).toContain('Ik heb 2 deelnemers in Teams gevraagd of ze kunnen.');
    await h.connector.waitFor(
      () =>
        personal(users.lead).some((c) => JSON.stringify(c.body).includes('schedule.answer')) &&
        personal(panelUser).some((c) => JSON.stringify(c.body).includes('schedule.answer')),
    );
    const poll = lastCardTo(panelUser, 'schedule.answer');
    const thanks = await execute(h, panelUser, { ...actionData(poll, 'schedule.answer'), slot_0: 'yes', slot_1: 'no' });
    expect(JSON.stringify(thanks)).toContain('Dank je');
    const notInvited = await execute(h, users.outsider, { ...actionData(poll, 'schedule.answer'), slot_0: 'no' });
    expect(JSON.stringify(notInvited)).toContain('niet op de lijst');
    await execute(h, users.lead, {
      ...actionData(lastCardTo(users.lead, 'schedule.answer'), 'schedule.answer'),
      slot_0: 'yes',
    });
    const status = cardOf(await execute(h, users.member2, actionData(proposal, 'schedule.status')));
    expect(cardText(status)).toMatch(/Beschikbaar: 2 ja, 0 nee/);

    const confirmed = await execute(h, users.member2, { ...actionData(status, 'schedule.confirm'), slot: '0' });
    expect(JSON.stringify(confirmed)).toContain(`Toets ${id} is gepland`);
    const c = h.bot.deps.cases.get(id)!;
    expect(c.state).toBe('scheduled');
    expect(c.schedule).toMatchObject({ slot: p.slots[0]!.slot, sequence: 0 });
    // the expert the intake names without an address is listed, not dropped
    expect(c.schedule!.participants.map((x) => x.role).sort()).toEqual(
      ['expert', 'handler', 'lead', ...p.slots[0]!.panel.map(() => 'panel')].sort(),
    );
    expect(c.schedule!.participants.find((x) => x.role === 'lead')).toMatchObject({
      name: users.lead.name,
      email: 'sanne@utrecht.example',
    });
    expect(c.schedule!.participants.find((x) => x.role === 'expert')).toEqual({
      role: 'expert',
      name: 'Jan de Wit (privacy officer)',
    });
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.schedule' })[0]).toMatchObject({
      actor: users.member2.aadObjectId,
      from: 'accepted',
      to: 'scheduled',
      data: { urgent: false, highImpact: true, panelAccepted: true },
    });

    // invitations: the handler, the lead and the panel member in Teams; the .ics opens in calendar software
    await h.connector.waitFor(() =>
      [users.member2, users.lead, panelUser].every((u) =>
        personal(u).some((x) => JSON.stringify(x.body).includes('is gepland')),
      ),
    );
    const handlerCard = lastCardTo(users.member2, 'is gepland');
    // the handler is told whom to send the invitation to outside Teams: the panel member without Teams
    expect(cardText(handlerCard)).toContain(
      'Stuur de uitnodiging naar deelnemers buiten Teams (e-mail): carla@example.org',
    );
    const ics = await fetchIcs(handlerCard);
    expect(ics.status).toBe(200);
    expect(ics.type).toContain('text/calendar');
    const { method, event } = parseEvent(ics.text);
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe(c.schedule!.uid);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(c.schedule!.slot.start).toISOString());
    expect(parseEvent(ics.text).vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    const attendees = event.attendees.map((a: any) => String(a.getFirstValue()).toLowerCase());
    for (const m of p.slots[0]!.panel)
      expect(attendees.join()).toContain(h.bot.deps.store.get('panel', m.memberId)!.email);
    // the lead and the handler are attendees, by name; the expert without an address is named in the text
    expect(attendees.join()).toContain('sanne@utrecht.example');
    expect(attendees.join()).toContain(`${users.member2.name.split(' ')[0]!.toLowerCase()}@utrecht.example`);
    expect(event.attendees.map((a: any) => a.getParameter('cn'))).toContain(users.lead.name);
    expect(ics.text).not.toContain('Ik ben zelf de projectleider');
    expect(event.description).toContain('Jan de Wit (privacy officer)');
    expect(cardText(handlerCard)).toContain('nodig ze zelf uit: Jan de Wit (privacy officer)');
    // a tampered link gets nothing
    const link = (handlerCard.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    expect((await fetch(link.replace(/sig=.+$/, 'sig=forged'))).status).toBe(404);

    // reschedule: same UID, higher SEQUENCE
    const again = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id }));
    expect(cardText(again)).toContain('Toets verplaatsen');
    // the current moment is not proposed again
    const moves = h.bot.deps.proposals.get(actionData(again, 'schedule.confirm').proposalId)!.slots;
    expect(moves.length).toBeGreaterThan(1);
    expect(moves.map((s) => s.slot.start)).not.toContain(c.schedule!.slot.start);
    // high impact: no matched panel member has accepted the new moment yet, so it cannot be confirmed
    const early = cardOf(await execute(h, users.member2, { ...actionData(again, 'schedule.confirm'), slot: '1' }));
    expect(cardText(early)).toContain('Voorstel 2 kan nog niet worden bevestigd');
    expect(h.bot.deps.cases.get(id)!.schedule!.sequence).toBe(0);
    const answered = await panelAccepts(again, id, 1);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '1' });
    const moved = h.bot.deps.cases.get(id)!;
    expect(moved.schedule).toMatchObject({ uid: c.schedule!.uid, sequence: 1 });
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('is verplaatst')));
    const update = parseEvent((await fetchIcs(lastCardTo(users.lead, 'is verplaatst'))).text);
    expect(update.event.uid).toBe(c.schedule!.uid);
    expect(update.event.sequence).toBe(1);
    expect((await fetch(link)).status).toBe(404); // the old version is gone

    // cancel: METHOD:CANCEL, same UID, higher SEQUENCE; the case can be planned again
    const fresh = h.bot.deps.cases.get(id)!;
    await execute(h, users.member, { verb: 'schedule.cancel', caseId: id, rev: fresh.rev });
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('is afgezegd')));
    const cancelled = parseEvent((await fetchIcs(lastCardTo(users.lead, 'is afgezegd'))).text);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.uid).toBe(c.schedule!.uid);
    expect(cancelled.event.sequence).toBe(2);
  });

  it('on the case card in the channel, confirming and calling off answer with the current card, so it keeps its buttons', async () => {
    // Teams shows whichever arrives last: the answer to the click or the background refresh of the card.
    // Both are the current case card, so the order cannot leave the channel with a card without buttons.
    const { id } = await acceptedCase();
    const onCard = triageChannel(h, id);
    const proposal = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id }, onCard));
    const answered = await panelAccepts(proposal, id, 0);
    const confirmed = cardOf(
      await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' }, onCard),
    );
    expect(cardProblems(confirmed)).toEqual([]);
    expect(cardText(confirmed)).toContain(`Toets ${id} is gepland`);
    // the outcome is recorded once the assessment has begun; until then the card offers to call it off
    expect(cardText(confirmed)).toContain('Toets afzeggen');
    expect(cardText(confirmed)).not.toContain('Uitkomst vastleggen');
    const ref = h.bot.deps.store.get('messages', `triage:${id}`)!;
    await h.connector.waitFor((calls) =>
      calls.some(
        (c) =>
          c.method === 'PUT' && c.activityId === ref.activityId && JSON.stringify(c.body).includes('Toets afzeggen'),
      ),
    );

    const c = h.bot.deps.cases.get(id)!;
    const cancelled = cardOf(
      await execute(h, users.member2, { verb: 'schedule.cancel', caseId: id, rev: c.rev }, onCard),
    );
    expect(cardText(cancelled)).toContain(`Toets ${id} is afgezegd`);
    expect(cardText(cancelled)).toContain('Toets plannen');

    // a proposal card from a typed `plan` elsewhere gets a short notice instead
    const typed = await panelAccepts(
      cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id })),
      id,
      0,
    );
    const elsewhere = cardOf(await execute(h, users.member2, { ...actionData(typed, 'schedule.confirm'), slot: '0' }));
    expect(cardText(elsewhere)).toContain(`Toets ${id} is gepland`);
    expect(cardText(elsewhere)).not.toContain('Toets afzeggen');
  });

  it('sends the preparation pack ahead and a reminder the day before, when the clock gets there', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const answered = await panelAccepts(proposal, id, 0);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' });
    const start = new Date(h.bot.deps.cases.get(id)!.schedule!.slot.start);
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('is gepland')));
    expect(personal(users.lead).some((x) => JSON.stringify(x.body).includes('Voorbereiding toets'))).toBe(false);

    h.clock.set(new Date(start.getTime() - 3 * 86_400_000));
    await h.bot.deps.jobs.tick();
    // one notice per recipient, each its own job
    await h.connector.waitFor(
      () =>
        personal(users.lead).some((x) => JSON.stringify(x.body).includes('Voorbereiding toets')) &&
        personal(users.member2).some((x) => JSON.stringify(x.body).includes('Voorbereiding toets')),
    );
    const prep = lastCardTo(users.lead, 'Voorbereiding toets');
    expect(cardText(prep)).toContain('Slimme lantaarnpalen');
    expect(cardText(prep)).toContain('Doel en middel');
    const handlerPrep = lastCardTo(users.member2, 'Voorbereiding toets');
    const link = (handlerPrep.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    expect(await (await fetch(link)).text()).toContain('Energie besparen');

    h.clock.set(new Date(start.getTime() - 20 * 3_600_000));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('Morgen: toets')));
    expect(cardText(lastCardTo(users.lead, 'Morgen: toets'))).toContain('de toets is morgen');
  });

  it('urgent shorter notice only with a recorded reason', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const noReason = cardOf(
      await execute(h, users.member2, {
        ...actionData(proposal, 'schedule.propose'),
        urgent: 'true',
        urgentReason: '',
      }),
    );
    expect(cardText(noReason)).toContain('Geef een reden voor de kortere termijn');
    const urgent = cardOf(
      await execute(h, users.member2, {
        ...actionData(proposal, 'schedule.propose'),
        urgent: 'true',
        urgentReason: 'Besluit in de gemeenteraad volgende week',
      }),
    );
    const p = h.bot.deps.store.find('proposals', (x) => x.caseId === id && !x.superseded)[0]!;
    expect(p.slots[0]!.slot.start < '2026-12-07').toBe(true);
    expect(p.slots[0]!.urgent?.reason).toBe('Besluit in de gemeenteraad volgende week');
    await execute(h, users.member2, { ...actionData(urgent, 'schedule.confirm'), slot: '0' });
    expect(h.bot.deps.cases.get(id)!.schedule!.urgentReason).toBe('Besluit in de gemeenteraad volgende week');
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.schedule' })[0]!.data).toMatchObject({ urgent: true });
  });

  it('refuses to confirm while the case description misses a minimum requirement, and refuses non-members', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const refused = await execute(h, users.lead, { ...actionData(proposal, 'schedule.confirm'), slot: '0' });
    expect(JSON.stringify(refused)).toContain('Alleen Team Uthiek kan toetsen plannen');
    await h.bot.deps.store.transact((tx) => {
      const c = tx.get('cases', id)!;
      const { experts: _gone, ...intake } = c.intake;
      tx.put('cases', { ...c, intake });
    });
    const incomplete = cardOf(
      await execute(h, users.member2, { ...actionData(proposal, 'schedule.confirm'), slot: '0' }),
    );
    expect(cardText(incomplete)).toContain('de zaakbeschrijving mist nog vakexperts');
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
  });

  it('"plan" without a case shows how to use it', async () => {
    const [answer] = await say(h, users.member2, 'plan');
    expect(answer.text).toBe('Gebruik: "plan UTH-2026-001", met het nummer van de zaak.');
    const [english] = await say(h, users.member2, 'schedule', 'en-US');
    expect(english.text).toBe('Use: "schedule UTH-2026-001", with the number of the case.');
  });

  it('help names the commands as the bot tells people to type them, one term per concept, in sentences', async () => {
    const help = cardText(cardOf((await say(h, users.member2, 'help'))[0]));
    // proposals say to fill in the NDA dates with "klankbordgroep": help lists that word
    expect(help).toMatch(/^klankbordgroep$/m);
    expect(help).not.toMatch(/^panel$/m);
    expect(help).toContain(
      'de persoonlijke links van een zaak voor mensen buiten Teams bekijken ("extern UTH-2026-001") of intrekken',
    );
    expect(help).not.toContain('[intrekken <naam>]');
    const english = cardText(cardOf((await say(h, users.member2, 'help', 'en-US'))[0]));
    expect(english).toContain('manage the advisory panel');
    expect(english).not.toContain('external panel');
    expect(english).not.toContain('(Team Uthiek only)');
  });

  it('high impact with no matching panel member gets no slots and says why', async () => {
    for (const m of h.bot.deps.store.all('panel'))
      await h.bot.deps.store.transact((tx) => tx.put('panel', { ...m, active: false }));
    const { triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    expect(cardText(proposal)).toContain('Er is geen geschikt moment gevonden');
    expect(inputs(proposal).slot).toBeUndefined();
  });
});
