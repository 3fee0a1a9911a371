import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { cardAction, personalConversationId, personalMessage, users, type TestUser } from '../support/activities.js';
import { actionData, cardOf, cardText, inputs, LINK_NAMES } from '../support/cards.js';
import { cardProblems, walk } from '../support/card-check.js';
import { COMPLETE_INTAKE } from '../support/flows.js';

let h: TestBot;
botForEachTest((bot) => (h = bot));

const base = () => ({ serviceUrl: h.connector.url });

async function say(user: TestUser, text: string) {
  h.connector.clear();
  await h.post(personalMessage(user, text, base()));
  return h.connector.sent(personalConversationId(user)).map((c) => c.body);
}

async function execute(user: TestUser, data: Record<string, unknown>) {
  const res = await h.post(cardAction(user, String(data.verb), data, base()));
  expect(res.status).toBe(200);
  return res.body;
}

/** Clicks the button with `verb` (and nav) on `card`, with the given inputs filled in. */
async function click(
  user: TestUser,
  card: any,
  verb: string,
  match: Record<string, unknown>,
  form: Record<string, string> = {},
) {
  const body = await execute(user, { ...actionData(card, verb, match), ...form });
  return body;
}

const STEPS = COMPLETE_INTAKE;

async function startDraft(user: TestUser = users.lead) {
  const sent = await say(user, 'aanmelden');
  expect(sent).toHaveLength(1);
  return cardOf(sent[0]);
}

async function fillAll(user: TestUser = users.lead) {
  let card = await startDraft(user);
  for (const [i, [step, form]] of Object.entries(STEPS).entries()) {
    expect(actionData(card, 'intake.save', { nav: 'next' }).step).toBe(step);
    // numbered without a total: the follow-up questions appear only after step 4, and "of 8" turning into
    // "of 9" half-way confuses, most of all when read aloud
    expect(cardText(card)).toMatch(new RegExp(`Stap ${i + 1}: `));
    expect(cardText(card)).not.toMatch(/Stap \d+ van/);
    card = cardOf(await click(user, card, 'intake.save', { nav: 'next' }, form));
  }
  return card;
}

