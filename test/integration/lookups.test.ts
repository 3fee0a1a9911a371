import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { installationUpdate, personalConversationId, TEAM_ID, users, type TestUser } from '../support/activities.js';
import { actionData, actions, cardOf, cardText } from '../support/cards.js';
import {
  acceptCase,
  assessmentBegins,
  COMPLETE_INTAKE,
  execute,
  installFor,
  installInUthiekTeam,
  say,
  scheduledCase,
  triageChannel,
} from '../support/flows.js';
import { GraphStandIn } from '../support/graph-standin.js';

/**
 * No directory or free/busy look-up runs while a card click waits (issue 14): the click records
 * what was entered and answers; a job looks the person or the calendars up. The stand-ins hold
 * their answer until the test releases it, so the click's answer can only come before it.
 */
let h: TestBot;
let graph: GraphStandIn | undefined;
const gates: (() => void)[] = [];
afterEach(async () => {
  for (const release of gates.splice(0)) release(); // a failed test leaves nothing held
  await h.stop();
  await graph?.stop();
  graph = undefined;
});

/** A gate: `held` stays pending until `release()`. */
function gate() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  gates.push(release);
  return { held, release };
}

const to = (u: TestUser) => h.connector.sent(personalConversationId(u));
const textTo = (u: TestUser) => to(u).map((c) => cardText(cardOf(c.body)));

async function addTeamMember(member: { id: string; aadObjectId: string; name: string; email: string }) {
  h.connector.members.set(TEAM_ID, [...(h.connector.members.get(TEAM_ID) ?? []), member]);
}

/** The intake of a case (with a named lead, if an address is given), up to the submission; the answer to the click. */
async function submitNamedLead(leadName: string, leadEmail: string) {
  let card = cardOf((await say(h, users.lead, 'aanmelden'))[0]);
  for (const [step, form] of Object.entries(COMPLETE_INTAKE)) {
    const extra = step === 'basics' && leadEmail ? { leadIsMe: 'false', leadName, leadEmail } : {};
    card = cardOf(
      await execute(h, users.lead, { ...actionData(card, 'intake.save', { nav: 'next' }), ...form, ...extra }),
    );
  }
  const answer = cardOf(await execute(h, users.lead, actionData(card, 'intake.submit')));
  return { answer, id: /UTH-\d{4}-\d{3}/.exec(JSON.stringify(answer))![0] };
}

