import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import {
  groupChatMessage,
  personalConversationId,
  TEAM_ID,
  TRIAGE_CHANNEL,
  users,
  type TestUser,
} from '../support/activities.js';
import { actionData, cardOf, cardText, LINK_NAMES } from '../support/cards.js';
import {
  acceptCase,
  assessmentBegins,
  execute,
  installFor,
  installInUthiekTeam,
  say,
  scheduledCase,
  submitCase,
  triageChannel,
} from '../support/flows.js';
import { reportFor } from '../../src/app/report.js';

/** Issue 15: where the audit's leaks reopen — each point through /api/messages. */

let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
});

const to = (u: TestUser) => h.connector.sent(personalConversationId(u));
const cardsTo = (u: TestUser, includes: string) => to(u).filter((c) => JSON.stringify(c.body).includes(includes));
const lastCardTo = (u: TestUser, includes: string) => cardOf(cardsTo(u, includes).at(-1)!.body);
const inTriageThread = (includes: string) =>
  h.connector.calls.filter(
    (x) => x.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`) && JSON.stringify(x.body).includes(includes),
  );
/** The latest version of the case's card in Team Uthiek's channel (posted, or updated in place). */
const triageCardText = (id: string) => {
  const calls = h.connector.calls.filter(
    // only the triage card has this title; it is posted as a new thread, then updated in place
    (x) => (x.body?.activity ?? x.body)?.attachments && JSON.stringify(x.body).includes(`Nieuwe zaak ${id}`),
  );
  const last = calls.at(-1)?.body;
  return last ? cardText(cardOf(last.activity ?? last)) : '';
};

/** Moves the clock and runs what became due: the look at the case, then what it queued. */
async function at(iso: string) {
  h.clock.set(iso);
  for (let i = 0; i < 3; i++) await h.bot.deps.jobs.tick();
}

/** The outcome of a scheduled case, with two advice items. */
async function recordOutcome(id: string) {
  const triage = triageChannel(h, id);
  const heldOn = assessmentBegins(h, id);
  const card = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
  return execute(
    h,
    users.member2,
    {
      ...actionData(card, 'outcome.save'),
      count: 2,
      heldOn,
      reportUrl: 'https://utrecht.example/verslag.pdf',
      item_0_text: 'Sla geen beelden op.',
      item_0_values: 'privacy',
      item_0_due: '2027-01-11',
      item_1_text: 'Vraag de wijkraad om advies.',
      item_1_values: 'autonomie',
      item_1_due: '2027-01-11',
    },
    triage,
  );
}

describe('follow-through through the HTTP endpoint', () => {
  it('a pending decision is chased and escalated; rejecting all advice goes to the handler, who escalates it', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    // the case's card offers to record the outcome only once the assessment has begun
    await h.bot.deps.jobs.tick();
    expect(triageCardText(id)).toContain('Toets afzeggen');
    expect(triageCardText(id)).not.toContain('Uitkomst vastleggen');
    await at(new Date(Date.parse(h.bot.deps.cases.get(id)!.schedule!.slot.start) + 60_000).toISOString());
    await h.connector.waitFor(() => triageCardText(id).includes('Uitkomst vastleggen'));
    await recordOutcome(id);
    await h.connector.waitFor(() => cardsTo(users.lead, 'decision.save').length === 1);
    // the decision card carries the final report
    const first = lastCardTo(users.lead, 'decision.save');
    expect(first.actions.find((a: any) => a.type === 'Action.OpenUrl')).toMatchObject({
      title: 'Eindverslag lezen',
      url: 'https://utrecht.example/verslag.pdf',
    });

    // five working days after the outcome (Monday 30 November): the first reminder, then one a cadence later
    await at('2026-12-04T10:00:00Z');
    expect(cardsTo(users.lead, 'decision.save')).toHaveLength(1);
    await at('2026-12-07T08:30:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'Herinnering: je besluit').length === 1);
    expect(cardText(lastCardTo(users.lead, 'Herinnering: je besluit'))).toContain('(herinnering 1)');
    await at('2026-12-14T08:30:00Z');
    await at('2026-12-21T08:30:00Z');
    // after two unanswered reminders the case handler hears of it in the case's thread
    const inThread = () => inTriageThread('Het besluit van Sanne de Vries').filter((x) => x.method === 'POST');
    await h.connector.waitFor(() => inThread().length === 1);
    expect(JSON.stringify(inThread()[0]!.body)).toContain('na 2 herinneringen nog niet vastgelegd');
    // the case's card says where the decision stands
    expect(triageCardText(id)).toContain('Het besluit van Sanne de Vries over het advies is nog niet vastgelegd');
    expect(h.bot.deps.store.events({ caseId: id, type: 'nudge.escalated' })[0]!.data).toEqual({
      itemId: 'decision',
      level: 'handler',
    });
    expect(h.bot.deps.cases.get(id)!.decisionChase?.escalation).toBe('handler');

    // the lead rejects all advice: the case does not close; the handler reviews the decision
    const card = lastCardTo(users.lead, 'decision.save');
    const c = h.bot.deps.cases.get(id)!;
    const form: Record<string, string> = { overall: 'not', overallReason: 'Geen tijd.' };
    for (const item of c.advice)
      Object.assign(form, { [`item_${item.id}_decision`]: 'not', [`item_${item.id}_reason`]: 'Geen tijd.' });
    const saved = await execute(h, users.lead, { ...actionData(card, 'decision.save'), ...form });
    expect(cardText(cardOf(saved))).toContain('legt Team Uthiek je besluit voor aan de behandelaar');
    expect(h.bot.deps.cases.get(id)!.state).toBe('follow-up');
    await h.connector.waitFor(() => inTriageThread('review.escalate').length === 1);
    const review = cardOf(inTriageThread('review.escalate')[0]!.body);
    expect(cardText(review)).toContain('Geen tijd.');
    // only Team Uthiek answers a review
    const refused = await execute(h, users.lead, { ...actionData(review, 'review.escalate'), level: 'directieraad' });
    expect(JSON.stringify(refused)).toContain('Alleen Team Uthiek beoordeelt');
    const noLevel = await execute(
      h,
      users.member2,
      { ...actionData(review, 'review.escalate'), level: 'ministerie' },
      triageChannel(h, id),
    );
    expect(cardText(cardOf(noLevel))).toContain('Kies een niveau van de escalatielijn');
    const escalated = await execute(
      h,
      users.member2,
      { ...actionData(review, 'review.escalate'), level: 'directieraad', escalateNote: 'Principieel.' },
      triageChannel(h, id),
    );
    expect(cardText(cardOf(escalated))).toContain('Geëscaleerd naar Directieraad door Fatima El Amrani');
    expect(h.bot.deps.cases.get(id)!.state).toBe('closed');
    await h.connector.waitFor(() => cardsTo(users.lead, 'voorgelegd aan Directieraad').length === 1);

    const report = await reportFor(h.bot.deps, { year: 2026 });
    expect(report.followThrough.reviewsEscalated).toEqual([
      {
        level: 'Directieraad',
        escalated: { value: 1, caseIds: [id], ids: [`${id}/${h.bot.deps.cases.get(id)!.reviews![0]!.id}`] },
      },
    ]);
    expect(report.followThrough.escalatedToHandler.ids).toEqual([`${id}/decision`]);
  });

  it('snoozes count as an answer twice in a row; after that the reminders stay unanswered', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id);
    await h.connector.waitFor(() => cardsTo(users.lead, 'decision.save').length === 1);
    const card = lastCardTo(users.lead, 'decision.save');
    const form: Record<string, string> = { overall: 'adopt', overallReason: 'Goed advies.' };
    for (const item of h.bot.deps.cases.get(id)!.advice)
      Object.assign(form, { [`item_${item.id}_decision`]: 'adopt', [`item_${item.id}_reason`]: '' });
    await execute(h, users.lead, { ...actionData(card, 'decision.save'), ...form });

    const snoozeOnce = async (iso: string) => {
      await at(iso);
      await h.connector.waitFor(() => cardsTo(users.lead, 'followup.snooze').length > 0);
      const nudge = lastCardTo(users.lead, 'followup.snooze');
      return {
        nudge,
        answer: await execute(h, users.lead, { ...actionData(nudge, 'followup.snooze'), until: 'week' }),
      };
    };
    const one = await snoozeOnce('2027-01-11T09:30:00Z');
    expect(cardText(cardOf(one.answer))).not.toContain('telt niet als antwoord');
    const two = await snoozeOnce('2027-01-18T09:30:00Z');
    expect(cardText(cardOf(two.answer))).not.toContain('telt niet als antwoord');
    const three = await snoozeOnce('2027-01-25T09:30:00Z');
    expect(cardText(three.nudge)).toContain('Opnieuw uitstellen kan, maar telt niet meer als antwoord');
    expect(cardText(cardOf(three.answer))).toContain('dit uitstel telt niet als antwoord');
    const snoozes = h.bot.deps.store.events({ caseId: id, type: 'advice.snoozed' });
    expect(snoozes.filter((e) => e.data!.itemId === snoozes[0]!.data!.itemId).map((e) => e.data!.counted)).toEqual([
      true,
      true,
      false,
    ]);
    expect(h.bot.deps.cases.get(id)!.advice[0]!.unansweredNudges).toBe(1);
    // the items are now postponed past their due date, and the report says so
    expect((await reportFor(h.bot.deps, { year: 2027 })).followThrough.snoozedPastDue.caseIds).toEqual([id]);
  });

  it('the lead withdraws a case before acceptance; Team Uthiek sees it; after acceptance it is refused', async () => {
    const id = await submitCase(h);
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    expect(JSON.stringify(await say(h, users.member2, 'zaken'))).toContain(id);
    const form = cardOf((await say(h, users.lead, `intrekken ${id}`))[0]);
    expect(cardText(form)).toContain(`Aanmelding ${id} intrekken`);
    const other = await execute(h, users.outsider, { ...actionData(form, 'case.withdraw'), reason: 'x' });
    expect(JSON.stringify(other)).toContain('Alleen de projectleider of wie het project heeft aangemeld');
    const done = await execute(h, users.lead, { ...actionData(form, 'case.withdraw'), reason: 'Project gestopt.' });
    expect(cardText(cardOf(done))).toContain(`Je aanmelding ${id} is ingetrokken`);
    expect(h.bot.deps.cases.get(id)).toMatchObject({ state: 'abandoned', withdrawReason: 'Project gestopt.' });
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.abandon' })[0]!.data).toEqual({ by: 'lead' });
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => triageCardText(id).includes('Ingetrokken door Sanne de Vries'));
    // confirmed again (a double click, a resent invoke): the first answer; later, or asked for again: the
    // result, not a wrong explanation
    const confirmAgain = { ...actionData(form, 'case.withdraw'), reason: 'Project gestopt.' };
    expect(await execute(h, users.lead, confirmAgain)).toEqual(done);
    h.clock.advance(5 * 60_000);
    const again = await execute(h, users.lead, confirmAgain);
    expect(again.value).toBe(`Je aanmelding ${id} is al ingetrokken.`);
    expect(JSON.stringify(await say(h, users.lead, `intrekken ${id}`))).toContain(
      `Je aanmelding ${id} is al ingetrokken.`,
    );
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.abandon' })).toHaveLength(1);
    // the read models follow: off Team Uthiek's list of open cases, on the lead's own list as ended
    expect(JSON.stringify(await say(h, users.member2, 'zaken'))).not.toContain(id);
    expect(cardText(cardOf((await say(h, users.lead, 'mijn zaken'))[0]))).toContain(`${id} · ingetrokken`);

    const accepted = await scheduledCase(h, users.lead, users.member2);
    const late = await say(h, users.lead, `intrekken ${accepted}`);
    expect(JSON.stringify(late)).toContain(
      'Intrekken kan alleen zolang Team Uthiek de zaak nog niet heeft geaccepteerd',
    );
  });

  it('Team Uthiek cancels a scheduled case with a reason: the meeting is called off and the lead is told', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    expect(JSON.stringify(await say(h, users.member2, 'zaken'))).toContain(id);
    const triage = triageChannel(h, id);
    const rev = h.bot.deps.cases.get(id)!.rev;
    const noReason = await execute(h, users.member2, { verb: 'case.cancel', caseId: id, rev }, triage);
    expect(JSON.stringify(noReason)).toContain('Geef een reden om te annuleren');
    const byLead = await execute(h, users.lead, { verb: 'case.cancel', caseId: id, rev, cancelReason: 'x' });
    expect(JSON.stringify(byLead)).toContain('Alleen Team Uthiek kan een zaak annuleren');
    const done = await execute(
      h,
      users.member2,
      { verb: 'case.cancel', caseId: id, rev, cancelReason: 'Het project is stopgezet.' },
      triage,
    );
    expect(JSON.stringify(done)).toContain(`Zaak ${id} is geannuleerd`);
    const c = h.bot.deps.cases.get(id)!;
    expect(c).toMatchObject({ state: 'cancelled', cancelReason: 'Het project is stopgezet.' });
    expect(c.schedule?.cancelledAt).toBeDefined();
    await h.connector.waitFor(() => cardsTo(users.lead, 'heeft zaak').length === 1);
    expect(cardText(lastCardTo(users.lead, 'heeft zaak'))).toContain('Het project is stopgezet.');
    await h.connector.waitFor(() => cardsTo(users.lead, 'is afgezegd').length === 1);
    expect(JSON.stringify(await say(h, users.member2, 'zaken'))).not.toContain(id);
    expect(cardText(cardOf((await say(h, users.lead, 'mijn zaken'))[0]))).toContain(`${id} · geannuleerd`);
  });

  it('an assessment held outside the bot: date and participants, no invitations; then the outcome at once', async () => {
    const id = await submitCase(h);
    await acceptCase(
      h,
      users.member2,
      id,
      'Alleen een proef in twee straten; er worden geen besluiten over inwoners genomen.',
    );
    const triage = triageChannel(h, id);
    const form = cardOf(await execute(h, users.member2, { verb: 'outcome.held', caseId: id }, triage));
    const future = await execute(h, users.member2, { ...actionData(form, 'outcome.heldSave'), heldOn: '2027-01-05' });
    expect(cardText(cardOf(future))).toContain('niet in de toekomst');
    // registered on 23 November: a date before that would give a negative lead time in the report
    const early = await execute(h, users.member2, { ...actionData(form, 'outcome.heldSave'), heldOn: '2026-11-20' });
    expect(cardText(cardOf(early))).toContain(
      'De toets kan niet eerder zijn gehouden dan de zaak is aangemeld: vul 23 november 2026 of later in.',
    );
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
    // a participant's name holds no web or e-mail address: refused, nothing recorded
    for (const others of LINK_NAMES.map((n) => `Piet Bos, ${n}`)) {
      const linked = await execute(h, users.member2, {
        ...actionData(form, 'outcome.heldSave'),
        heldOn: '2026-11-23',
        others,
      });
      expect(cardText(cardOf(linked))).toContain(
        'De andere deelnemers: een naam mag geen link of e-mailadres bevatten. Er is nog niets opgeslagen.',
      );
      expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
    }
    h.connector.clear();
    const saved = await execute(
      h,
      users.member2,
      { ...actionData(form, 'outcome.heldSave'), heldOn: '2026-11-23', others: 'Jan de Wit, Piet Bos' },
      triage,
    );
    const outcomeForm = cardOf(saved);
    expect(cardText(outcomeForm)).toContain('er zijn geen uitnodigingen verstuurd');
    const c = h.bot.deps.cases.get(id)!;
    expect(c.state).toBe('scheduled');
    expect(c.schedule).toMatchObject({ heldOutside: true });
    expect(c.schedule!.participants.filter((p) => p.role === 'other').map((p) => p.name)).toEqual([
      'Jan de Wit',
      'Piet Bos',
    ]);
    await h.bot.deps.jobs.tick();
    expect(cardsTo(users.lead, 'is gepland')).toHaveLength(0);
    // an action owner is a name or an e-mail address on its own; a name with a link is refused
    const item = { item_0_text: 'Documenteer de keuzes.', item_0_values: 'privacy', item_0_due: '2027-02-01' };
    for (const owner of [...LINK_NAMES, 'Olga olga@utrecht.example']) {
      const linked = await execute(
        h,
        users.member2,
        {
          ...actionData(outcomeForm, 'outcome.save'),
          heldOn: '2026-11-23',
          reportUrl: 'https://utrecht.example/extern.pdf',
          ...item,
          item_0_owner: owner,
        },
        triage,
      );
      expect(cardText(cardOf(linked))).toContain(
        'Adviespunt 1: een naam mag geen link of e-mailadres bevatten. Vul als actiehouder een naam of alleen een e-mailadres in. Er is nog niets opgeslagen.',
      );
      expect(h.bot.deps.cases.get(id)!.state).toBe('scheduled');
    }
    // the outcome can be recorded right away: the assessment has been held
    const recorded = await execute(
      h,
      users.member2,
      {
        ...actionData(outcomeForm, 'outcome.save'),
        heldOn: '2026-11-23',
        reportUrl: 'https://utrecht.example/extern.pdf',
        item_0_text: 'Documenteer de keuzes.',
        item_0_values: 'privacy',
        item_0_due: '2027-02-01',
      },
      triage,
    );
    expect(JSON.stringify(recorded)).toContain('is vastgelegd');
    expect(h.bot.deps.cases.get(id)!.state).toBe('assessed');
    const report = await reportFor(h.bot.deps, { year: 2026 });
    expect(report.assessments.held.caseIds).toEqual([id]);
    // registered and held on 23 November: 0 days, not a negative part of one (UTC midnight)
    expect(report.leadTimes.intakeToAssessment.cases).toEqual([{ caseId: id, days: 0 }]);
  });

  it('an assessment held outside the bot after one was called off shows its date only, never a made-up time', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    const triage = triageChannel(h, id);
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => cardsTo(users.lead, 'is gepland').length > 0);
    const invitation = lastCardTo(users.lead, 'is gepland');
    const ics = (invitation.actions as { type: string; url?: string }[]).find((a) => a.url?.includes('.ics'))!.url!;
    expect((await fetch(ics)).status).toBe(200);
    await execute(
      h,
      users.member2,
      { verb: 'schedule.cancel', caseId: id, rev: h.bot.deps.cases.get(id)!.rev },
      triage,
    );
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
    const form = cardOf(await execute(h, users.member2, { verb: 'outcome.held', caseId: id }, triage));
    await execute(h, users.member2, { ...actionData(form, 'outcome.heldSave'), heldOn: '2026-11-23' }, triage);
    expect(h.bot.deps.cases.get(id)!.schedule).toMatchObject({ heldOutside: true });
    // the lead's invitation to the meeting that was called off, as Teams refreshes it
    const refreshed = cardText(cardOf(await execute(h, users.lead, invitation.refresh.action.data)));
    expect(refreshed).toContain('Dit bericht is achterhaald: de toets is op ma 23 nov 2026 buiten de bot gehouden.');
    expect(refreshed).not.toMatch(/\d\d:\d\d/);
    // the calendar file of that invitation is not the assessment held outside, with a time of day
    expect((await fetch(ics)).status).toBe(404);
  });

  it('the lead is a person: named on the triage card, or the named lead found in Teams by e-mail', async () => {
    const own = await submitCase(h);
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${own}`)));
    expect(h.bot.deps.cases.get(own)!.lead).toMatchObject({ name: 'Sanne de Vries', source: 'self' });
    expect(triageCardText(own)).toContain('Sanne de Vries');
    expect(triageCardText(own)).not.toMatch(/Projectleider\s*projectleider/);

    h.connector.members.set(TEAM_ID, [
      ...h.connector.members.get(TEAM_ID)!,
      { id: '29:mila', aadObjectId: 'aad-mila', name: 'Mila Verhoeven', email: 'mila@utrecht.example' },
    ]);
    const named = await submitCase(h, users.lead, {
      basics: { leadIsMe: 'false', leadName: 'Mila Verhoeven', leadEmail: 'mila@utrecht.example' },
    });
    // the lead is looked up in Teams by a job, after the click
    const looked = (id: string) => h.bot.deps.cases.get(id)!.lead?.source !== 'pending';
    await h.connector.waitFor(() => looked(named));
    const c = h.bot.deps.cases.get(named)!;
    expect(c.leadId).toBe('aad-mila');
    expect(c.lead).toMatchObject({ name: 'Mila Verhoeven', email: 'mila@utrecht.example', source: 'teams' });
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${named}`)));
    expect(triageCardText(named)).toContain('Mila Verhoeven (mila@utrecht.example)');
    expect(triageCardText(named)).toContain('Sanne de Vries');

    // in Teams the lead is chosen with the people picker: an object id, name and address come from Teams
    const pickedId = '5f0c2a1e-7d3b-4c9a-9e8f-0a1b2c3d4e5f';
    h.connector.members.set(TEAM_ID, [
      ...h.connector.members.get(TEAM_ID)!,
      { id: '29:joost', aadObjectId: pickedId, name: 'Joost Kramer', email: 'joost@utrecht.example' },
    ]);
    const picked = await submitCase(h, users.lead, {
      basics: { leadIsMe: 'false', leadName: '', leadEmail: '', leadAadObjectId: pickedId.toUpperCase() },
    });
    await h.connector.waitFor(() => looked(picked));
    expect(h.bot.deps.cases.get(picked)).toMatchObject({
      leadId: pickedId,
      lead: { name: 'Joost Kramer', email: 'joost@utrecht.example', source: 'teams' },
    });
  });
});

describe('signals per thread, announcements, "al aangemeld"', () => {
  const SIGNAL = "We willen volgend jaar een pilot starten met slimme camera's in het centrum die drukte meten.";
  const SIGNAL_2 =
    'Plan: we gaan een algoritme inzetten dat bepaalt welke bijstandsaanvragen extra gecontroleerd worden.';
  const base = () => ({ serviceUrl: h.connector.url });
  const invitations = () => cardsTo(users.lead, 'signal.start');

  it('one answer in a group chat does not silence the chat; a reply in the same thread is not asked about', async () => {
    const first = groupChatMessage(users.lead, SIGNAL, base());
    await h.post(first);
    await h.connector.waitFor(() => invitations().length === 1);
    const card = cardOf(invitations()[0]!.body);
    await execute(h, users.lead, { ...actionData(card, 'signal.dismiss'), reason: 'not-a-project' });
    // another project, another thread in the same chat: a new question
    await h.post(groupChatMessage(users.lead, SIGNAL_2, base()));
    await h.connector.waitFor(() => invitations().length === 2);
    // a reply in the first thread about something else: same thread, not asked
    await h.post({
      ...groupChatMessage(users.lead, 'Ook willen we een chatbot laten bouwen die inwoners helpt met afval.', base()),
      replyToId: first.id,
    });
    await h.bot.deps.jobs.tick();
    expect(invitations()).toHaveLength(2);
    expect(h.bot.deps.store.all('signals').map((s: any) => s.threadKey)).toEqual([
      `19:groupchat@thread.v2#${first.id}`,
      expect.stringMatching(/^19:groupchat@thread\.v2#/),
    ]);
  });

  it('an @mentioned announcement gets the invitation in place; "al aangemeld" links to the case', async () => {
    const id = await submitCase(h);
    h.connector.clear();
    await h.post(
      groupChatMessage(users.lead, 'We starten met een pilot met slimme lantaarnpalen.', {
        ...base(),
        mention: true,
      }),
    );
    const reply = h.connector
      .sent('19:groupchat@thread.v2')
      .find((x) => JSON.stringify(x.body).includes('signal.start'));
    expect(reply).toBeDefined();
    const card = cardOf(reply!.body);
    expect(cardText(card)).toContain('Gaat dit over een nieuw digitaliseringsproject?');
    expect(JSON.stringify(reply!.body)).not.toContain('begrijp ik niet');

    // "al aangemeld" is not believed blindly: the look-up shows the case the message names
    const lookUp = cardOf(
      await execute(h, users.lead, { ...actionData(card, 'signal.dismiss'), reason: 'already-registered' }),
    );
    expect(cardText(lookUp)).toContain('Bij welke zaak hoort dit project?');
    expect(cardText(lookUp)).toContain(id);
    const none = cardOf(await execute(h, users.lead, { ...actionData(lookUp, 'signal.link'), query: 'zwembad' }));
    expect(cardText(none)).toContain('Ik vond geen zaak bij "zwembad"');
    const linked = await execute(h, users.lead, { ...actionData(lookUp, 'signal.link'), caseId: id });
    expect(cardText(cardOf(linked))).toContain(`Je bericht is gekoppeld aan ${id}`);
    const s = h.bot.deps.store.all('signals')[0] as any;
    expect(s).toMatchObject({ status: 'dismissed', dismissReason: 'already-registered', caseId: id });
  });
});