describe('intake through the HTTP endpoint', () => {
  it('walks every step, shows the review, submits, and stores a complete case with its audit trail', async () => {
    const review = await fillAll();
    expect(cardText(review)).toContain('Laatste stap: Controleren en indienen');
    expect(cardText(review)).toContain('Slimme lantaarnpalen');
    expect(cardText(review)).toContain('Alles wat Team Uthiek minimaal nodig heeft, is ingevuld.');
    expect(cardProblems(review)).toEqual([]);

    const done = cardOf(await click(users.lead, review, 'intake.submit', {}));
    expect(cardText(done)).toContain('Aangemeld bij Team Uthiek');
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    // the same submit again (a double click, or Teams resending it): the first answer; later, the result, not a
    // stale card to submit again
    expect(cardOf(await click(users.lead, review, 'intake.submit', {}))).toEqual(done);
    h.clock.advance(5 * 60_000);
    const again = cardOf(await click(users.lead, review, 'intake.submit', {}));
    expect(cardText(again)).toContain(`Je aanmelding ${c!.id} is al ingediend.`);
    expect(cardText(again)).not.toContain('verouderd');
    expect(JSON.stringify(again)).not.toContain('intake.submit');
    expect(c).toMatchObject({
      state: 'submitted',
      intake: {
        projectName: 'Slimme lantaarnpalen',
        technologies: ['sensors-iot', 'cameras'],
        values: { privacy: "Camera's in de openbare ruimte." },
      },
    });
    expect(c!.triage?.suggestedImpact).toBe('high');
    const types = h.bot.deps.store.events({ caseId: c!.id }).map((e) => e.type);
    expect(types[0]).toBe('case.created');
    expect(types.filter((t) => t === 'intake.saved')).toHaveLength(8);
    expect(types.at(-1)).toBe('case.submit');
    // handed on to triage: a queued job
    expect(h.bot.deps.store.find('jobs', (j) => j.kind === 'triage.post' && j.payload.caseId === c!.id)).toHaveLength(
      1,
    );
  });

  it('the values step shows what each value means, and records values served apart from values at stake', async () => {
    let card = await startDraft();
    for (const step of ['basics', 'purpose', 'people', 'technology', 'details', 'legal'] as const)
      card = cardOf(await click(users.lead, card, 'intake.save', { nav: 'next' }, STEPS[step]));
    expect(cardText(card)).toContain(
      'Utrechters hebben zeggenschap over persoonlijke data; data worden geanonimiseerd gebruikt en zijn niet herleidbaar tot een persoon.',
    );
    expect(cardText(card)).toContain('Gezondheid: het project dient deze waarde');
    const only = cardOf(await click(users.lead, card, 'intake.save', { nav: 'next' }, { serves_gezondheid: 'true' }));
    expect(cardText(only)).toContain('Kies er minstens één.');
    card = cardOf(
      await click(users.lead, only, 'intake.save', { nav: 'next' }, { ...STEPS.values, serves_gezondheid: 'true' }),
    );
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    expect(c!.intake).toMatchObject({
      values: { privacy: "Camera's in de openbare ruimte." },
      valuesServed: ['gezondheid'],
    });
  });

  it('asks the follow-up questions only when they apply', async () => {
    let card = await startDraft();
    for (const step of ['basics', 'purpose', 'people'] as const)
      card = cardOf(await click(users.lead, card, 'intake.save', { nav: 'next' }, STEPS[step]));
    card = cardOf(
      await click(
        users.lead,
        card,
        'intake.save',
        { nav: 'next' },
        { technologies: 'dashboard', personalData: 'no', supplier: 'in-house' },
      ),
    );
    expect(actionData(card, 'intake.save', { nav: 'next' }).step).toBe('legal');
  });

  it('refuses a malformed step with messages next to the fields, keeps what was valid and what was typed', async () => {
    let card = await startDraft();
    card = cardOf(
      await click(
        users.lead,
        card,
        'intake.save',
        { nav: 'next' },
        { projectName: 'Drones', orgUnit: '', phase: 'launch', plannedDate: '2020-01-01', leadIsMe: 'true' },
      ),
    );
    const text = cardText(card);
    expect(text).toContain('Nog niet alles klopt (3)');
    expect(text).toContain('Vul dit in.');
    expect(text).toContain('Kies een van de mogelijkheden.');
    expect(text).toContain('Deze datum ligt in het verleden.');
    expect(actionData(card, 'intake.save', { nav: 'next' }).step).toBe('basics');
    expect(inputs(card).plannedDate.value).toBe('2020-01-01');
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    expect(c!.intake.projectName).toBe('Drones');
    expect(c!.intake.phase).toBeUndefined();
    // the error text sits right after its field
    const items: any[] = [...walk(card)]
      .map((w) => w.node)
      .filter((n) => n.id === 'orgUnit' || (n.type === 'TextBlock' && n.color === 'Attention'));
    expect(items.findIndex((n) => n.id === 'orgUnit')).toBeLessThan(items.findIndex((n) => n.text === 'Vul dit in.'));
  });

  it('refuses a project lead or subject expert whose name holds a web or e-mail address; that field is not saved', async () => {
    const lead = { ...STEPS.basics, leadIsMe: 'false', leadEmail: 'jan@utrecht.example' };
    let card = await startDraft();
    for (const leadName of [...LINK_NAMES, 'Jan jan@evil.example']) {
      card = cardOf(await click(users.lead, card, 'intake.save', { nav: 'next' }, { ...lead, leadName }));
      expect(cardText(card)).toContain(
        'Een naam mag geen link of e-mailadres bevatten. Deze naam is niet opgeslagen; vul alleen de naam in.',
      );
      expect(actionData(card, 'intake.save', { nav: 'next' }).step).toBe('basics');
      const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
      expect(c!.intake.leadName).toBeUndefined();
      expect(c!.intake.projectName).toBe(STEPS.basics!.projectName);
    }
    // a real name with dots, hyphens and an apostrophe is a name
    card = cardOf(
      await click(users.lead, card, 'intake.save', { nav: 'next' }, { ...lead, leadName: "J.P. O'Neill-de Vries" }),
    );
    expect(actionData(card, 'intake.save', { nav: 'next' }).step).toBe('purpose');
    const [c] = h.bot.deps.cases.forPerson(users.lead.aadObjectId);
    expect(c!.intake.leadName).toBe("J.P. O'Neill-de Vries");

    // subject experts: a name, an e-mail address or both; never a link in the name
    const experts = (text: string) => {
      const { rev } = h.bot.deps.cases.get(c!.id)!;
      return execute(users.lead, {
        verb: 'intake.save',
        caseId: c!.id,
        rev,
        step: 'experts',
        nav: 'next',
        experts: text,
      });
    };
    const refused = cardOf(await experts('Jan de Wit (jan@utrecht.example), Piet www.evil.example'));
    expect(cardText(refused)).toContain(
      'Een naam mag geen link bevatten. De vakexperts zijn niet opgeslagen; zet per vakexpert een naam, een e-mailadres of allebei.',
    );
    expect(h.bot.deps.cases.get(c!.id)!.intake.experts).toBeUndefined();
    cardOf(await experts('Jan de Wit (jan@utrecht.example), piet@utrecht.example, Dr. A.B. Klein'));
    expect(h.bot.deps.cases.get(c!.id)!.intake.experts).toBe(
      'Jan de Wit (jan@utrecht.example), piet@utrecht.example, Dr. A.B. Klein',
    );
  });

  it('answers in English for an English user, errors included', async () => {
    h.connector.clear();
    await h.post(personalMessage(users.lead, 'register', { ...base(), locale: 'en-GB' }));
    let card = cardOf(h.connector.sent()[0]!.body);
    const res = await h.post(
      cardAction(
        users.lead,
        'intake.save',
        { ...actionData(card, 'intake.save', { nav: 'next' }) },
        { ...base(), locale: 'en-GB' },
      ),
    );
    card = cardOf(res.body);
    expect(cardText(card)).toContain('Please fill this in.');
    expect(cardText(card)).toContain('Step 1: ');
  });

  it('refuses to submit while a minimum requirement is missing, listing what is missing', async () => {
    let card = await startDraft();
    card = cardOf(await click(users.lead, card, 'intake.save', { nav: 'next' }, STEPS.basics!));
    // jump to the review
    const c0 = h.bot.deps.cases.forPerson(users.lead.aadObjectId)[0]!;
    card = cardOf(await execute(users.lead, { verb: 'intake.goto', caseId: c0.id, step: 'review', rev: c0.rev }));
    card = cardOf(await click(users.lead, card, 'intake.submit', {}));
    const text = cardText(card);
    expect(text).toContain('Indienen kan nog niet');
    expect(text).toContain('doel');
    expect(text).toContain('vakexperts');
    expect(h.bot.deps.cases.get(c0.id)!.state).toBe('intake');
  });

  it('saves a draft for later and resumes it with "verder"', async () => {
    let card = await startDraft();
    card = cardOf(await click(users.lead, card, 'intake.save', { nav: 'next' }, STEPS.basics!));
    card = cardOf(await click(users.lead, card, 'intake.save', { nav: 'later' }, { purpose: 'Alleen het doel' }));
    expect(cardText(card)).toContain('Opgeslagen');
    await h.restart();
    const sent = await say(users.lead, 'verder');
    const resumed = cardOf(sent[0]);
    expect(actionData(resumed, 'intake.save', { nav: 'next' }).step).toBe('purpose');
    expect(inputs(resumed).purpose.value).toBe('Alleen het doel');
  });

  it("refuses someone else's card action and an out-of-date card, changing nothing", async () => {
    const card = await startDraft();
    const data = actionData(card, 'intake.save', { nav: 'next' });
    const before = h.bot.deps.cases.get(data.caseId)!;
    const other = await execute(users.outsider, { ...data, ...STEPS.basics });
    expect(JSON.stringify(other)).toContain('niet jouw aanmelding');
    expect(h.bot.deps.cases.get(data.caseId)).toEqual(before);

    await execute(users.lead, { ...data, ...STEPS.basics });
    const stale = cardOf(await execute(users.lead, { ...data, projectName: 'Overschreven' }));
    expect(cardText(stale)).toContain('verouderd');
    expect(h.bot.deps.cases.get(data.caseId)!.intake.projectName).toBe('Slimme lantaarnpalen');
  });

  it('answers forged or malformed card data clearly', async () => {
    for (const data of [
      { verb: 'intake.save' },
      { verb: 'intake.save', caseId: 'UTH-1', step: 'nope', rev: 0, nav: 'next' },
      { verb: 'intake.submit', caseId: 'UTH-2099-999', rev: 0 },
    ]) {
      const res = await execute(users.lead, data);
      expect(res.type).toBe('application/vnd.microsoft.activity.message');
    }
  });

  it('shows typed markdown and links only as plain text', async () => {
    const card = await startDraft();
    // the step is saved and the next card comes back (cardOf throws when there is none)
    expect(
      cardOf(
        await click(
          users.lead,
          card,
          'intake.save',
          { nav: 'next' },
          { ...STEPS.basics, projectName: '**Groot** [klik](https://evil.example)' },
        ),
      ).type,
    ).toBe('AdaptiveCard');
    const c = h.bot.deps.cases.forPerson(users.lead.aadObjectId)[0]!;
    const review = cardOf(await execute(users.lead, { verb: 'intake.goto', caseId: c.id, step: 'review', rev: c.rev }));
    for (const { node } of walk(review)) {
      if (typeof node.text === 'string' && node.text.includes('evil.example')) expect(node.type).toBe('TextRun');
    }
    expect(JSON.stringify(review)).toContain('evil.example');
  });

  it('a command Teams delivers twice starts one registration', async () => {
    const activity = personalMessage(users.lead, 'aanmelden', base());
    await h.post(activity);
    await h.post(activity);
    expect(h.bot.deps.cases.forPerson(users.lead.aadObjectId)).toHaveLength(1);
  });

  it('lists my cases with their state', async () => {
    await fillAll();
    const sent = await say(users.lead, 'mijn zaken');
    const text = cardText(cardOf(sent[0]));
    expect(text).toContain('Mijn zaken');
    expect(text).toContain('Slimme lantaarnpalen');
    expect(text).toContain('in voorbereiding');
    const empty = await say(users.lead2, 'mijn zaken');
    expect(cardText(cardOf(empty[0]))).toContain('Je hebt nog geen zaken');
  });
});
