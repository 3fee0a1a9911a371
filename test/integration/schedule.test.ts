import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, TEAM_ID, TRIAGE_CHANNEL, users, type TestUser } from '../support/activities.js';
import { actionData, cardOf, cardText, inputs } from '../support/cards.js';
import { cardProblems } from '../support/card-check.js';
import { execute, installFor, installInUthiekTeam, say, submitCase, triageChannel } from '../support/flows.js';
import { currentCard } from '../../src/teams/cards/current-card.js';

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

/** Team Uthiek changes a panel member on the form: the fields in `form` replace what the form shows. */
async function editPanelMember(memberId: string, form: Record<string, string>) {
  const list = cardOf((await say(h, users.member, 'panel'))[0]);
  const editor = cardOf(await execute(h, users.member, actionData(list, 'panel.edit', { memberId })));
  const shown = Object.fromEntries(
    Object.entries(inputs(editor)).map(([k, v]: [string, any]) => [k, String(v.value ?? '')]),
  );
  return cardOf(await execute(h, users.member, { ...actionData(editor, 'panel.save'), ...shown, ...form }));
}

const threadPosts = () =>
  h.connector.calls
    .filter((c) => c.method === 'POST' && c.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`))
    .map((c) => c.body);

async function acceptedCase(impact = 'high', leadLocale = 'nl-NL'): Promise<{ id: string; triage: any }> {
  const id = await submitCase(h, users.lead, {}, leadLocale);
  await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
  const ref = h.bot.deps.store.get('messages', `triage:${id}`)!;
  const c = h.bot.deps.cases.get(id)!;
  const accepted = cardOf(
    await execute(
      h,
      users.member,
      {
        verb: 'triage.accept',
        caseId: id,
        rev: c.rev,
        handlerId: users.member2.aadObjectId,
        impact,
        ...(impact === 'high' ? {} : { impactReason: 'De lantaarnpalen tellen alleen beweging, zonder gegevens.' }),
      },
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

    // confirmed twice at once (Teams sending a slow click again): one assessment, both answers say it is planned
    const confirm = { ...actionData(status, 'schedule.confirm'), slot: '0' };
    const [confirmed, twice] = await Promise.all([
      execute(h, users.member2, confirm),
      execute(h, users.member2, confirm),
    ]);
    expect(JSON.stringify(confirmed)).toContain(`Toets ${id} is gepland`);
    expect(twice).toEqual(confirmed);
    // and again a moment later: the same answer, not "Deze voorstellen zijn verouderd"
    expect(await execute(h, users.member2, confirm)).toEqual(confirmed);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.schedule' })).toHaveLength(1);
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
    const reconfirm = { ...actionData(answered, 'schedule.confirm'), slot: '1' };
    const movedAnswer = await execute(h, users.member2, reconfirm);
    expect(JSON.stringify(movedAnswer)).toContain(`Toets ${id} is verplaatst`);
    expect(await execute(h, users.member2, reconfirm)).toEqual(movedAnswer);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.reschedule' })).toHaveLength(1);
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

  it('sends the preparation pack ahead and a reminder on the last working day before, when the clock gets there', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const answered = await panelAccepts(proposal, id, 0);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' });
    const start = new Date(h.bot.deps.cases.get(id)!.schedule!.slot.start);
    // Monday 7 December 2026, 09:30 in Amsterdam: the first working day after the weekend
    expect(start.toISOString()).toBe('2026-12-07T08:30:00.000Z');
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('is gepland')));
    expect(personal(users.lead).some((x) => JSON.stringify(x.body).includes('Voorbereiding toets'))).toBe(false);

    h.clock.set(new Date('2026-12-03T08:30:00Z')); // Thursday
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

    // no reminder at the weekend: it goes out on Friday, when office hours begin, and names the day
    const reminded = () => personal(users.lead).some((x) => JSON.stringify(x.body).includes('Herinnering'));
    h.clock.set(new Date('2026-12-04T07:59:00Z')); // Friday 08:59 in Amsterdam
    await h.bot.deps.jobs.tick();
    expect(reminded()).toBe(false);
    h.clock.set(new Date('2026-12-04T08:00:00Z')); // Friday 09:00
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(reminded);
    const reminder = lastCardTo(users.lead, 'Herinnering');
    expect(cardText(reminder)).toContain(`Toets ${id} op ma 7 dec 2026`);
    expect(cardText(reminder)).toContain('Herinnering: de toets is op ma 7 dec 2026, 09:30.');
    expect(cardText(reminder)).not.toContain('morgen');
    expect(personal(users.member2).some((x) => JSON.stringify(x.body).includes('Herinnering'))).toBe(true);
  });

  it('a reminder the day before an assessment on a Tuesday says "morgen"', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const p = h.bot.deps.store.find('proposals', (x) => x.caseId === id && !x.superseded)[0]!;
    const index = p.slots.findIndex((s) => new Date(s.slot.start).getUTCDay() === 2);
    expect(index).toBeGreaterThanOrEqual(0);
    const answered = await panelAccepts(proposal, id, index);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: String(index) });
    const start = new Date(h.bot.deps.cases.get(id)!.schedule!.slot.start);
    h.clock.set(new Date(start.getTime() - 20 * 3_600_000));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('Morgen: toets')));
    expect(cardText(lastCardTo(users.lead, 'Morgen: toets'))).toContain('de toets is morgen');
  });

  it('a notice of one working day is said in the singular', async () => {
    await h.restart({ NOTICE_DAYS_HIGH: '1' });
    const { triage } = await acceptedCase();
    const text = cardText(cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose'))));
    expect(text).toContain('(impact hoog: minimaal 1 werkdag).');
    expect(text).toContain('Voldoet aan de minimale termijn van 1 werkdag bij impact hoog');
    expect(text).not.toContain('1 werkdagen');
  });

  it('no case description reaches a panel member without a signed NDA: not in the invitation, not in the preparation pack', async () => {
    // outside test 2, section 1: the bot promised to wait for the NDA, then sent the description anyway
    const { id, triage } = await acceptedCase();
    // a subject expert with an address: a colleague, who needs no NDA
    await h.bot.deps.store.transact((tx) => {
      const c = tx.get('cases', id)!;
      tx.put('cases', { ...c, intake: { ...c.intake, experts: `${c.intake.experts}\nEva Bos <eva@utrecht.example>` } });
    });
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const answered = await panelAccepts(proposal, id, 0);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' });
    const c = h.bot.deps.cases.get(id)!;
    // Bram (in Teams) and Carla (e-mail only), neither with an NDA on record
    expect(c.schedule!.participants.filter((p) => p.role === 'panel').map((p) => p.name)).toEqual([
      'Bram Visser',
      'Carla Smit',
    ]);
    await h.connector.waitFor(() => personal(users.member2).some((x) => JSON.stringify(x.body).includes('is gepland')));
    const handlerCard = lastCardTo(users.member2, 'is gepland');
    expect(cardText(handlerCard)).toContain(
      'Van Bram Visser, Carla Smit is geen getekende geheimhoudingsverklaring bekend, dus de zaakbeschrijving gaat niet naar Bram Visser, Carla Smit.',
    );
    // Bram's own notice does not promise him the pack; the lead's does
    await h.connector.waitFor(() => personal(panelUser).some((x) => JSON.stringify(x.body).includes('is gepland')));
    const bramInvite = cardText(lastCardTo(panelUser, 'is gepland'));
    expect(bramInvite).not.toContain('Je krijgt de voorbereiding vooraf.');
    expect(bramInvite).toContain(
      'Je krijgt de zaakbeschrijving van deze toets zodra je getekende geheimhoudingsverklaring bij Team Uthiek bekend is.',
    );
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('is gepland')));
    expect(cardText(lastCardTo(users.lead, 'is gepland'))).toContain(
      'Zet de toets in je agenda met de uitnodiging hieronder. Je krijgt de voorbereiding vooraf.',
    );
    // the invitation carries what is needed to attend, and no case description
    const ics = await fetchIcs(handlerCard);
    const { event } = parseEvent(ics.text);
    expect(event.attendees.map((a: any) => String(a.getFirstValue()).toLowerCase()).join()).toContain(
      'carla@example.org',
    );
    for (const leak of ['Energie besparen', 'Sensoren', 'LuxCity', 'DPIA', 'openbare ruimte', 'Sanne de Vries ('])
      expect(ics.text).not.toContain(leak);
    expect(event.description).toContain('De zaakbeschrijving staat niet in deze uitnodiging');

    // the preparation pack: the handler forwards it only to whom it may reach; Bram gets no description
    h.clock.set(new Date(Date.parse(c.schedule!.slot.start) - 3 * 86_400_000));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() =>
      [users.member2, panelUser].every((u) =>
        personal(u).some((x) => JSON.stringify(x.body).includes('Voorbereiding')),
      ),
    );
    const handlerPrep = cardText(lastCardTo(users.member2, 'Voorbereiding toets'));
    expect(handlerPrep).toContain('Stuur de voorbereiding ook naar de externe leden: eva@utrecht.example.');
    expect(handlerPrep).not.toContain('carla@example.org');
    expect(handlerPrep).toContain('Van Bram Visser, Carla Smit is geen getekende geheimhoudingsverklaring bekend');
    const bramPrep = lastCardTo(panelUser, 'Voorbereiding toets');
    expect(cardText(bramPrep)).toContain(
      'Je krijgt de zaakbeschrijving van deze toets zodra je getekende geheimhoudingsverklaring bij Team Uthiek bekend is.',
    );
    expect(JSON.stringify(bramPrep)).not.toContain('Energie besparen');
    expect((bramPrep.actions ?? []).filter((a: any) => a.type === 'Action.OpenUrl')).toEqual([]);
    // once the NDA is on record, the pack is his
    const bram = h.bot.deps.store.all('panel').find((m) => m.name === 'Bram Visser')!;
    await h.bot.deps.panel.save({ ...bram, ndaSignedOn: '2026-11-02' }, users.member.aadObjectId);
    const target = { card: 'assessment', caseId: id, kind: 'prep', sequence: '0' } as const;
    const refreshed = await currentCard(h.bot.deps, target, { id: panelUser.aadObjectId, locale: 'nl' });
    expect(JSON.stringify(refreshed)).toContain('Energie besparen');
  });

  it('a panel member deactivated or unavailable on the day after being invited leaves the invitation; the handler is told', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const answered = await panelAccepts(proposal, id, 0);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' });
    await h.connector.waitFor(() => personal(users.member2).some((x) => JSON.stringify(x.body).includes('is gepland')));
    const invitation = lastCardTo(users.member2, 'is gepland');
    const start = h.bot.deps.cases.get(id)!.schedule!.slot.start;
    const day = new Date(start).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const member = (name: string) => h.bot.deps.store.all('panel').find((m) => m.name === name)!;
    const panelOf = () =>
      h.bot.deps.cases
        .get(id)!
        .schedule!.participants.filter((p) => p.role === 'panel')
        .map((p) => p.name);
    expect(panelOf()).toEqual(['Bram Visser', 'Carla Smit']);

    // unavailable on another day changes nothing; deactivated does
    await editPanelMember(member('Bram Visser').id, { unavailable: '2027-06-01' });
    expect(panelOf()).toEqual(['Bram Visser', 'Carla Smit']);
    await editPanelMember(member('Bram Visser').id, { active: 'false' });
    expect(panelOf()).toEqual(['Carla Smit']);
    await h.connector.waitFor(() => threadPosts().some((p) => p.text?.includes('Bram Visser')));
    const when = threadPosts().find((p) => p.text?.includes('Bram Visser'))!.text as string;
    expect(when).toContain(
      `Bram Visser is niet meer actief in de klankbordgroep en staat daarom niet meer bij de deelnemers van de toets van ${id} op `,
    );
    expect(when).toContain('Laat het Bram Visser weten en zoek zo nodig een vervanger.');
    // Carla still has matching expertise: the rule for high impact still holds
    expect(when).not.toContain('passende expertise');

    await editPanelMember(member('Carla Smit').id, { unavailable: day });
    expect(panelOf()).toEqual([]);
    await h.connector.waitFor(() => threadPosts().some((p) => p.text?.includes('Carla Smit')));
    const carla = threadPosts().find((p) => p.text?.includes('Carla Smit'))!.text as string;
    expect(carla).toContain(`Carla Smit is niet beschikbaar op de dag van de toets van ${id}`);
    expect(carla).toContain(
      `Zonder Carla Smit is er bij deze toets met hoge impact geen lid van de klankbordgroep met passende expertise meer, en dat is wel nodig. Kies een moment met een ander lid: stel met "plan ${id}" nieuwe momenten voor.`,
    );
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.panel-left' }).map((e) => e.data)).toEqual([
      { memberId: member('Bram Visser').id, why: 'inactive', expertiseLost: false },
      { memberId: member('Carla Smit').id, why: 'unavailable', expertiseLost: true },
    ]);
    // the invitation no longer has them as attendees
    const ics = await fetchIcs(invitation);
    expect(ics.text).not.toContain('bram@example.org');
    expect(ics.text).not.toContain('carla@example.org');
  });

  it('the invitation and preparation-pack links expire after the assessment and stop once it is called off or the case is closed', async () => {
    // outside test 2, section 2: these links carried no expiry and served the case for good
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    await execute(h, users.member2, {
      ...actionData(await panelAccepts(proposal, id, 0), 'schedule.confirm'),
      slot: '0',
    });
    const slot = h.bot.deps.cases.get(id)!.schedule!.slot;
    await h.connector.waitFor(() => personal(users.member2).some((x) => JSON.stringify(x.body).includes('is gepland')));
    const invite = (lastCardTo(users.member2, 'is gepland').actions as any[]).find((a) => a.type === 'Action.OpenUrl')
      .url as string;
    h.clock.set(new Date(Date.parse(slot.start) - 3 * 86_400_000));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() =>
      personal(users.member2).some((x) => JSON.stringify(x.body).includes('Voorbereiding')),
    );
    const prep = (lastCardTo(users.member2, 'Voorbereiding toets').actions as any[]).find(
      (a) => a.type === 'Action.OpenUrl',
    ).url as string;
    // both carry an expiry: three days after the assessment ends
    for (const link of [invite, prep])
      expect(Number(new URL(link).searchParams.get('exp'))).toBe(Date.parse(slot.end) + 3 * 86_400_000);
    expect((await fetch(invite)).status).toBe(200);
    expect(await (await fetch(prep)).text()).toContain('Energie besparen');
    const noLonger = async (link: string) => {
      const res = await fetch(link);
      expect(res.status).toBe(410);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('Deze link is niet meer geldig.');
    };
    // a link signed before these links expired (no exp) no longer works; a forged one is no link at all
    await noLonger(h.bot.deps.links.url(new URL(prep).pathname));
    await noLonger(h.bot.deps.links.url(new URL(invite).pathname));
    expect((await fetch(prep.replace(/sig=[^&]+/, 'sig=forged'))).status).toBe(404);

    // the case closed: neither is served
    const scheduled = h.bot.deps.cases.get(id)!;
    await h.bot.deps.store.transact((tx) => tx.put('cases', { ...scheduled, state: 'closed' }));
    await noLonger(invite);
    await noLonger(prep);
    await h.bot.deps.store.transact((tx) => tx.put('cases', scheduled));
    expect((await fetch(prep)).status).toBe(200);

    // three days after the assessment: expired
    h.clock.set(new Date(Date.parse(slot.end) + 3 * 86_400_000 + 1000));
    await noLonger(invite);
    await noLonger(prep);

    // called off: the pack is no longer served; the cancellation is
    h.clock.set(new Date(Date.parse(slot.start) - 86_400_000));
    const c = h.bot.deps.cases.get(id)!;
    await execute(h, users.member2, { verb: 'schedule.cancel', caseId: id, rev: c.rev });
    expect(h.bot.deps.cases.get(id)!.schedule!.cancelledAt).toBeTruthy();
    await noLonger(prep);
    await h.connector.waitFor(() =>
      personal(users.member2).some((x) => JSON.stringify(x.body).includes('is afgezegd')),
    );
    const cancellation = await fetchIcs(lastCardTo(users.member2, 'is afgezegd'));
    expect(cancellation.status).toBe(200);
    expect(parseEvent(cancellation.text).method).toBe('CANCEL');
  });

  it('a lead whose Teams is in English gets the poll, the invitation, the pack, the reminder and the files in English; the files the handler sends outside Teams stay Dutch', async () => {
    const { id, triage } = await acceptedCase('high', 'en-US');
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    await execute(h, users.member2, actionData(proposal, 'schedule.poll'));
    await h.connector.waitFor(
      () =>
        personal(users.lead).some((c) => JSON.stringify(c.body).includes('schedule.answer')) &&
        personal(panelUser).some((c) => JSON.stringify(c.body).includes('schedule.answer')),
    );
    const poll = cardText(lastCardTo(users.lead, 'schedule.answer'));
    expect(poll).toContain(`Can you attend the assessment of ${id}?`);
    expect(poll).toContain('Please tell us for each moment whether you can come.');
    expect(cardText(lastCardTo(panelUser, 'schedule.answer'))).toContain(`Kun je bij de toets van ${id}?`);

    const answered = await panelAccepts(proposal, id, 0);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' });
    await h.connector.waitFor(
      () =>
        personal(users.lead).some((x) => JSON.stringify(x.body).includes('is planned')) &&
        personal(users.member2).some((x) => JSON.stringify(x.body).includes('is gepland')),
    );
    const invite = lastCardTo(users.lead, 'is planned');
    expect(cardText(invite)).toContain(`Assessment ${id} is planned`);
    expect(cardText(invite)).toContain('Add the assessment to your calendar with the invitation below.');
    expect(cardText(invite)).toContain('Calendar invitation (.ics)');
    const ics = parseEvent((await fetchIcs(invite)).text).event;
    expect(ics.summary).toContain(`Ethics assessment ${id}`);
    expect(ics.description).toContain('The case description is not in this invitation');
    // the handler forwards the file to people outside Teams, whose language is not known: Dutch
    const forOutside = parseEvent((await fetchIcs(lastCardTo(users.member2, 'is gepland'))).text).event;
    expect(forOutside.summary).toContain(`Ethische toets ${id}`);
    expect(forOutside.description).toContain('De zaakbeschrijving staat niet in deze uitnodiging');

    h.clock.set(new Date('2026-12-03T08:30:00Z')); // the pack is due; the assessment is on Monday 7 December
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() =>
      personal(users.lead).some((x) => JSON.stringify(x.body).includes('Preparation for assessment')),
    );
    const prep = lastCardTo(users.lead, 'Preparation for assessment');
    expect(cardText(prep)).toContain('Below is the case description.');
    expect(cardText(prep)).not.toContain('Doel');
    const pack = await (await fetch(prep.actions.find((a: any) => a.type === 'Action.OpenUrl').url)).text();
    expect(pack).toContain('Purpose: what does the project want to achieve?');

    h.clock.set(new Date('2026-12-04T08:00:00Z'));
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => personal(users.lead).some((x) => JSON.stringify(x.body).includes('Reminder')));
    const reminder = cardText(lastCardTo(users.lead, 'Reminder'));
    expect(reminder).toContain(`Assessment ${id} on Mon 7 Dec 2026`);
    expect(reminder).toContain('Reminder: the assessment is on Mon 7 Dec 2026, 09:30.');
  });

  it('calling off asks the handler to send the cancellation and to tell who has no address, promises no pack, and offers "Afzegging (.ics)"', async () => {
    const { id, triage } = await acceptedCase();
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const answered = await panelAccepts(proposal, id, 0);
    await execute(h, users.member2, { ...actionData(answered, 'schedule.confirm'), slot: '0' });
    await h.connector.waitFor(() => personal(users.member2).some((x) => JSON.stringify(x.body).includes('is gepland')));
    const planned = cardText(lastCardTo(users.member2, 'is gepland'));
    expect(planned).toMatch(/Stuur de uitnodiging naar deelnemers buiten Teams \(e-mail\): [a-z]+@example\.org/);
    expect(planned).toContain('De voorbereiding volgt 5 werkdagen vooraf.');

    await execute(h, users.member, { verb: 'schedule.cancel', caseId: id, rev: h.bot.deps.cases.get(id)!.rev });
    await h.connector.waitFor(
      () =>
        personal(users.member2).some((x) => JSON.stringify(x.body).includes('is afgezegd')) &&
        personal(users.lead).some((x) => JSON.stringify(x.body).includes('is afgezegd')),
    );
    const card = lastCardTo(users.member2, 'is afgezegd');
    const text = cardText(card);
    expect(text).toMatch(/Stuur de afzegging naar de deelnemers buiten Teams \(e-mail\): [a-z]+@example\.org/);
    expect(text).toContain(
      'Deze deelnemers hebben geen e-mailadres in de aanmelding en zitten niet in Teams; laat ze zelf weten dat de toets niet doorgaat: Jan de Wit (privacy officer).',
    );
    expect(text).not.toContain('uitnodiging');
    expect(text).not.toContain('nodig ze zelf uit');
    expect(text).not.toContain('voorbereiding');
    for (const notice of [card, lastCardTo(users.lead, 'is afgezegd')]) {
      const button = (notice.actions as any[]).find((a) => a.type === 'Action.OpenUrl');
      expect(button.title).toBe('Afzegging (.ics)');
      expect(parseEvent((await fetchIcs(notice)).text).method).toBe('CANCEL');
    }
  });

  it('leaves out the sentences about people outside Teams when there is nobody to send to, instead of a dash', async () => {
    const { id, triage } = await acceptedCase('low');
    const proposal = cardOf(await execute(h, users.member2, actionData(triage, 'schedule.propose')));
    const p = h.bot.deps.store.find('proposals', (x) => x.caseId === id && !x.superseded)[0]!;
    expect(p.slots[0]!.panel).toEqual([]);
    await execute(h, users.member2, { ...actionData(proposal, 'schedule.confirm'), slot: '0' });
    // low impact, five working days ahead: the pack is due at once
    await h.connector.waitFor(
      () =>
        personal(users.member2).some((x) => JSON.stringify(x.body).includes('is gepland')) &&
        personal(users.member2).some((x) => JSON.stringify(x.body).includes('Voorbereiding toets')),
    );
    const planned = cardText(lastCardTo(users.member2, 'is gepland'));
    expect(planned).not.toContain('–');
    expect(planned).not.toContain('Stuur de uitnodiging');
    expect(planned).toContain('De voorbereiding volgt 5 werkdagen vooraf.');
    expect(planned).toContain('nodig ze zelf uit: Jan de Wit (privacy officer).');
    const prep = cardText(lastCardTo(users.member2, 'Voorbereiding toets'));
    expect(prep).not.toContain('–');
    expect(prep).not.toContain('externe leden');
    expect(prep).toContain('Hieronder de zaakbeschrijving.');

    await execute(h, users.member2, { verb: 'schedule.cancel', caseId: id, rev: h.bot.deps.cases.get(id)!.rev });
    await h.connector.waitFor(() =>
      personal(users.member2).some((x) => JSON.stringify(x.body).includes('is afgezegd')),
    );
    const cancelled = cardText(lastCardTo(users.member2, 'is afgezegd'));
    expect(cancelled).not.toContain('–');
    expect(cancelled).not.toContain('Stuur de afzegging');
    expect(cancelled).toContain('laat ze zelf weten dat de toets niet doorgaat: Jan de Wit (privacy officer).');
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
