import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, TEAM_ID, TRIAGE_CHANNEL, users, type TestUser } from '../support/activities.js';
import { actionData, cardOf, cardText, inputs } from '../support/cards.js';
import {
  addPanelMember,
  assessmentBegins,
  execute,
  installFor,
  installInUthiekTeam,
  say,
  scheduledCase,
  triageChannel,
} from '../support/flows.js';

const owner: TestUser = { id: '29:owner', aadObjectId: 'aad-owner', name: 'Olga Eigenaar' };

let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await installInUthiekTeam(h);
  h.connector.members.set(TEAM_ID, [
    ...[users.member, users.member2].map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name })),
    { id: owner.id, aadObjectId: owner.aadObjectId, name: owner.name, email: 'olga@utrecht.example' },
  ]);
  await installFor(h, [users.lead, users.member2, owner]);
  await addPanelMember(h);
});

const to = (u: TestUser) => h.connector.sent(personalConversationId(u));
const cardsTo = (u: TestUser, includes: string) => to(u).filter((c) => JSON.stringify(c.body).includes(includes));
const lastCardTo = (u: TestUser, includes: string) => cardOf(cardsTo(u, includes).at(-1)!.body);

/** Records the outcome of a scheduled case with the given advice items. */
async function recordOutcome(id: string, items: { text: string; values: string; owner?: string; due: string }[]) {
  const triage = triageChannel(h, id);
  const heldOn = assessmentBegins(h, id);
  let card = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
  const form: Record<string, string> = { reportUrl: 'https://utrecht.example/verslag-uth.pdf', heldOn };
  items.forEach((item, i) =>
    Object.assign(form, {
      [`item_${i}_text`]: item.text,
      [`item_${i}_values`]: item.values,
      [`item_${i}_owner`]: item.owner ?? '',
      [`item_${i}_due`]: item.due,
    }),
  );
  if (items.length > 2)
    card = cardOf(
      await execute(h, users.member2, { ...actionData(card, 'outcome.more'), count: items.length }, triage),
    );
  return execute(
    h,
    users.member2,
    { ...actionData(card, 'outcome.save'), ...form, count: Math.max(2, items.length) },
    triage,
  );
}

/** The lead's decision card, filled in: every item adopted unless `not` lists it. */
async function decide(id: string, not: number[] = []) {
  await h.connector.waitFor(() => cardsTo(users.lead, 'decision.save').length > 0);
  const card = lastCardTo(users.lead, 'decision.save');
  const c = h.bot.deps.cases.get(id)!;
  const form: Record<string, string> = {
    overall: not.length ? 'partly' : 'adopt',
    overallReason: 'Past bij ons doel.',
  };
  c.advice.forEach((item, i) =>
    Object.assign(form, {
      [`item_${item.id}_decision`]: not.includes(i) ? 'not' : 'adopt',
      [`item_${item.id}_reason`]: not.includes(i) ? 'Te duur.' : '',
    }),
  );
  return execute(h, users.lead, { ...actionData(card, 'decision.save'), ...form });
}

/** Moves the clock and runs what became due, twice (a plan queues its sends). */
async function at(iso: string) {
  h.clock.set(iso);
  await h.bot.deps.jobs.tick();
  await h.bot.deps.jobs.tick();
}

