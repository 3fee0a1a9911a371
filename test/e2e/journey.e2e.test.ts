import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillIntake } from './support/intake-steps.js';
import { ROOT, waitFor } from './support/processes.js';
import { usePlaygroundSession } from './support/session.js';

const OUT = path.join(ROOT, 'out', 'e2e', 'journey');
const SANNE = '00000000-0000-0000-0000-0000000000020';

const botBase = () => session.bot.endpoint.replace('/api/messages', '');
const moveClock = (to: string) =>
  fetch(`${botBase()}/_clock?to=${encodeURIComponent(to)}`, { method: 'POST' }).then((r) => r.json());

// Sanne leads the project and, for this walk-through, is also in Team Uthiek.
const session = usePlaygroundSession({
  UTHIEK_TEAM_ID: 'team-uthiek',
  UTHIEK_CHANNEL_ID: 'channel-triage',
  UTHIEK_MEMBER_IDS: SANNE,
  JOB_INTERVAL_SECONDS: '1',
  CLOCK_START: '2026-11-24T08:30:00Z', // a Tuesday, 09:30 in Utrecht
});

/** Waits for a message from the bot matching `match`, and, in the conversation on screen, until it is shown. */
async function reply(match: RegExp, conversationId?: string) {
  const event = await waitFor(
    () => session.ui.botMessages(conversationId).find((e) => match.test(JSON.stringify(e.message))),
    `a message matching ${match}`,
    30_000,
  );
  if (!conversationId || conversationId === session.ui.conversationId) await session.ui.rendered(event);
  return event;
}

