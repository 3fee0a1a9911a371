import { describe, expect, it, vi } from 'vitest';
import { triageCardFor as makeTriageCard } from '../../src/teams/cards/case-card.js';
import type * as TriageCards from '../../src/teams/cards/triage-cards.js';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, TEAM_ID, TRIAGE_CHANNEL, users, type TestUser } from '../support/activities.js';
import { actionData, cardOf, cardText, inputs } from '../support/cards.js';
import { cardProblems } from '../support/card-check.js';
import { execute, installFor, installInUthiekTeam, say, submitCase, triageChannel } from '../support/flows.js';

/** How many triage cards were made (the template expanded), counted around the real function. */
const cardsMade = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/teams/cards/triage-cards.js', async (importOriginal) => {
  const original = await importOriginal<typeof TriageCards>();
  return {
    ...original,
    triageCard: (...args: Parameters<typeof original.triageCard>) => {
      cardsMade.count++;
      return original.triageCard(...args);
    },
  };
});

let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.lead2]);
});

/** The newest triage card the bot posted or updated for a case in the triage channel. */
async function triageCardFor(caseId: string): Promise<{ card: any; activityId: string }> {
  await h.connector.waitFor((calls) =>
    calls.some(
      (c) =>
        (c.path === '/v3/conversations' &&
          c.body?.channelData?.channel?.id === TRIAGE_CHANNEL &&
          JSON.stringify(c.body).includes(caseId)) ||
        (c.method === 'PUT' && c.conversationId?.startsWith(TRIAGE_CHANNEL) && JSON.stringify(c.body).includes(caseId)),
    ),
  );
  // the bot records where it posted the card just after the post: wait for that too
  await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${caseId}`)));
  const ref = h.bot.deps.store.get('messages', `triage:${caseId}`)!;
  const last = h.connector.calls
    .filter(
      (c) =>
        JSON.stringify(c.body ?? '').includes(caseId) &&
        (c.path === '/v3/conversations' || (c.method === 'PUT' && c.conversationId?.startsWith(TRIAGE_CHANNEL))),
    )
    .at(-1)!;
  const activity = last.path === '/v3/conversations' ? last.body.activity : last.body;
  return { card: cardOf(activity), activityId: ref.activityId };
}

const channelOpts = (activityId: string) => ({
  conversation: { id: `${TRIAGE_CHANNEL};messageid=${activityId}`, conversationType: 'channel', isGroup: true },
  channelData: { team: { id: TEAM_ID }, channel: { id: TRIAGE_CHANNEL } },
  replyToId: activityId,
});

async function act(user: TestUser, card: any, verb: string, activityId: string, form: Record<string, string> = {}) {
  return execute(h, user, { ...actionData(card, verb), ...form }, channelOpts(activityId));
}

async function leadGot(user: TestUser, pattern: string) {
  await h.connector.waitFor((calls) =>
    calls.some(
      (c) => c.conversationId === personalConversationId(user) && JSON.stringify(c.body ?? '').includes(pattern),
    ),
  );
}

describe('triage in the Team Uthiek channel', () => {
  it('posts each submitted case with completeness, suggested impact and its reasons, DPIA status', async () => {
    const id = await submitCase(h);
    const { card } = await triageCardFor(id);
    const text = cardText(card);
    expect(text).toContain(`Nieuwe zaak ${id}`);
    expect(text).toContain('Slimme lantaarnpalen');
    expect(text).toContain('De beschrijving is compleet.');
    expect(text).toContain('Voorgestelde impact: hoog');
    expect(text).toContain("camera's of drones in de openbare ruimte");
    expect(text).toContain('De DPIA is bezig.');
    expect(inputs(card).impact.value).toBe('high');
    expect(cardProblems(card)).toEqual([]);
  });

  it('accept: sets handler and impact, updates the card in place, tells the lead; the lead can no longer edit', async () => {
    const id = await submitCase(h);
    const { card, activityId } = await triageCardFor(id);
    // lowering the suggested impact needs a reason: without one nothing changes
    const refused = await act(users.member, card, 'triage.accept', activityId, {
      handlerId: users.member2.aadObjectId,
      impact: 'medium',
    });
    expect(cardText(cardOf(refused))).toContain('Je zet de impact lager dan voorgesteld: geef de reden');
    expect(h.bot.deps.cases.get(id)!.state).toBe('submitted');
    const body = await act(users.member, card, 'triage.accept', activityId, {
      handlerId: users.member2.aadObjectId,
      impact: 'medium',
      impactReason: 'Alleen een proef in twee straten',
    });
    expect(cardText(cardOf(body))).toMatch(/Impact lager dan voorgesteld, omdat: \s*Alleen een proef in twee straten/);
    expect(cardText(cardOf(body))).toContain('Behandelaar: Fatima El Amrani. Impact: midden.');
    const c = h.bot.deps.cases.get(id)!;
    expect(c).toMatchObject({
      state: 'accepted',
      triage: {
        handlerId: users.member2.aadObjectId,
        impact: 'medium',
        suggestedImpact: 'high',
        impactReason: 'Alleen een proef in twee straten',
        decidedBy: users.member.aadObjectId,
      },
    });
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.accept' })[0]).toMatchObject({
      actor: users.member.aadObjectId,
      from: 'submitted',
      to: 'accepted',
      data: { impact: 'medium', suggestedImpact: 'high', lowered: true },
    });
    await h.connector.waitFor((calls) =>
      calls.some(
        (x) => x.method === 'PUT' && x.activityId === activityId && JSON.stringify(x.body).includes('Geaccepteerd'),
      ),
    );
    await leadGot(users.lead, `Je zaak ${id} is geaccepteerd`);
    const locked = await execute(h, users.lead, { verb: 'intake.goto', caseId: id, step: 'basics', rev: c.rev });
    expect(JSON.stringify(locked)).toContain(
      `Zaak ${id} is geaccepteerd; de toets is nog niet gepland. Via de aanmelding kun je de zaak niet meer wijzigen.`,
    );
  });

  it('ask for information: the lead answers in a card, the case returns to the queue with the answer on the card', async () => {
    const id = await submitCase(h);
    const { card, activityId } = await triageCardFor(id);
    const refused = await act(users.member, card, 'triage.ask', activityId, { question: '' });
    expect(cardText(cardOf(refused))).toContain('Schrijf je vraag');
    expect(h.bot.deps.cases.get(id)!.state).toBe('submitted');

    await act(users.member, card, 'triage.ask', activityId, { question: "Welke camera's precies?" });
    expect(h.bot.deps.cases.get(id)!.state).toBe('needs-info');
    await leadGot(users.lead, 'Team Uthiek heeft een vraag');
    // a second question, from a current card, waits for the answer to the first; the refusal says so
    const second = await act(users.member, card, 'triage.ask', activityId, {
      question: 'En hoe lang bewaren jullie de beelden?',
      rev: String(h.bot.deps.cases.get(id)!.rev),
    });
    expect(cardText(cardOf(second))).toContain(
      'Team Uthiek wacht nog op het antwoord van de projectleider op de vorige vraag. Een nieuwe vraag kan pas als dat antwoord er is; er is niets gewijzigd.',
    );
    expect(h.bot.deps.cases.get(id)!.triage!.requests).toHaveLength(1);
    const question = cardOf(
      h.connector
        .sent(personalConversationId(users.lead))
        .findLast((c) => JSON.stringify(c.body).includes('triage.answer'))!.body,
    );
    expect(cardText(question)).toContain("Welke camera's precies?");
    const forged = await execute(h, users.outsider, { ...actionData(question, 'triage.answer'), answer: 'x' });
    expect(JSON.stringify(forged)).toContain('niet jouw aanmelding');
    const thanks = await execute(h, users.lead, {
      ...actionData(question, 'triage.answer'),
      answer: "Alleen telcamera's zonder opslag.",
    });
    expect(cardText(cardOf(thanks))).toContain('staat weer in de wachtrij');
    expect(h.bot.deps.cases.get(id)!.state).toBe('submitted');
    await h.connector.waitFor((calls) =>
      calls.some((x) => x.method === 'PUT' && JSON.stringify(x.body).includes('zonder opslag')),
    );
  });

  it('decline needs a reason, which the lead gets to see', async () => {
    const id = await submitCase(h);
    const { card, activityId } = await triageCardFor(id);
    const refused = await act(users.member, card, 'triage.decline', activityId, { reason: '  ' });
    expect(cardText(cardOf(refused))).toContain('Geef een reden op');
    await act(users.member, card, 'triage.decline', activityId, {
      reason: 'Geen digitalisering: het gaat om nieuwe lampen.',
    });
    expect(h.bot.deps.cases.get(id)).toMatchObject({
      state: 'declined',
      triage: { declineReason: 'Geen digitalisering: het gaat om nieuwe lampen.' },
    });
    await leadGot(users.lead, 'Geen digitalisering: het gaat om nieuwe lampen.');
  });

  it('a card made again shows the open cases as they are then: one submitted since is a possible duplicate, one declined no longer', async () => {
    const first = await submitCase(h);
    await triageCardFor(first);
    const refresh = { verb: 'card.refresh', card: 'triage', caseId: first };
    const now = async () => cardOf(await execute(h, users.member, refresh, triageChannel(h, first)));
    const alone = await now();
    expect(cardText(alone)).not.toContain('Lijkt op:');
    expect(await now()).toEqual(alone);
    const second = await submitCase(h, users.lead2);
    const withSecond = await now();
    expect(cardText(withSecond)).toContain('Lijkt op:');
    expect(inputs(withSecond).duplicateOf.value).toBe(second);
    const { card, activityId } = await triageCardFor(second);
    await act(users.member, card, 'triage.decline', activityId, { reason: 'Geen digitalisering.' });
    expect(h.bot.deps.cases.get(second)?.state).toBe('declined');
    expect(await now()).toEqual(alone);
  });

  it('a card asked for twice at once (the answer to a decision and the refresh job) is made once, and each gets its own copy', async () => {
    const id = await submitCase(h);
    await triageCardFor(id);
    const c = h.bot.deps.cases.get(id)!;
    const options = { notice: 'Bijgewerkt.' };
    const before = cardsMade.count;
    const [a, b] = await Promise.all([makeTriageCard(h.bot.deps, c, options), makeTriageCard(h.bot.deps, c, options)]);
    expect(cardsMade.count - before).toBe(1);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(cardText(a)).toContain('Bijgewerkt.');
  });

  it('duplicate merges the history into the other case and suggests it on the card', async () => {
    const first = await submitCase(h);
    const second = await submitCase(h, users.lead2);
    const { card, activityId } = await triageCardFor(second);
    expect(cardText(card)).toContain('Lijkt op:');
    expect(inputs(card).duplicateOf.value).toBe(first);
    const unknown = await act(users.member, card, 'triage.duplicate', activityId, { duplicateOf: 'UTH-1999-001' });
    expect(cardText(cardOf(unknown))).toContain('bestaat niet');
    const self = await act(users.member, card, 'triage.duplicate', activityId, { duplicateOf: second });
    expect(cardText(cardOf(self))).toContain('geen dubbel van zichzelf');
    await act(users.member, card, 'triage.duplicate', activityId, { duplicateOf: first });
    expect(h.bot.deps.cases.get(second)).toMatchObject({ state: 'duplicate', triage: { duplicateOf: first } });
    expect(h.bot.deps.store.events({ caseId: first, type: 'case.merged' })[0]!.data).toEqual({ duplicate: second });
    await leadGot(users.lead2, `hetzelfde project als ${first}`);
    const detail = cardOf(await execute(h, users.member, { verb: 'case.open', caseId: first }));
    expect(cardText(detail)).toContain(`als dubbel samengevoegd (${second})`);
  });

  it('two members acting at once: one wins, the other sees the current state, nothing is lost', async () => {
    const id = await submitCase(h);
    const { card, activityId } = await triageCardFor(id);
    const [a, b] = await Promise.all([
      act(users.member, card, 'triage.accept', activityId, { handlerId: users.member.aadObjectId, impact: 'high' }),
      act(users.member2, card, 'triage.decline', activityId, { reason: 'Niet nodig' }),
    ]);
    const texts = [cardText(cardOf(a)), cardText(cardOf(b))];
    expect(texts.filter((t) => t.includes('verouderd') || t.includes('kan nu niet meer'))).toHaveLength(1);
    const events = h.bot.deps.store
      .events({ caseId: id })
      .filter((e) => e.type === 'case.accept' || e.type === 'case.decline');
    expect(events).toHaveLength(1);
    expect(h.bot.deps.cases.get(id)!.state).toBe(events[0]!.type === 'case.accept' ? 'accepted' : 'declined');
  });

  it('a click sent again by the same member (Teams resending it, a double click) gets the first answer, never "verouderd"', async () => {
    const id = await submitCase(h);
    const { card, activityId } = await triageCardFor(id);
    // asked, then the same question sent again
    const question = { question: "Welke camera's precies?" };
    const asked = await act(users.member, card, 'triage.ask', activityId, question);
    const askedAgain = await act(users.member, card, 'triage.ask', activityId, question);
    expect(askedAgain).toEqual(asked);
    expect(cardText(cardOf(askedAgain))).not.toMatch(/verouderd|iemand anders|kan nu niet meer/);
    expect(h.bot.deps.cases.get(id)!.triage!.requests).toHaveLength(1);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.request-info' })).toHaveLength(1);
    // three declines at once (a slow first answer, sent again twice): one decision, three times its answer
    const second = await submitCase(h, users.lead2);
    const posted = await triageCardFor(second);
    const reason = { reason: 'Geen digitalisering: het gaat om nieuwe lampen.' };
    const answers = await Promise.all(
      [1, 2, 3].map(() => act(users.member, posted.card, 'triage.decline', posted.activityId, reason)),
    );
    for (const a of answers) {
      expect(cardText(cardOf(a))).toContain('Afgewezen');
      expect(cardText(cardOf(a))).not.toMatch(/verouderd|iemand anders|kan nu niet meer/);
    }
    expect(h.bot.deps.store.events({ caseId: second, type: 'case.decline' })).toHaveLength(1);
    await leadGot(users.lead2, reason.reason);
    const notices = h.connector
      .sent(personalConversationId(users.lead2))
      .filter((c) => JSON.stringify(c.body).includes(reason.reason));
    expect(notices).toHaveLength(1);
    // accepted, and the same acceptance sent again half a minute later
    const third = await submitCase(h);
    const t = await triageCardFor(third);
    const form = { handlerId: users.member2.aadObjectId, impact: 'high' };
    const accepted = await act(users.member, t.card, 'triage.accept', t.activityId, form);
    h.clock.advance(30_000);
    const acceptedAgain = await act(users.member, t.card, 'triage.accept', t.activityId, form);
    expect(acceptedAgain).toEqual(accepted);
    expect(cardText(cardOf(acceptedAgain))).toContain('Geaccepteerd');
    expect(h.bot.deps.store.events({ caseId: third, type: 'case.accept' })).toHaveLength(1);
    // another member's click on the old card is no resend: the current card, out of date
    const other = await act(users.member2, t.card, 'triage.accept', t.activityId, form);
    expect(cardText(cardOf(other))).toMatch(/verouderd|kan nu niet meer/);
  });

  it('authorization matrix: every triage action × every role; refused ones change nothing', async () => {
    const id = await submitCase(h);
    const { card, activityId } = await triageCardFor(id);
    const forms: Record<string, Record<string, string>> = {
      'triage.accept': {
        handlerId: users.member.aadObjectId,
        impact: 'low',
        impactReason: 'Een proef zonder inwoners',
      },
      'triage.ask': { question: 'Waarom?' },
      'triage.decline': { reason: 'Nee' },
      'triage.duplicate': { duplicateOf: 'UTH-2026-999' },
    };
    for (const verb of Object.keys(forms)) {
      for (const user of [users.lead, users.lead2, users.outsider]) {
        const before = h.bot.deps.cases.get(id);
        const eventsBefore = h.bot.deps.store.events().length;
        const res = await act(user, card, verb, activityId, forms[verb]);
        expect(JSON.stringify(res), `${verb} by ${user.name}`).toContain('Alleen leden van Team Uthiek');
        expect(h.bot.deps.cases.get(id)).toEqual(before);
        expect(h.bot.deps.store.events().length).toBe(eventsBefore);
      }
    }
    // a member may; a forged card with a card id from another case is answered with the current card
    const ok = await act(users.member2, card, 'triage.accept', activityId, forms['triage.accept']);
    expect(cardText(cardOf(ok))).toContain('Geaccepteerd');
    // members cannot be named handler unless they are in Team Uthiek
    const id2 = await submitCase(h, users.lead2);
    const second = await triageCardFor(id2);
    const notMember = await act(users.member, second.card, 'triage.accept', second.activityId, {
      handlerId: users.outsider.aadObjectId,
      impact: 'low',
      impactReason: 'Een proef zonder inwoners',
    });
    expect(cardText(cardOf(notMember))).toContain('Kies een behandelaar uit Team Uthiek');
    expect(h.bot.deps.cases.get(id2)!.state).toBe('submitted');
    // an accepted case cannot be declined with an old card
    const stale = await act(users.member, card, 'triage.decline', activityId, { reason: 'te laat' });
    expect(cardText(cardOf(stale))).toMatch(/verouderd|kan nu niet meer/);
    expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
  });

  it('"zaken" lists open cases for members, with filters and pages; others are refused', async () => {
    const ids = [await submitCase(h), await submitCase(h, users.lead2)];
    const list = cardOf((await say(h, users.member, 'zaken'))[0]);
    for (const id of ids) expect(cardText(list)).toContain(id);
    const filtered = cardOf((await say(h, users.member, 'zaken ingediend hoog'))[0]);
    expect(cardText(filtered)).toContain('Open zaken: ingediend, wacht op Team Uthiek, hoog');
    await execute(
      h,
      users.member,
      {
        verb: 'triage.accept',
        caseId: ids[0],
        rev: h.bot.deps.cases.get(ids[0]!)!.rev,
        handlerId: users.member2.aadObjectId,
        impact: 'low',
        impactReason: 'Een proef zonder inwoners',
      },
      channelOpts(h.bot.deps.store.get('messages', `triage:${ids[0]}`)!.activityId),
    );
    const byName = cardOf((await say(h, users.member, 'zaken fatima'))[0]);
    expect(cardText(byName)).toContain('behandelaar Fatima El Amrani');
    expect(cardText(byName)).toContain(ids[0]);
    expect(cardText(byName)).not.toContain(ids[1]);
    const none = cardOf((await say(h, users.member, 'zaken mijn'))[0]);
    expect(cardText(none)).toContain('Er zijn geen open zaken');
    // a word that is no filter is said to be one, with the filters there are, instead of a list that looks filtered
    const typo = await say(h, users.member, 'zaken hoogg');
    expect(typo).toHaveLength(1);
    expect(typo[0].text).toContain('Ik ken "hoogg" niet als filter, dus ik laat geen lijst zien.');
    expect(typo[0].text).toContain('op impact (laag, midden, hoog)');
    expect(JSON.stringify(typo)).not.toContain(ids[1]);
    const typoEn = await say(h, users.member, 'cases foo', 'en-US');
    expect(typoEn[0].text).toContain('I do not know "foo" as a filter');
    // words that are names of object properties are just unknown words
    // a typo of the command itself gets a suggestion (Team Uthiek's commands only for its members)
    expect((await say(h, users.member, 'zakn'))[0].text).toContain('Bedoel je "zaken"?');
    const odd = await say(h, users.member, 'zaken __proto__ constructor toString');
    expect(odd[0].text).toContain('niet als filter');
    const refused = await say(h, users.outsider, 'zaken');
    expect(JSON.stringify(refused)).toContain('alleen voor Team Uthiek');
    for (let i = 0; i < 6; i++) await submitCase(h, users.lead2);
    const page1 = cardOf((await say(h, users.member, 'zaken'))[0]);
    expect(cardText(page1)).toContain('Pagina 1 van 2');
    const page2 = cardOf(await execute(h, users.member, actionData(page1, 'cases.page')));
    expect(cardText(page2)).toContain('Pagina 2 van 2');
  });
});