describe('advice and follow-up through the HTTP endpoint', () => {
  it('outcome needs the report link and valid advice items; assessed only with both', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    const early = await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triageChannel(h, id));
    expect(JSON.stringify(early)).toContain('Een uitkomst vastleggen kan vanaf het begin van de toets');
    const bad = cardOf(await recordOutcome(id, [{ text: '', values: 'privacy', due: '2020-01-01' }]));
    expect(cardText(bad)).toContain('Adviespunt 1: vul advies');
    // a due date that is no calendar day (30 February) is refused like a past one
    const noDay = cardOf(
      await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-02-30' }]),
    );
    expect(cardText(noDay)).toContain('Adviespunt 1: vul advies');
    expect(h.bot.deps.cases.get(id)!.state).toBe('scheduled');
    const noUrl = cardOf(
      await execute(
        h,
        users.member2,
        {
          verb: 'outcome.save',
          caseId: id,
          rev: h.bot.deps.cases.get(id)!.rev,
          count: 2,
          reportUrl: 'ftp://x',
          heldOn: '2026-11-23',
          item_0_text: 'x',
          item_0_values: 'privacy',
          item_0_due: '2027-01-10',
        },
        triageChannel(h, id),
      ),
    );
    expect(cardText(noUrl)).toContain('link naar het eindverslag');
    expect(h.bot.deps.cases.get(id)!.state).toBe('scheduled');
    const lead = await execute(h, users.lead, { verb: 'outcome.open', caseId: id });
    expect(JSON.stringify(lead)).toContain('Alleen Team Uthiek');

    const ok = await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    expect(JSON.stringify(ok)).toContain('is vastgelegd');
    const c = h.bot.deps.cases.get(id)!;
    expect(c).toMatchObject({
      state: 'assessed',
      assessment: { reportUrl: 'https://utrecht.example/verslag-uth.pdf', heldAt: '2026-11-30' },
    });
    expect(c.advice).toHaveLength(1);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.record-assessment' })[0]!.data).toMatchObject({
      adviceCount: 1,
      dpiaStatus: 'in-progress',
      algorithm: false,
    });
  });

  it('decision → nudges on working days → inline update → closed when every item is settled', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [
      { text: 'Sla geen beelden op.', values: 'privacy', due: '2027-04-27' }, // Koningsdag, a Tuesday
      { text: 'Publiceer in het algoritmeregister.', values: 'controle-op-technologie', due: '2027-04-20' },
      { text: 'Vraag de wijkraad om advies.', values: 'autonomie', due: '2027-05-01' },
    ]);
    await h.connector.waitFor(() => cardsTo(users.lead, 'decision.save').length > 0);
    const refused = await execute(h, users.lead, {
      ...actionData(lastCardTo(users.lead, 'decision.save'), 'decision.save'),
      overall: 'adopt',
    });
    expect(cardText(cardOf(refused))).toContain('Punt 1: kies een besluit');
    const other = await execute(h, users.outsider, { verb: 'decision.save', caseId: id });
    expect(JSON.stringify(other)).toContain('Alleen de projectleider');
    const decided = await decide(id, [2]);
    expect(cardText(cardOf(decided))).toContain('Omdat je het advies niet volgt, legt Team Uthiek');
    const c = h.bot.deps.cases.get(id)!;
    expect(c.state).toBe('follow-up');
    expect(c.decision).toMatchObject({ overall: 'partly', reason: 'Past bij ons doel.' });
    expect(c.advice[2]).toMatchObject({ decision: 'not', status: 'not-followed', statusReason: 'Te duur.' });
    expect(h.bot.deps.store.events({ caseId: id, type: 'decision.recorded' })).toHaveLength(1);

    // nothing before the due date; on 20 April (a Tuesday) at 10:00 the nudge about item 2
    await at('2027-04-19T12:00:00Z');
    expect(cardsTo(users.lead, 'followup.update')).toHaveLength(0);
    await at('2027-04-20T08:00:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.update').length === 1);
    expect(cardText(lastCardTo(users.lead, 'followup.update'))).toContain('Publiceer in het algoritmeregister.');
    // item 1 is due on Koningsdag: no nudge that day, the next working day instead
    await at('2027-04-27T09:00:00Z');
    expect(cardsTo(users.lead, 'followup.update')).toHaveLength(1);
    await at('2027-04-28T07:30:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.update').length === 2);
    const nudge = lastCardTo(users.lead, 'followup.update');
    expect(cardText(nudge)).toContain('Sla geen beelden op.');

    // answered inline: one implemented, the other not followed without a reason is refused
    const item1 = c.advice[0]!.id;
    // "Bijwerken" without choosing a status is no answer: refused on the card, nothing changes
    const before = h.bot.deps.cases.get(id)!.advice[0]!;
    expect(before.unansweredNudges).toBe(1);
    // the status is not preset to the current one (Teams would send it as if chosen)
    expect(JSON.stringify(nudge)).toContain(
      `"id":"item_${item1}_status","label":"Nieuwe status van punt 1","value":""`,
    );
    const noStatus = await execute(h, users.lead, actionData(nudge, 'followup.update'));
    expect(cardText(cardOf(noStatus))).toContain('Kies bij minstens één punt een nieuwe status');
    const invalid = await execute(h, users.lead, {
      ...actionData(nudge, 'followup.update'),
      [`item_${item1}_status`]: 'done-ish',
    });
    expect(cardText(cardOf(invalid))).toContain('Punt 1: kies een status uit de lijst.');
    expect(cardText(cardOf(invalid))).not.toContain('geef een reden');
    expect(h.bot.deps.cases.get(id)!.advice[0]).toEqual(before);
    expect(h.bot.deps.store.events({ caseId: id, type: 'advice.status' })).toHaveLength(1);
    const noReason = await execute(h, users.lead, {
      ...actionData(nudge, 'followup.update'),
      [`item_${item1}_status`]: 'not-followed',
    });
    expect(cardText(cardOf(noReason))).toContain('geef een reden');
    await execute(h, users.lead, { ...actionData(nudge, 'followup.update'), [`item_${item1}_status`]: 'implemented' });
    const first = lastCardTo(users.lead, 'Publiceer in het algoritmeregister.');
    const done = await execute(h, users.lead, {
      ...actionData(first, 'followup.update'),
      [`item_${c.advice[1]!.id}_status`]: 'implemented',
    });
    // every item is settled, but item 3 was not followed: the case handler reviews that first
    expect(cardText(cardOf(done))).toContain('Bijgewerkt');
    expect(h.bot.deps.cases.get(id)!.state).toBe('follow-up');
    const reviewPost = () =>
      h.connector.calls.find(
        (x) =>
          x.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`) &&
          JSON.stringify(x.body).includes('review.accept'),
      );
    await h.connector.waitFor(() => Boolean(reviewPost()));
    const post = reviewPost()!.body as { text?: string; entities?: { mentioned: { id: string } }[] };
    expect(post.text).toContain(`<at>${users.member2.name}</at>`);
    expect(post.entities?.[0]?.mentioned.id).toBe(users.member2.id);
    const reviewCard = cardOf(post);
    expect(cardText(reviewCard)).toContain('Te duur.');
    // the decision as a whole is a sentence, not a status name between two colons; the lead's reason is a
    // paragraph of its own, labelled as the items' reasons are, not a run-on of that sentence
    expect(cardText(reviewCard)).toContain(
      'De projectleider neemt het advies als geheel deels over.\nReden van de projectleider: \nPast bij ons doel.',
    );
    const overall = reviewCard.body.find(
      (b: any) => b.text === 'De projectleider neemt het advies als geheel deels over.',
    );
    expect(overall).toMatchObject({ type: 'TextBlock', wrap: true });
    const accepted = await execute(
      h,
      users.member2,
      { ...actionData(reviewCard, 'review.accept'), acceptNote: 'Afgestemd met de wijkraad.' },
      triageChannel(h, id),
    );
    expect(cardText(cardOf(accepted))).toContain('Besluit geaccepteerd door');
    expect(h.bot.deps.cases.get(id)!.state).toBe('closed');
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.close' })[0]!.data).toEqual({ how: 'all-settled' });
    await h.connector.waitFor(() => cardsTo(users.lead, 'is beoordeeld').length === 1);
  });

  it('unanswered nudges escalate: to the handler in the Uthiek channel, then to the report', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    await decide(id);
    const thread = (call: { conversationId?: string }) =>
      call.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`);
    const days = ['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01', '2027-02-08', '2027-02-15'];
    for (const d of days) await at(`${d}T09:30:00Z`);
    await h.connector.waitFor(() =>
      h.connector.calls.some((x) => thread(x) && JSON.stringify(x.body).includes('na 2 herinneringen')),
    );
    const item = h.bot.deps.cases.get(id)!.advice[0]!;
    expect(item.escalation).toBe('report');
    expect(h.bot.deps.store.events({ caseId: id, type: 'nudge.escalated' }).map((e) => e.data!.level)).toEqual([
      'handler',
      'report',
    ]);
    expect(cardsTo(users.lead, 'followup.update').length).toBe(item.unansweredNudges);
    expect(item.unansweredNudges).toBeGreaterThanOrEqual(4);
  });

  it('snooze postpones, delegation sends the item to its owner (found by e-mail in Teams)', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [
      {
        text: 'Train de medewerkers.',
        values: 'menselijke-waardigheid',
        owner: 'olga@utrecht.example',
        due: '2027-03-01',
      },
    ]);
    // the owner is looked up in Teams by a job, after the click
    await h.connector.waitFor(() => Boolean(h.bot.deps.cases.get(id)!.advice[0]!.ownerId));
    expect(h.bot.deps.cases.get(id)!.advice[0]).toMatchObject({
      ownerId: owner.aadObjectId,
      ownerName: 'olga@utrecht.example',
    });
    await decide(id);
    await at('2027-03-01T09:00:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.update').length === 1);
    const nudge = lastCardTo(users.lead, 'followup.update');
    const snoozed = await execute(h, users.lead, actionData(nudge, 'followup.snooze', { until: 'week' }));
    expect(cardText(cardOf(snoozed))).toContain('ik vraag het opnieuw op');
    await at('2027-03-05T09:00:00Z');
    expect(cardsTo(users.lead, 'followup.update')).toHaveLength(1);
    await at('2027-03-08T09:00:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.update').length === 2);
    const notLead = await execute(
      h,
      users.outsider,
      actionData(lastCardTo(users.lead, 'followup.update'), 'followup.delegate'),
    );
    expect(JSON.stringify(notLead)).toContain('Alleen de projectleider of de actiehouder');
    await execute(h, users.lead, actionData(lastCardTo(users.lead, 'followup.update'), 'followup.delegate'));
    await at('2027-03-15T09:00:00Z');
    await h.connector.waitFor(() => cardsTo(owner, 'followup.update').length === 1);
    // the owner may update their own item
    const ownerNudge = lastCardTo(owner, 'followup.update');
    const itemId = h.bot.deps.cases.get(id)!.advice[0]!.id;
    await execute(h, owner, { ...actionData(ownerNudge, 'followup.update'), [`item_${itemId}_status`]: 'in-progress' });
    expect(h.bot.deps.cases.get(id)!.advice[0]!.status).toBe('in-progress');
  });

  it("the case's card in the channel follows a snooze and an escalation; a click on an older card answers with the current card", async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    await decide(id);
    const ref = h.bot.deps.store.get('messages', `triage:${id}`)!;
    /** The card in the channel as the bot last put it there, once it shows the case's current revision. */
    const channelCard = async () => {
      const rev = () => h.bot.deps.cases.get(id)!.rev;
      const latest = () =>
        h.connector.calls.filter((c) => c.method === 'PUT' && c.activityId === ref.activityId).at(-1)?.body;
      await h.connector.waitFor(() => latest() && actionData(cardOf(latest()), 'case.close').rev === rev());
      return cardOf(latest());
    };
    await at('2027-01-11T09:30:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.snooze').length === 1);
    const before = await channelCard();
    // the lead snoozes: the card in the channel follows
    const nudge = lastCardTo(users.lead, 'followup.snooze');
    await execute(h, users.lead, actionData(nudge, 'followup.snooze', { until: 'month' }));
    const afterSnooze = await channelCard();
    expect(actionData(afterSnooze, 'case.close').rev).not.toBe(actionData(before, 'case.close').rev);
    // unanswered reminders escalate to the handler: the card follows again
    for (const d of ['2027-02-11', '2027-02-18', '2027-02-25']) await at(`${d}T09:30:00Z`);
    await h.connector.waitFor(() => h.bot.deps.store.events({ caseId: id, type: 'nudge.escalated' }).length > 0);
    await channelCard();
    // "Sluiten bevestigen" on the card as it was before: nothing changes, and the answer is the current card to act on
    const close = { ...actionData(before, 'case.close'), closeReason: 'Afgerond in overleg.' };
    const stale = cardOf(await execute(h, users.member2, close, triageChannel(h, id)));
    expect(cardText(stale)).toContain('Deze kaart is verouderd');
    expect(actionData(stale, 'case.close').rev).toBe(h.bot.deps.cases.get(id)!.rev);
    expect(h.bot.deps.cases.get(id)!.state).toBe('follow-up');
    const closed = cardOf(
      await execute(
        h,
        users.member2,
        { ...actionData(stale, 'case.close'), closeReason: 'Afgerond in overleg.' },
        triageChannel(h, id),
      ),
    );
    expect(cardText(closed)).toContain(`Zaak ${id} is gesloten.`);
    expect(h.bot.deps.cases.get(id)!.state).toBe('closed');
  });

  it('an outcome form saved after the case changed comes back as it was typed, for the case as it is now', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    const triage = triageChannel(h, id);
    const heldOn = assessmentBegins(h, id);
    const form = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
    // meanwhile the case changes (as a look-up or a DPIA record changes it)
    await h.bot.deps.cases.update(id, undefined, (c) => ({ next: { ...c, leadLocale: 'nl' }, events: [] }));
    const typed = {
      reportUrl: 'https://utrecht.example/verslag-uth.pdf',
      heldOn,
      item_0_text: 'Sla geen beelden op.',
      item_0_values: 'privacy',
      item_0_due: '2027-01-11',
      count: 2,
    };
    const stale = cardOf(await execute(h, users.member2, { ...actionData(form, 'outcome.save'), ...typed }, triage));
    expect(cardText(stale)).toContain('Deze kaart is verouderd');
    expect(inputs(stale).reportUrl.value).toBe(typed.reportUrl);
    expect(h.bot.deps.cases.get(id)!.state).toBe('scheduled');
    expect(actionData(stale, 'outcome.save').rev).toBe(h.bot.deps.cases.get(id)!.rev);
    await execute(h, users.member2, { ...actionData(stale, 'outcome.save'), ...typed }, triage);
    expect(h.bot.deps.cases.get(id)!.state).toBe('assessed');
  });

  it('Team Uthiek closes a case by hand: the lead is told why, nudges stop, open items count as open at close', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    await decide(id);
    await at('2027-01-11T09:30:00Z');
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.update').length === 1);
    const itemId = h.bot.deps.cases.get(id)!.advice[0]!.id;
    const nudge = lastCardTo(users.lead, 'followup.update');
    await execute(h, users.lead, { ...actionData(nudge, 'followup.update'), [`item_${itemId}_status`]: 'in-progress' });
    await execute(
      h,
      users.lead,
      actionData(lastCardTo(users.lead, 'followup.update'), 'followup.snooze', { until: 'month' }),
    );

    const closed = await execute(
      h,
      users.member2,
      {
        verb: 'case.close',
        caseId: id,
        rev: h.bot.deps.cases.get(id)!.rev,
        closeReason: 'Project gestopt door de directie.',
      },
      triageChannel(h, id),
    );
    expect(cardText(cardOf(closed))).toContain(`Zaak ${id} is gesloten.`);
    expect(h.bot.deps.cases.get(id)!.state).toBe('closed');
    await h.bot.deps.jobs.tick();
    // the lead hears it, with the reason, as after a cancellation
    await h.connector.waitFor(() => cardsTo(users.lead, `Team Uthiek heeft zaak ${id} gesloten`).length === 1);
    const notice = cardText(lastCardTo(users.lead, `Team Uthiek heeft zaak ${id} gesloten`));
    expect(notice).toContain('je krijgt er geen herinneringen meer over');
    expect(notice).toContain('Project gestopt door de directie.');
    // the old nudge card says there is nothing left to answer, and why: a reminder, not an "invitation"
    const late = await execute(h, users.lead, {
      ...actionData(nudge, 'followup.update'),
      [`item_${itemId}_status`]: 'implemented',
    });
    expect(cardText(cardOf(late))).toContain(
      `Op deze herinnering hoef je niet meer te antwoorden. Zaak ${id} is gesloten.`,
    );
    expect(h.bot.deps.cases.get(id)!.advice[0]!.status).toBe('in-progress');
    // the snoozed nudge does not come, nor any later one
    const nudges = cardsTo(users.lead, 'followup.update').length;
    for (const d of ['2027-02-15', '2027-02-22', '2027-03-01']) await at(`${d}T09:30:00Z`);
    expect(cardsTo(users.lead, 'followup.update')).toHaveLength(nudges);
    // the report no longer counts the in-progress item as overdue: nobody can settle it any more
    const report = cardText(cardOf((await say(h, users.member2, 'rapport 2027'))[0]));
    expect(report).toMatch(/Adviespunten nog open toen de zaak werd gesloten\s*1/);
    expect(report).toMatch(/Adviespunten over de termijn\s*0/);
  });

  it('a person who removed the app (403) is marked unreachable and the handler is told, by @mention', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    await decide(id);
    h.connector.fail = (call) =>
      call.conversationId === personalConversationId(users.lead)
        ? { status: 403, body: { error: { code: 'BotDisabledByAdmin' } } }
        : undefined;
    await at('2027-01-11T09:30:00Z');
    await h.bot.deps.jobs.tick();
    expect(h.bot.deps.store.get('conversations', personalConversationId(users.lead))!.unreachableSince).toBeDefined();
    await h.connector.waitFor(() =>
      h.connector.calls.some((x) => JSON.stringify(x.body ?? '').includes('Ik kon de herinnering')),
    );
    const report = h.connector.calls.find((x) => JSON.stringify(x.body ?? '').includes('Ik kon de herinnering'))!;
    expect(report.conversationId).toMatch(/^19:triage@thread\.tacv2;messageid=/);
    expect(report.body.text).toMatch(/^<at>[^<]+<\/at> Niet alles over /);
    expect(report.body.text).toContain('Teams weigert berichten van mij');
    expect(report.body.entities).toEqual([
      expect.objectContaining({ type: 'mention', mentioned: expect.objectContaining({ id: expect.any(String) }) }),
    ]);
    const record = h.bot.deps.deliveries.forCase(id).find((d) => d.kind === 'nudge')!;
    expect(record).toMatchObject({ status: 'failed', reason: 'unreachable', reportedAt: expect.any(String) });
  });

  it('only a nudge that arrived counts towards escalation; one that cannot be delivered is told to the handler', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    await decide(id);
    // the Bot Connector holds back everything for the lead (429): each nudge is retried, then given up
    h.connector.fail = (call) =>
      call.conversationId === personalConversationId(users.lead) && call.method === 'POST'
        ? { status: 429, headers: { 'retry-after': '0' } }
        : undefined;
    const inThread = (text: string) =>
      h.connector.calls.filter(
        (x) =>
          x.conversationId?.startsWith(`${TRIAGE_CHANNEL};messageid=`) && JSON.stringify(x.body ?? '').includes(text),
      );
    const arrived = () => cardsTo(users.lead, 'followup.update').filter((c) => c.status === 201);
    // four cadences: the first nudge is still being retried when the second is planned, none arrives
    for (const d of ['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']) {
      await at(`${d}T09:30:00Z`);
      await at(`${d}T09:31:00Z`);
    }
    expect(arrived()).toHaveLength(0);
    expect(h.bot.deps.cases.get(id)!.advice[0]!.unansweredNudges).toBe(0);
    expect(h.bot.deps.store.events({ caseId: id, type: 'nudge.escalated' })).toEqual([]);
    expect(inThread('nog niet beantwoord')).toEqual([]);
    // the handler is told, in the case's thread, that the reminder did not arrive
    await h.connector.waitFor(() => inThread('Ik kon de herinnering aan het advies over').length > 0);
    expect(JSON.stringify(inThread('Ik kon de herinnering')[0]!.body)).toContain('Teams bleef het bericht tegenhouden');
    // the last ones are tried until they are given up too
    for (let minute = 32; minute < 40; minute++) await at(`2027-02-01T09:${minute}:00Z`);
    expect(
      h.bot.deps.deliveries
        .forCase(id)
        .filter((d) => d.kind === 'nudge')
        .map((d) => d.status),
    ).toEqual(Array(4).fill('failed'));
    expect(h.bot.deps.cases.get(id)!.advice[0]!.unansweredNudges).toBe(0);

    // Teams lets the nudges through again: two that arrived unanswered escalate at the third
    h.connector.fail = undefined;
    for (const d of ['2027-02-08', '2027-02-15']) await at(`${d}T09:30:00Z`);
    await h.connector.waitFor(() => arrived().length === 2);
    expect(h.bot.deps.store.events({ caseId: id, type: 'nudge.escalated' })).toEqual([]);
    await at('2027-02-22T09:30:00Z');
    await h.connector.waitFor(() => inThread('na 2 herinneringen nog niet beantwoord').length === 1);
    expect(h.bot.deps.cases.get(id)!.advice[0]).toMatchObject({ escalation: 'handler', unansweredNudges: 3 });
    expect(arrived()).toHaveLength(3);
  });

  it('a send that fails with a 5xx is not repeated blindly (it may have arrived)', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    await recordOutcome(id, [{ text: 'Sla geen beelden op.', values: 'privacy', due: '2027-01-11' }]);
    await decide(id);
    let attempts = 0;
    h.connector.fail = (call) =>
      call.conversationId === personalConversationId(users.lead) && call.method === 'POST'
        ? (attempts++, { status: 502 })
        : undefined;
    await at('2027-01-11T09:30:00Z');
    await at('2027-01-11T10:30:00Z');
    await at('2027-01-12T10:30:00Z');
    expect(attempts).toBe(1);
    expect(h.bot.deps.store.find('jobs', (j) => j.kind === 'nudge.send').map((j) => j.status)).toEqual(['unknown']);
  });

  it('restart in the middle of sending: nothing lost, nothing sent twice', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await scheduledCase(h, users.lead, users.member2);
      await recordOutcome(id, [{ text: `Advies ${i}`, values: 'privacy', due: '2027-01-11' }]);
      await decide(id);
      ids.push(id);
    }
    h.clock.set('2027-01-11T09:30:00Z');
    // the plan jobs run, queueing the sends; stop while sends are running
    await h.bot.deps.jobs.tick();
    const stopping = h.restart();
    await stopping;
    await h.bot.deps.jobs.tick();
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() =>
      ids.every(
        (id) => cardsTo(users.lead, id).filter((c) => JSON.stringify(c.body).includes('followup.update')).length >= 1,
      ),
    );
    for (const id of ids)
      expect(cardsTo(users.lead, id).filter((c) => JSON.stringify(c.body).includes('followup.update'))).toHaveLength(1);
    expect(h.bot.deps.store.find('jobs', (j) => j.kind === 'nudge.send' && j.status !== 'done')).toEqual([]);
  });
});
