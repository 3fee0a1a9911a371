import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, users, type TestUser } from '../support/activities.js';
import { actionData, actions, cardOf, cardText } from '../support/cards.js';
import {
  acceptCase,
  addPanelMember,
  assessmentBegins,
  execute,
  installFor,
  installInUthiekTeam,
  proposalFor,
  scheduledCase,
  submitCase,
  triageChannel,
} from '../support/flows.js';

const nl = translator('nl');

/**
 * The cards the bot sends the lead carry Universal Actions' `refresh` (issue 14): opened later, a
 * card shows where the case stands now and only the buttons that still fit the viewer.
 */
let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
  await addPanelMember(h);
});

const to = (u: TestUser) => h.connector.sent(personalConversationId(u));
const cardsTo = (u: TestUser, includes: string) =>
  to(u)
    .filter((c) => c.method === 'POST' && JSON.stringify(c.body).includes(includes))
    .map((c) => cardOf(c.body));
/** The card's buttons (the refresh action is not one). */
const verbs = (card: any) => actions({ ...card, refresh: undefined }).map((a: any) => a.verb);

/** What Teams asks when `user` opens the chat holding `card` (the refresh invoke), and the card it gets. */
async function reopen(card: any, user: TestUser = users.lead) {
  expect(card.refresh?.userIds).toContain(users.lead.id);
  const calls = h.connector.calls.length;
  const answer = cardOf(await execute(h, user, card.refresh.action.data));
  // the view of the one who asked, in the invoke's answer: no update of the message for everyone
  const updates = h.connector.calls.slice(calls).filter((c) => c.method === 'PUT');
  expect(updates.filter((c) => c.conversationId === personalConversationId(user))).toEqual([]);
  return answer;
}

