import { expect } from 'vitest';
import type { Technology } from '../../src/domain/intake/vocabulary.js';
import type { TestBot } from './bot-harness.js';
import {
  BOT,
  cardAction,
  installationUpdate,
  membersAdded,
  personalConversationId,
  personalMessage,
  TEAM_ID,
  users,
  type TestUser,
} from './activities.js';
import { actionData, actions, cardOf } from './cards.js';

/** Answers for every intake step, giving a complete, high-impact case. */
export const COMPLETE_INTAKE: Record<string, Record<string, string>> = {
  basics: {
    projectName: 'Slimme lantaarnpalen',
    orgUnit: 'Stadsbeheer',
    leadIsMe: 'true',
    phase: 'pilot',
    plannedDate: '2027-03-01',
  },
  purpose: {
    purpose: 'Energie besparen door te dimmen als er niemand is.',
    means: "Sensoren en camera's in lantaarnpalen.",
  },
  people: { affectedGroups: 'residents,visitors' },
  technology: {
    technologies: 'sensors-iot,cameras',
    personalData: 'yes',
    supplier: 'supplier',
    supplierName: 'LuxCity BV',
  },
  details: { specialCategories: 'no', camerasPublicSpace: 'yes' },
  legal: { dpiaStatus: 'in-progress', algorithmRegister: 'no' },
  values: { value_privacy: 'true', why_privacy: "Camera's in de openbare ruimte." },
  experts: { experts: 'Jan de Wit (privacy officer)' },
};

export async function say(h: TestBot, user: TestUser, text: string, locale = 'nl-NL') {
  h.connector.clear();
  await h.post(personalMessage(user, text, { serviceUrl: h.connector.url, locale }));
  return h.connector.sent(personalConversationId(user)).map((c) => c.body);
}

export async function execute(
  h: TestBot,
  user: TestUser,
  data: Record<string, unknown>,
  extra: Parameters<typeof cardAction>[3] | object = {},
) {
  const res = await h.post(cardAction(user, String(data.verb), data, { serviceUrl: h.connector.url, ...extra }));
  expect(res.status).toBe(200);
  return res.body;
}

/** The bot installed in the Team Uthiek team, whose roster the fake connector knows. */
export async function installInUthiekTeam(h: TestBot): Promise<void> {
  h.connector.members.set(
    TEAM_ID,
    [users.member, users.member2].map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name })),
  );
  await h.post(membersAdded(users.member, [{ id: BOT.id }], { serviceUrl: h.connector.url, team: true }));
}

/** The bot installed in the personal scope of each of `people` (Teams' install event). */
export async function installFor(h: TestBot, people: TestUser[]): Promise<void> {
  for (const u of people) await h.post(installationUpdate(u, 'add', { serviceUrl: h.connector.url }));
}

/** Carla Smit on the assessment panel (record `p1`), with the given expertise and monthly maximum. */
export async function addPanelMember(
  h: TestBot,
  { expertise = ['privacy', 'surveillance'], monthlyMax = 5 }: { expertise?: string[]; monthlyMax?: number } = {},
): Promise<void> {
  await h.bot.deps.store.transact((tx) =>
    tx.put('panel', {
      id: 'p1',
      name: 'Carla Smit',
      email: 'carla@example.org',
      expertise,
      monthlyMax,
      unavailable: [],
      active: true,
    }),
  );
}

/** A lead registers a complete case through the intake cards, with Teams in `locale`; returns its id. */
export async function submitCase(
  h: TestBot,
  user: TestUser = users.lead,
  overrides: Record<string, Record<string, string>> = {},
  locale = 'nl-NL',
): Promise<string> {
  const sent = await say(h, user, 'aanmelden', locale);
  let card = cardOf(sent[0]);
  for (const [step, form] of Object.entries(COMPLETE_INTAKE)) {
    card = cardOf(
      await execute(
        h,
        user,
        { ...actionData(card, 'intake.save', { nav: 'next' }), ...form, ...overrides[step] },
        { locale },
      ),
    );
  }
  const done = await execute(h, user, actionData(card, 'intake.submit'), { locale });
  const id = /UTH-\d{4}-\d{3}/.exec(JSON.stringify(done))?.[0];
  if (!id) throw new Error('no case id after submit');
  return id;
}

