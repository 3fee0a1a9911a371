import type { TestBot } from '../../test/support/bot-harness.js';
import {
  channelMessage,
  installationUpdate,
  personalConversationId,
  PROJECT_CHANNEL,
  TEAM_ID,
  users,
  type TestUser,
} from '../../test/support/activities.js';
import { actionData, cardOf } from '../../test/support/cards.js';
import {
  execute,
  installInUthiekTeam,
  say,
  scheduledCase,
  submitCase,
  triageChannel,
  assessmentBegins,
} from '../../test/support/flows.js';
import type { CaseRecord } from '../../src/domain/case/case.js';

/** A panel member who is also in Teams, so proposals invite them. */
export const panelUser: TestUser = {
  id: '29:panel',
  aadObjectId: '0b9c8d7e-1111-4222-8333-944445555666',
  name: 'Bram Visser',
};
/** The person who sends the control message; never used by a generator. */
export const controlUser: TestUser = { id: '29:control', aadObjectId: 'aad-control', name: 'Controle Gebruiker' };

const SIGNAL = "We willen volgend jaar een pilot starten met slimme camera's in het centrum die drukte meten.";

/** What the fuzz can aim at: real ids and revisions, taken from the store after the setup. */
export interface Targets {
  cases: Record<string, { id: string; rev: number; state: CaseRecord['state']; leadId: string; createdBy: string }>;
  /** Case id by role in the setup: draft, submitted, needsInfo, accepted, scheduled, assessed, followUp, algorithm, declined. */
  byRole: Record<string, string>;
  proposalId: string;
  supersededProposalId: string;
  /** Slot indexes that exist on the open proposal. */
  slotCount: number;
  /** Who may answer the open proposal's poll. */
  proposalInvitees: string[];
  panelMemberIds: string[];
  panelExternalKeys: string[];
  signalId: string;
  signalAuthor: string;
  requestId: string;
  adviceItemIds: string[];
  /** Advice items of the assessed case (awaiting the lead's decision). */
  assessedItemIds: string[];
  /** Advice items of the follow-up case with an owner other than the lead (delegable). */
  delegableItemIds: string[];
  reportCodes: string[];
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs due jobs until none is left (the manual clock does not move, so later ones stay put). */
export async function settleJobs(h: TestBot): Promise<void> {
  const now = () => h.clock.now().toISOString();
  for (let i = 0; i < 50; i++) {
    await h.bot.deps.jobs.tick();
    const due = h.bot.deps.store.find(
      'jobs',
      (j) => (j.status === 'pending' && j.dueAt <= now()) || j.status === 'running',
    );
    if (due.length === 0) return;
    await wait(20);
  }
}

/**
 * Builds realistic state through the real flows (HTTP endpoint, real cards, real jobs):
 * the Uthiek team installed with its roster; personal chats of every user; a panel member;
 * cases in every state the verbs act on; an open proposal; an open signal.
 */
export async function buildState(h: TestBot): Promise<Targets> {
  const owner: TestUser = { id: '29:owner', aadObjectId: 'aad-owner', name: 'Olga Eigenaar' };
  await installInUthiekTeam(h);
  h.connector.members.set(TEAM_ID, [
    ...[users.member, users.member2].map((u) => ({ id: u.id, aadObjectId: u.aadObjectId, name: u.name })),
    { id: owner.id, aadObjectId: owner.aadObjectId, name: owner.name, email: 'olga@utrecht.example' },
  ]);
  for (const u of [
    users.lead,
    users.lead2,
    users.member,
    users.member2,
    users.outsider,
    panelUser,
    owner,
    controlUser,
  ]) {
    await h.post(installationUpdate(u, 'add', { serviceUrl: h.connector.url }));
  }
  // The owner is in the Uthiek team's roster (so the bot finds her by e-mail for an advice item),
  // which also makes her a Uthiek member.

  // A panel member through the real panel cards.
  const list = cardOf((await say(h, users.member, 'panel'))[0]);
  const editor = cardOf(await execute(h, users.member, actionData(list, 'panel.edit', { memberId: '' })));
  await execute(h, users.member, {
    ...actionData(editor, 'panel.save'),
    name: 'Bram Visser',
    email: 'bram@panel.example',
    teamsAadObjectId: panelUser.aadObjectId,
    expertise: 'privacy, surveillance, data-protection',
    monthlyMax: '4',
    unavailable: '',
    active: 'true',
  });

  const byRole: Record<string, string> = {};
  // A draft, left in the middle of the intake.
  const draft = cardOf((await say(h, users.lead2, 'aanmelden'))[0]);
  await execute(h, users.lead2, {
    ...actionData(draft, 'intake.save', { nav: 'next' }),
    projectName: 'Parkeerscan',
    orgUnit: 'Mobiliteit',
    leadIsMe: 'true',
    phase: 'idea',
  });
  byRole.draft = h.bot.deps.cases.drafts(users.lead2.aadObjectId)[0]!.id;

  byRole.submitted = await submitCase(h, users.lead);
  byRole.needsInfo = await submitCase(h, users.lead2);
  byRole.declined = await submitCase(h, users.lead2);
  byRole.algorithm = await submitCase(h, users.lead, {
    legal: {
      dpiaStatus: 'in-progress',
      algorithmRegister: 'yes',
      algorithmRegisterUrl: 'https://algoritmes.overheid.nl/nl/algoritme/utrecht-1',
    },
  });
  byRole.accepted = await submitCase(h, users.lead);
  await settleJobs(h);
  await h.connector.waitFor(() =>
    Object.values(byRole).every(
      (id) => id === byRole.draft || Boolean(h.bot.deps.store.get('messages', `triage:${id}`)),
    ),
  );

  const rev = (id: string) => h.bot.deps.cases.get(id)!.rev ?? 0;
  await execute(
    h,
    users.member,
    { verb: 'triage.ask', caseId: byRole.needsInfo, rev: rev(byRole.needsInfo), question: 'Welke camera’s precies?' },
    triageChannel(h, byRole.needsInfo!),
  );
  await execute(
    h,
    users.member,
    { verb: 'triage.decline', caseId: byRole.declined, rev: rev(byRole.declined), reason: 'Geen digitalisering.' },
    triageChannel(h, byRole.declined!),
  );
  await execute(
    h,
    users.member,
    {
      verb: 'triage.accept',
      caseId: byRole.algorithm,
      rev: rev(byRole.algorithm),
      handlerId: users.member.aadObjectId,
      impact: 'high',
    },
    triageChannel(h, byRole.algorithm!),
  );
  await execute(
    h,
    users.member,
    {
      verb: 'triage.accept',
      caseId: byRole.accepted,
      rev: rev(byRole.accepted),
      handlerId: users.member2.aadObjectId,
      impact: 'medium',
      // lower than suggested: the panel rule asks why
      impactReason: 'Alleen een proef in twee straten; er worden geen besluiten over inwoners genomen.',
    },
    triageChannel(h, byRole.accepted!),
  );
  // Two proposals for the accepted case: the first is superseded by the second (asked for on the case's
  // card: the same click in the same place again would get the first answer, as a click Teams resends)
  const first = cardOf(await execute(h, users.member2, { verb: 'schedule.propose', caseId: byRole.accepted }));
  const supersededProposalId = String(actionData(first, 'schedule.confirm').proposalId);
  const second = cardOf(
    await execute(
      h,
      users.member2,
      { verb: 'schedule.propose', caseId: byRole.accepted },
      triageChannel(h, byRole.accepted!),
    ),
  );
  const proposalId = String(actionData(second, 'schedule.confirm').proposalId);

  byRole.scheduled = await scheduledCase(h, users.lead, users.member2);
  byRole.assessed = await scheduledCase(h, users.lead2, users.member2);
  byRole.followUp = await scheduledCase(h, users.lead, users.member2);
  for (const id of [byRole.assessed, byRole.followUp]) {
    // an outcome can be recorded once the assessment has begun
    const heldOn = assessmentBegins(h, id!);
    await execute(
      h,
      users.member2,
      {
        verb: 'outcome.save',
        caseId: id,
        rev: rev(id!),
        count: 2,
        reportUrl: 'https://utrecht.example/verslag.pdf',
        heldOn,
        item_0_text: 'Sla geen beelden op.',
        item_0_values: 'privacy',
        item_0_owner: '',
        item_0_due: '2027-01-11',
        item_1_text: 'Publiceer in het algoritmeregister.',
        item_1_values: 'privacy',
        item_1_owner: 'olga@utrecht.example',
        item_1_due: '2027-02-01',
      },
      triageChannel(h, id!),
    );
  }
  const fu = h.bot.deps.cases.get(byRole.followUp!)!;
  const decision: Record<string, string> = {
    verb: 'decision.save',
    caseId: fu.id,
    overall: 'adopt',
    overallReason: 'Past bij ons doel.',
  };
  for (const item of fu.advice) decision[`item_${item.id}_decision`] = 'adopt';
  await execute(h, users.lead, decision);

  // An open signal: the lead writes about a new project in a project channel.
  await h.post(channelMessage(users.lead, SIGNAL, { serviceUrl: h.connector.url, channelId: PROJECT_CHANNEL }));
  await settleJobs(h);

  const store = h.bot.deps.store;
  const cases: Targets['cases'] = {};
  for (const c of h.bot.deps.cases.all())
    cases[c.id] = { id: c.id, rev: c.rev ?? 0, state: c.state, leadId: c.leadId, createdBy: c.createdBy };
  for (const [role, id] of Object.entries(byRole)) if (!id) throw new Error(`setup: no case for ${role}`);
  const expect: Record<string, CaseRecord['state']> = {
    draft: 'intake',
    submitted: 'submitted',
    needsInfo: 'needs-info',
    declined: 'declined',
    algorithm: 'accepted',
    accepted: 'accepted',
    scheduled: 'scheduled',
    assessed: 'assessed',
    followUp: 'follow-up',
  };
  for (const [role, state] of Object.entries(expect)) {
    if (cases[byRole[role]!]!.state !== state)
      throw new Error(`setup: case ${role} is ${cases[byRole[role]!]!.state}, expected ${state}`);
  }
  const proposal = store.get('proposals', proposalId)!;
  const signal = store.all('signals').find((s) => s.status === 'open');
  if (!signal) throw new Error('setup: no open signal');
  const needsInfo = h.bot.deps.cases.get(byRole.needsInfo!)!;
  const followUp = h.bot.deps.cases.get(byRole.followUp!)!;
  return {
    cases,
    byRole,
    proposalId,
    supersededProposalId,
    slotCount: proposal.slots.length,
    proposalInvitees: proposal.invitees.map((i) => i.aadObjectId),
    panelMemberIds: store.all('panel').map((m) => m.id),
    panelExternalKeys: proposal.slots.flatMap((s, i) => s.panel.map((m) => `ext_${m.memberId}_${i}`)),
    signalId: signal.id,
    signalAuthor: signal.authorId,
    requestId: needsInfo.triage!.requests.at(-1)!.id,
    adviceItemIds: followUp.advice.map((a) => a.id),
    assessedItemIds: h.bot.deps.cases.get(byRole.assessed!)!.advice.map((a) => a.id),
    delegableItemIds: followUp.advice.filter((a) => a.ownerId && a.ownerId !== followUp.leadId).map((a) => a.id),
    reportCodes: [
      'assessments.held',
      'funnel.signals',
      'funnel.intakes',
      'funnel.accepted',
      'advice.overdue',
      'highImpact.withPanel',
    ],
  };
}

export { personalConversationId };