describe('look-ups happen in jobs, and what they do not find reaches a person', () => {
  it('a named lead is looked up after the submission has been answered', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    await addTeamMember({
      id: '29:mila',
      aadObjectId: 'aad-mila',
      name: 'Mila Verhoeven',
      email: 'mila@utrecht.example',
    });
    const slow = gate();
    h.connector.hold = (call) => (call.path.toLowerCase().includes('mila') ? slow.held : undefined);

    const { answer, id } = await submitNamedLead('Mila Verhoeven', 'mila@utrecht.example');
    // answered while Teams still holds the look-up back, and honest about what follows
    expect(cardText(answer)).toContain(
      'Ik zoek Mila Verhoeven op in Teams; vind ik deze persoon niet, dan krijg je daarover een bericht.',
    );
    await h.connector.waitFor((calls) => calls.some((c) => c.path.includes('mila') && c.status === undefined));
    expect(h.bot.deps.cases.get(id)!.lead).toMatchObject({ source: 'pending' });
    slow.release();
    await h.connector.waitFor(() => h.bot.deps.cases.get(id)!.lead?.source === 'teams');
    expect(h.bot.deps.cases.get(id)!.leadId).toBe('aad-mila');
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.lead' })).toHaveLength(1);
  });

  it('a named lead nobody finds: the registrant is told in a whole sentence, once', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    const { id } = await submitNamedLead('Mila Verhoeven', 'mila@elders.example');
    const told = `Ik heb Mila Verhoeven, de projectleider van zaak ${id}, niet gevonden in Teams.`;
    await h.connector.waitFor(() => textTo(users.lead).some((t) => t.includes(told)));
    expect(h.bot.deps.cases.get(id)).toMatchObject({ leadId: users.lead.aadObjectId, lead: { source: 'not-found' } });
    await h.bot.deps.jobs.tick();
    expect(textTo(users.lead).filter((t) => t.includes(told))).toHaveLength(1);
  });

  it('action owners named by e-mail are looked up after the outcome is saved; one not found is told to the handler', async () => {
    h = await startTestBot();
    await installInUthiekTeam(h);
    await h.post(installationUpdate(users.member2, 'add', { serviceUrl: h.connector.url }));
    await addTeamMember({
      id: '29:olga',
      aadObjectId: 'aad-olga',
      name: 'Olga Eigenaar',
      email: 'olga@utrecht.example',
    });
    const id = await scheduledCase(h, users.lead, users.member2);
    const heldOn = assessmentBegins(h, id);
    const slow = gate();
    h.connector.hold = (call) => (/\/members\/(olga|piet)/i.test(call.path) ? slow.held : undefined);
    const triage = triageChannel(h, id);
    const form = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
    const saved = await execute(
      h,
      users.member2,
      {
        ...actionData(form, 'outcome.save'),
        reportUrl: 'https://utrecht.example/verslag.pdf',
        heldOn,
        item_0_text: 'Train de medewerkers.',
        item_0_values: 'privacy',
        item_0_owner: 'olga@utrecht.example',
        item_0_due: '2027-03-01',
        item_1_text: 'Vraag de wijkraad om advies.',
        item_1_values: 'autonomie',
        item_1_owner: 'piet@elders.example',
        item_1_due: '2027-03-01',
      },
      triage,
    );
    expect(JSON.stringify(saved)).toContain('vastgelegd');
    expect(h.bot.deps.cases.get(id)!.state).toBe('assessed');
    await h.connector.waitFor((calls) => calls.some((c) => /\/members\/olga/i.test(c.path)));
    expect(h.bot.deps.cases.get(id)!.advice[0]!.ownerId).toBeUndefined();
    slow.release();
    await h.connector.waitFor(() => h.bot.deps.cases.get(id)!.advice[0]!.ownerId === 'aad-olga');
    const told = `Ik heb piet@elders.example, de actiehouder van adviespunt 2 van ${id}, niet gevonden in Teams`;
    await h.connector.waitFor(() => textTo(users.member2).some((t) => t.includes(told)));
    expect(h.bot.deps.cases.get(id)!.advice[1]!.ownerId).toBeUndefined();
  });

  it('with Outlook, proposing answers at once; the moments follow when the calendars are read', async () => {
    graph = await new GraphStandIn().start();
    graph.outlook.addColleague(users.member2.aadObjectId, 'fatima@utrecht.example');
    h = await startTestBot({ env: graph.env(), graph: { ca: graph.ca } });
    await installInUthiekTeam(h);
    await installFor(h, [users.lead, users.member2]);
    const id = await acceptedCase();
    const slow = gate();
    graph.hold = (call) => (call.path.endsWith('/calendar/getSchedule') ? slow.held : undefined);

    const pending = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: id }));
    expect(cardText(pending)).toContain('Zodra de voorstellen klaar zijn, stuur ik ze je in een persoonlijk bericht');
    expect(verbs(pending)).not.toContain('schedule.confirm');
    expect(verbs(pending)).toContain('schedule.status');
    // asking the availability of nobody-knows-which moments is not possible yet
    const proposalId = actionData(pending, 'schedule.status').proposalId;
    const early = cardOf(await execute(h, users.member2, { verb: 'schedule.poll', proposalId }));
    expect(verbs(early)).not.toContain('schedule.confirm');
    await h.connector.waitFor(() => graph!.calls.some((c) => c.path.endsWith('/calendar/getSchedule')));
    expect(h.bot.deps.proposals.current(id)!.pending).toBe(true);
    slow.release();
    await h.connector.waitFor(() => to(users.member2).some((c) => JSON.stringify(c.body).includes('schedule.confirm')));
    const sent = cardOf(to(users.member2).find((c) => JSON.stringify(c.body).includes('schedule.confirm'))!.body);
    const p = h.bot.deps.proposals.current(id)!;
    expect(p.pending).toBeUndefined();
    expect(p.slots.length).toBeGreaterThan(0);
    expect(JSON.stringify(p.slots[0]!.reasons)).toContain('calendars-free');
    expect(actionData(sent, 'schedule.confirm').proposalId).toBe(p.id);
    // "Stand bekijken" on the first card shows the moments too
    const status = cardOf(await execute(h, users.member2, actionData(pending, 'schedule.status')));
    expect(verbs(status)).toContain('schedule.confirm');
  });

  it('with Outlook, calendars that cannot be read: the handler gets the moments and is told so', async () => {
    graph = await new GraphStandIn().start();
    graph.outlook.addColleague(users.member2.aadObjectId, 'fatima@utrecht.example');
    h = await startTestBot({ env: graph.env(), graph: { ca: graph.ca } });
    await installInUthiekTeam(h);
    await h.post(installationUpdate(users.member2, 'add', { serviceUrl: h.connector.url }));
    const id = await acceptedCase();
    graph.fail = (call) => (call.path.endsWith('/calendar/getSchedule') ? { status: 403 } : undefined);
    await execute(h, users.member2, { verb: 'schedule.propose', caseId: id });
    await h.connector.waitFor(() => to(users.member2).some((c) => JSON.stringify(c.body).includes('schedule.confirm')));
    const sent = cardOf(to(users.member2).find((c) => JSON.stringify(c.body).includes('schedule.confirm'))!.body);
    expect(graph.calls.some((c) => c.path.endsWith('/calendar/getSchedule') && c.status === 403)).toBe(true);
    expect(cardText(sent)).toContain("De Outlook-agenda's konden niet worden gelezen");
  });
});

/** The buttons of a card. */
const verbs = (card: any) => actions(card).map((a: any) => a.verb);

/** A complete case, submitted by the lead and accepted by Fatima (member2). */
async function acceptedCase(): Promise<string> {
  const { id } = await submitNamedLead('', '');
  await acceptCase(h, users.member2, id);
  expect(h.bot.deps.cases.get(id)!.state).toBe('accepted');
  return id;
}