describe("the lead's cards, opened again later", () => {
  it('a question from Team Uthiek: the answer field until answered, then where the case stands', async () => {
    const id = await submitCase(h, users.lead);
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    const c = h.bot.deps.cases.get(id)!;
    await execute(
      h,
      users.member2,
      { verb: 'triage.ask', caseId: id, rev: c.rev, question: 'Welke wijken doen mee?' },
      triageChannel(h, id),
    );
    await h.connector.waitFor(() => cardsTo(users.lead, 'triage.answer').length === 1);
    const question = cardsTo(users.lead, 'triage.answer')[0];
    expect(question.refresh).toMatchObject({ userIds: [users.lead.id], action: { verb: 'card.refresh' } });
    // opened before answering: still the question with its answer field
    expect(verbs(await reopen(question))).toEqual(['triage.answer']);
    // someone else who gets hold of the card's data is refused (the case is not theirs)
    expect((await execute(h, users.outsider, question.refresh.action.data)).value).toBe(nl('refresh.notYours'));

    await execute(h, users.lead, { ...actionData(question, 'triage.answer'), answer: 'Overvecht en Zuilen.' });
    const after = await reopen(question);
    expect(verbs(after)).toEqual([]);
    expect(cardText(after)).toContain('Deze vraag is al beantwoord.');
    expect(cardText(after)).toContain(`Zaak ${id} is ingediend en wacht op Team Uthiek.`);
  });

  it('an availability poll closes once a moment is chosen; the acceptance notice tells how things stand', async () => {
    const id = await submitCase(h, users.lead);
    await acceptCase(h, users.member2, id);
    await h.connector.waitFor(() => cardsTo(users.lead, 'is geaccepteerd').length === 1);
    const accepted = cardsTo(users.lead, 'is geaccepteerd')[0];
    expect(cardText(await reopen(accepted))).not.toContain('gepland');

    const proposal = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id }));
    const polled = await execute(h, users.member2, actionData(proposal, 'schedule.poll'));
    // one participant in Teams (the lead): the singular
    expect(cardText(cardOf(polled))).toContain('Ik heb 1 deelnemer in Teams gevraagd of die kan.');
    await h.connector.waitFor(() => cardsTo(users.lead, 'schedule.answer').length === 1);
    const poll = cardsTo(users.lead, 'schedule.answer')[0];
    await execute(h, users.lead, { ...actionData(poll, 'schedule.answer'), slot_0: 'yes', slot_1: 'no' });
    // opened again: the lead's own answers, still open to change
    const open = await reopen(poll);
    expect(verbs(open)).toEqual(['schedule.answer']);
    expect(JSON.stringify(open)).toContain('"value":"yes"');

    await execute(h, users.member2, { ...actionData(proposal, 'schedule.confirm'), slot: '0' });
    expect(h.bot.deps.cases.get(id)!.state).toBe('scheduled');
    const closed = await reopen(poll);
    expect(verbs(closed)).toEqual([]);
    expect(cardText(closed)).toMatch(/Team Uthiek heeft een moment gekozen: de toets is op .+\./);
    expect(cardText(await reopen(accepted))).toContain(`De toets van zaak ${id} is gepland.`);

    // the invitation, opened again: as sent while the moment stands, out of date once it moved
    await h.connector.waitFor(() => cardsTo(users.lead, 'is gepland').length === 1);
    const invitation = cardsTo(users.lead, 'is gepland')[0];
    expect(cardText(await reopen(invitation))).toBe(cardText(invitation));
    const again = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id }));
    await execute(h, users.member2, { ...actionData(again, 'schedule.confirm'), slot: '1' });
    expect(cardText(await reopen(invitation))).toMatch(/Dit bericht is achterhaald: de toets is verplaatst naar .+\./);
  });

  it('the decision form and a nudge show no buttons once decided or settled', async () => {
    const id = await scheduledCase(h, users.lead, users.member2);
    const heldOn = assessmentBegins(h, id);
    const triage = triageChannel(h, id);
    const form = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
    await execute(
      h,
      users.member2,
      {
        ...actionData(form, 'outcome.save'),
        reportUrl: 'https://utrecht.example/verslag.pdf',
        heldOn,
        item_0_text: 'Sla geen beelden op.',
        item_0_values: 'privacy',
        item_0_due: '2027-01-11',
      },
      triage,
    );
    await h.connector.waitFor(() => cardsTo(users.lead, 'decision.save').length === 1);
    const decision = cardsTo(users.lead, 'decision.save')[0];
    expect(verbs(await reopen(decision))).toEqual(['decision.save']);
    // the handler who looks at the lead's card sees no form
    expect(verbs(cardOf(await execute(h, users.member2, decision.refresh.action.data)))).toEqual([]);
    const itemId = h.bot.deps.cases.get(id)!.advice[0]!.id;
    await execute(h, users.lead, {
      ...actionData(decision, 'decision.save'),
      overall: 'adopt',
      overallReason: 'Past bij ons doel.',
      [`item_${itemId}_decision`]: 'adopt',
    });
    const decided = await reopen(decision);
    expect(verbs(decided)).toEqual([]);
    expect(cardText(decided)).toContain(`Het besluit over ${id} is al vastgelegd.`);

    h.clock.set('2027-01-11T09:30:00Z');
    await h.bot.deps.jobs.tick();
    await h.bot.deps.jobs.tick();
    await h.connector.waitFor(() => cardsTo(users.lead, 'followup.update').length === 1);
    const nudge = cardsTo(users.lead, 'followup.update')[0];
    expect(verbs(await reopen(nudge))).toContain('followup.update');
    await execute(h, users.lead, { ...actionData(nudge, 'followup.update'), [`item_${itemId}_status`]: 'implemented' });
    const settled = await reopen(nudge);
    expect(verbs(settled)).toEqual([]);
    expect(cardText(settled)).toContain('Alle adviespunten op deze kaart zijn afgehandeld.');
    expect(cardText(settled)).toContain(`Zaak ${id} is gesloten.`);
  });

  it('a card asked for by someone it is not for is refused, as the verb that sent it would refuse them', async () => {
    const id = await submitCase(h, users.lead);
    await acceptCase(h, users.member2, id);
    const proposalId = actionData(await proposalFor(h, users.member2, id), 'schedule.poll').proposalId;
    const refresh = (user: TestUser, target: Record<string, string>) =>
      execute(h, user, { verb: 'card.refresh', ...target });
    const answerTo = async (user: TestUser, target: Record<string, string>) => (await refresh(user, target)).value;
    const notice = { card: 'lead-notice', caseId: id, kind: 'accepted' };
    const invite = { card: 'assessment', caseId: id, kind: 'invite', sequence: '0' };
    const nudge = { card: 'nudge', caseId: id, items: 'adv-1', recipientId: users.outsider.aadObjectId };

    // Team Uthiek's triage card: for its members only, not even the lead
    const triage = { card: 'triage', caseId: id };
    expect(await answerTo(users.outsider, triage)).toBe(nl('refresh.notMember'));
    expect(await answerTo(users.lead, triage)).toBe(nl('refresh.notMember'));
    expect(cardText(cardOf(await refresh(users.member2, triage)))).toContain('Slimme lantaarnpalen');
    // the cards sent to the lead, a nudge, an assessment notice: the people of the case and Team Uthiek
    for (const target of [notice, { card: 'decision', caseId: id }, nudge, invite])
      expect(await answerTo(users.outsider, target), target.card).toBe(nl('refresh.notYours'));
    expect(cardText(cardOf(await refresh(users.lead, notice)))).toContain(`zaak ${id} is geaccepteerd`);
    expect(cardText(cardOf(await refresh(users.member2, notice)))).toContain(`zaak ${id} is geaccepteerd`);
    // an availability poll: those invited to it
    expect(await answerTo(users.outsider, { card: 'poll', proposalId })).toBe(nl('poll.notInvited'));
    // a case that does not exist is not told apart from one that is not yours
    expect(await answerTo(users.outsider, { card: 'decision', caseId: 'UTH-2099-001' })).toBe(nl('refresh.notYours'));

    // an invitation for a case with no assessment planned is not headed as if one were
    const unplanned = cardText(cardOf(await refresh(users.lead, invite)));
    expect(unplanned).not.toContain(nl('invite.title', { id }));
    expect(unplanned).toContain(`Zaak ${id} is geaccepteerd; de toets is nog niet gepland.`);
  });
});
