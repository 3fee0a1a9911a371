import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillIntake } from './support/intake-steps.js';
import { ROOT, waitFor } from './support/processes.js';
import { usePlaygroundSession } from './support/session.js';

const OUT = path.join(ROOT, 'out', 'e2e');
const SANNE = '00000000-0000-0000-0000-0000000000020';
// Sanne (the playground's user) leads a project and, for this test, is also in Team Uthiek.
const session = usePlaygroundSession({
  UTHIEK_TEAM_ID: 'team-uthiek',
  UTHIEK_CHANNEL_ID: 'channel-triage',
  UTHIEK_MEMBER_IDS: SANNE,
  JOB_INTERVAL_SECONDS: '1',
});

describe('triage in the Agents Playground (team channel)', () => {
  it('a submitted case appears in the triage channel; accepting it updates the card and tells the lead', async () => {
    const { ui } = session;
    // opening the team installs the bot there
    await ui.selectConversation('Team Uthiek - Triage');
    await ui.selectConversation('Personal Chat');
    await ui.send('taal nl');
    await ui.send('aanmelden');
    await fillIntake(ui, 'Drukte tellen op pleinen');
    await ui.click('Indienen bij Team Uthiek');
    expect(await ui.cardText()).toContain('Aangemeld bij Team Uthiek');

    await ui.selectConversation('Team Uthiek - Triage');
    const posted = await waitFor(
      () =>
        ui.botMessages('channel-triage').find((e) => JSON.stringify(e.message).includes('Drukte tellen op pleinen')),
      'the triage card in the channel',
    );
    await ui.rendered(posted);
    await ui.screenshot(path.join(OUT, 'triage-channel.png'));
    const card = await ui.cardText();
    expect(card).toContain('Nieuwe zaak UTH-');
    expect(card).toContain('Voorgestelde impact: hoog');
    await ui.screenshot(path.join(OUT, 'triage-card.png'));

    await ui.click('Accepteren');
    const result = await ui.click('Accepteren bevestigen');
    expect(result.kind).toBe('invoke');
    expect(JSON.stringify(result.response)).toContain('Geaccepteerd');
    await ui.screenshot(path.join(OUT, 'triage-accepted.png'));
    // everyone in the channel sees the decision: the post itself was updated
    await waitFor(
      () =>
        ui.events.some((e) => e.action === 'updateMessage' && JSON.stringify(e.message).includes('Geaccepteerd op')),
      'the channel post to be updated',
    );

    await ui.selectConversation('Personal Chat');
    await waitFor(
      () => ui.botMessages().some((e) => JSON.stringify(e.message).includes('is geaccepteerd')),
      'the lead notification',
    );
  });
});