/** A triage-channel invoke context for the case's triage card. */
export function triageChannel(h: TestBot, caseId: string) {
  const ref = h.bot.deps.store.get('messages', `triage:${caseId}`)!;
  return {
    conversation: { id: `${ref.conversationId}`, conversationType: 'channel', isGroup: true },
    channelData: { team: { id: TEAM_ID }, channel: { id: ref.conversationId.split(';')[0] } },
    replyToId: ref.activityId,
  };
}

/**
 * Once its triage card is posted, `handler` accepts the case with medium impact in the triage
 * channel (`impactReason` as given); returns the answer.
 */
export async function acceptCase(
  h: TestBot,
  handler: TestUser,
  id: string,
  impactReason = 'Alleen een proef in twee straten',
) {
  await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
  const c = h.bot.deps.cases.get(id)!;
  return execute(
    h,
    handler,
    { verb: 'triage.accept', caseId: id, rev: c.rev, handlerId: handler.aadObjectId, impact: 'medium', impactReason },
    triageChannel(h, id),
  );
}

/** A case submitted by `lead`, accepted with `handler`, and scheduled at the first proposed moment. */
export async function scheduledCase(h: TestBot, lead: TestUser, handler: TestUser): Promise<string> {
  const id = await submitCase(h, lead);
  await acceptCase(h, handler, id, 'Alleen een proef in twee straten; er worden geen besluiten over inwoners genomen.');
  const proposal = await proposalFor(h, handler, id);
  await execute(h, handler, { ...actionData(proposal, 'schedule.confirm'), slot: '0' });
  if (h.bot.deps.cases.get(id)!.state !== 'scheduled') throw new Error('scheduling failed');
  return id;
}

/**
 * The proposal card of a case, once its moments are there: with Outlook, they follow from a job
 * that reads the calendars first (the card shows them with "Stand bekijken").
 */
export async function proposalFor(h: TestBot, handler: TestUser, caseId: string): Promise<any> {
  const card = cardOf(await execute(h, handler, { verb: 'schedule.propose', caseId }));
  const status = actions(card).find((a) => a.verb === 'schedule.status');
  if (!status || actions(card).some((a) => a.verb === 'schedule.confirm')) return card;
  // the answer said the moments follow (the job may already be done)
  await h.connector.waitFor(() => !h.bot.deps.proposals.get(status.data.proposalId)?.pending);
  return cardOf(await execute(h, handler, status.data));
}

/**
 * A case of `users.lead`, handled by `users.member2`, with `technology` added to its intake and
 * taken to an assessment held on 18 December 2026 with one advice item (the clock then on 20 December).
 */
export async function assessedCaseWith(h: TestBot, technology: Technology): Promise<string> {
  const id = await scheduledCase(h, users.lead, users.member2);
  await h.bot.deps.store.transact((tx) => {
    const c = tx.get('cases', id)!;
    tx.put('cases', { ...c, intake: { ...c.intake, technologies: [...(c.intake.technologies ?? []), technology] } });
  });
  h.clock.set('2026-12-20T10:00:00Z');
  await saveOutcome(h, users.member2, id, {
    reportUrl: 'https://utrecht.example/verslag.pdf',
    heldOn: '2026-12-18',
    item_0_text: 'Leg uit hoe het model beslist.',
    item_0_values: 'controle-op-technologie',
    item_0_due: '2027-02-01',
  });
  expect(h.bot.deps.cases.get(id)!.state).toBe('assessed');
  return id;
}

/**
 * Moves the clock to an hour after the scheduled assessment began (an outcome can only be
 * recorded from then on) and returns its local date.
 */
export function assessmentBegins(h: TestBot, id: string): string {
  const start = Date.parse(h.bot.deps.cases.get(id)!.schedule!.slot.start);
  if (h.clock.now().getTime() < start + 3_600_000) h.clock.set(new Date(start + 3_600_000));
  return new Date(start).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/**
 * `handler` opens the outcome form of the case in the triage channel and saves it with `form`
 * (report link, date held, advice items); returns the answer.
 */
export async function saveOutcome(h: TestBot, handler: TestUser, id: string, form: Record<string, unknown>) {
  const card = cardOf(await execute(h, handler, { verb: 'outcome.open', caseId: id }, triageChannel(h, id)));
  return execute(h, handler, { ...actionData(card, 'outcome.save'), ...form }, triageChannel(h, id));
}