describe('the whole journey in the Agents Playground', () => {
  it('signal → intake → triage → schedule → outcome → decision reminder → nudge answer → report → withdraw', async () => {
    const { ui } = session;
    await ui.selectConversation('Team Uthiek - Triage'); // installs the bot in the team
    await ui.selectConversation('Personal Chat');
    await ui.send('taal nl');

    // 0. An external panel member, not in Teams: Carla answers through her personal page
    await ui.send('panel');
    await reply(/Lid toevoegen/);
    await ui.click('Lid toevoegen');
    await ui.fill('name', 'Carla Smit');
    await ui.fill('email', 'carla@example.org');
    await ui.fill('expertise', ['privacy', 'surveillance', 'algorithms']);
    await ui.fill('monthlyMax', '3');
    expect(JSON.stringify((await ui.click('Opslaan')).response)).toContain('Carla Smit is opgeslagen');

    // 1. Signal: a group chat message without @mention; the invitation arrives in the 1:1 chat
    await ui.sendUnmentioned(
      'group-chat-project',
      "We gaan in januari een pilot starten met camera's op het Vredenburgplein die drukte tellen met een algoritme.",
    );
    await reply(/Gaat dit over een nieuw digitaliseringsproject/);
    await ui.screenshot(path.join(OUT, '1-signal.png'));

    // 2. Intake, prefilled from the signal
    await ui.click('Ja, aanmelden');
    expect(await ui.cardText()).toContain('Stap 1: ');
    await fillIntake(ui, 'Drukte tellen op het Vredenburgplein');
    await ui.click('Indienen bij Team Uthiek');
    expect(await ui.cardText()).toContain('Aangemeld bij Team Uthiek');

    // 3. Triage in the team channel: accept with impact medium, lower than suggested, so with a reason
    await ui.selectConversation('Team Uthiek - Triage');
    await reply(/Drukte tellen op het Vredenburgplein/, 'channel-triage');
    await ui.click('Accepteren');
    await ui.fill('impact', 'medium');
    await ui.fill('impactReason', 'Er worden alleen aantallen geteld; geen beelden en geen besluiten over personen.');
    const accepted = await ui.click('Accepteren bevestigen');
    expect(JSON.stringify(accepted.response)).toContain('Geaccepteerd');
    expect(JSON.stringify(accepted.response)).toContain('Impact lager dan voorgesteld, omdat:');
    await ui.screenshot(path.join(OUT, '3-triage.png'));

    // 4. Schedule: proposals, confirm the first
    const proposal = await ui.click('Toets plannen');
    expect(JSON.stringify(proposal.response)).toContain('Voorstel 1');
    expect(JSON.stringify(proposal.response)).toContain('Carla Smit');
    // the availability poll: Carla gets a personal link (no Outlook here: the handler forwards it)
    const polled = JSON.stringify((await ui.click('Beschikbaarheid vragen')).response);
    const link = /Carla Smit: (http[^\s"\\]+)/.exec(polled)![1]!;
    const outside = await ui.page.context().newPage();
    await outside.goto(link);
    expect(await outside.locator('h1').innerText()).toContain('Drukte tellen op het Vredenburgplein');
    await outside.getByRole('radio', { name: 'Ja, ik kan' }).first().check();
    await outside.getByRole('button', { name: 'Beschikbaarheid versturen' }).click();
    await waitFor(
      async () => (await outside.locator('form[data-kind="poll"] [role="status"]').innerText()).includes('opgeslagen'),
      'the page saying the answer is saved',
    );
    await outside.screenshot({ path: path.join(OUT, '4-outside-page.png'), fullPage: true });
    await outside.close();
    // her answer counts in the proposal as if she had answered in Teams
    const status = await ui.click('Stand bekijken');
    expect(JSON.stringify(status.response)).toMatch(/Beschikbaar: 1 ja/);
    const confirmed = await ui.click('Bevestigen');
    expect(JSON.stringify(confirmed.response)).toContain('is gepland');
    // the answer is the case card itself, so a refresh arriving before it cannot leave a card without buttons;
    // the outcome can only be recorded once the assessment has begun, until then the meeting can be called off
    expect(JSON.stringify(confirmed.response)).toContain('Toets afzeggen');
    expect(JSON.stringify(confirmed.response)).not.toContain('Uitkomst vastleggen');
    await ui.screenshot(path.join(OUT, '4-scheduled.png'));

    // 5. Once the assessment has begun, the card is refreshed with "Uitkomst vastleggen": record the outcome
    await moveClock('2026-12-14T09:00:00Z');
    await waitFor(
      async () => (await ui.cardText()).includes('Uitkomst vastleggen'),
      'the triage card with "Uitkomst vastleggen"',
      30_000,
    );
    await ui.click('Uitkomst vastleggen');
    await ui.fill('reportUrl', 'https://utrecht.example/verslagen/vredenburg.pdf');
    await ui.fill('item_0_text', 'Sla geen beelden op; tel alleen.');
    await ui.fill('item_0_values', ['privacy']);
    await ui.fill('item_0_due', '2026-12-23');
    const saved = await ui.click('Uitkomst opslaan');
    expect(JSON.stringify(saved.response)).toContain('is vastgelegd');

    // 6. The lead's decision in the 1:1 chat: left unanswered, it is chased five working days later
    await ui.selectConversation('Personal Chat');
    await reply(/decision\.save/);
    await moveClock('2026-12-21T08:30:00Z'); // Monday 21 December, 09:30 in Utrecht
    await reply(/Herinnering: je besluit/);
    expect(await ui.cardText()).toContain('(herinnering 1)');
    expect(await ui.cardText()).toContain('Eindverslag lezen');
    await ui.screenshot(path.join(OUT, '6-decision-reminder.png'));
    const [decisionId] = ui.inputIds('decision.save', 'item_').filter((id) => id.endsWith('_decision'));
    await ui.fill(decisionId!, 'adopt');
    await ui.fill('overall', 'adopt');
    await ui.fill('overallReason', 'We slaan niets op.');
    const decided = await ui.click('Besluit vastleggen');
    expect(JSON.stringify(decided.response)).toContain('is vastgelegd');

    // 6b. The lead records that the DPIA (only planned at the intake) was done, with its date
    await ui.send('dpia UTH-2026-001');
    expect(await ui.cardText()).toContain('De DPIA is gepland');
    await ui.fill('status', 'done');
    await ui.fill('date', '2026-11-20');
    const dpiaSaved = await ui.click('DPIA vastleggen');
    expect(JSON.stringify(dpiaSaved.response)).toContain('De DPIA is afgerond op 20 november 2026.');
    await ui.screenshot(path.join(OUT, '6b-dpia.png'));

    // 7. On the due date a nudge arrives; answered on the card, the case closes
    await moveClock('2026-12-23T09:30:00Z');
    await reply(/followup\.update/);
    const [statusId] = ui.inputIds('followup.update', 'item_').filter((id) => id.endsWith('_status'));
    await ui.fill(statusId!, 'implemented');
    const updated = await ui.click('Bijwerken');
    expect(JSON.stringify(updated.response)).toContain('De zaak is gesloten');
    await ui.screenshot(path.join(OUT, '7-nudge.png'));

    // 8. The report counts it, traceable to the case
    await ui.send('rapport 2026');
    const report = await ui.cardText();
    expect(report).toContain('Rapportage 2026');
    expect(report).toContain('1 van 50 toetsen');
    expect(report).toMatch(/DPIA afgerond vóór de toets \(volgens de datums\)\s*1/);
    expect(report).toMatch(/Impact lager gezet dan voorgesteld \(met reden\)\s*1/);
    expect(report).toContain('Hoe dit rapport telt');
    await ui.screenshot(path.join(OUT, '8-report.png'));

    // 9. A new registration, withdrawn by the lead before Team Uthiek accepts it
    await ui.send('aanmelden');
    await reply(/Stap 1: /);
    await ui.send('intrekken');
    await reply(/Aanmelding UTH-2026-002 intrekken/);
    await ui.fill('reason', 'Het project gaat toch niet door.');
    const withdrawn = await ui.click('Intrekken bevestigen');
    expect(JSON.stringify(withdrawn.response)).toContain('Je aanmelding UTH-2026-002 is ingetrokken');
    await ui.screenshot(path.join(OUT, '9-withdrawn.png'));
  });
});
