import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes.js';
import { usePlaygroundSession } from './support/session.js';

const OUT = path.join(ROOT, 'out', 'e2e');
const session = usePlaygroundSession();

describe('intake in the Microsoft 365 Agents Playground (Chromium)', () => {
  it('welcomes, refuses an empty step with messages on the card, then completes and submits a registration', async () => {
    const { ui } = session;
    expect(ui.botMessages().length).toBeGreaterThan(0); // the welcome card on install
    // the playground's client is English; the person chooses Dutch
    await ui.send('taal nl');
    await ui.send('aanmelden');
    expect(await ui.cardText()).toContain('Stap 1: ');

    await ui.click('Volgende');
    const refused = await ui.cardText();
    expect(refused).toContain('Nog niet alles klopt');
    expect(refused).toContain('Vul dit in.');
    await ui.screenshot(path.join(OUT, 'intake-errors.png'));

    await ui.fill('projectName', 'Slimme lantaarnpalen');
    await ui.fill('orgUnit', 'Stadsbeheer');
    await ui.fill('phase', 'pilot');
    await ui.fill('plannedDate', '2027-06-01');
    await ui.click('Volgende');
    expect(await ui.cardText()).toContain('Doel en middel');

    await ui.fill('purpose', 'Energie besparen door lampen te dimmen als er niemand is.');
    await ui.fill('means', 'Bewegingssensoren in de lantaarnpalen.');
    await ui.click('Volgende');
    await ui.fill('affectedGroups', ['residents', 'visitors']);
    await ui.click('Volgende');
    expect(await ui.cardText()).toContain('Technologie en gegevens');
    await ui.fill('technologies', ['sensors-iot']);
    await ui.fill('personalData', 'no');
    await ui.fill('supplier', 'in-house');
    await ui.click('Volgende');
    expect(await ui.cardText()).toContain('Wettelijk kader');
    await ui.fill('dpiaStatus', 'not-needed');
    await ui.fill('dpiaNote', 'Er worden geen persoonsgegevens verwerkt.');
    await ui.fill('algorithmRegister', 'no');
    await ui.click('Volgende');
    await ui.fill('value_privacy', true);
    await ui.fill('why_privacy', 'Sensoren in de openbare ruimte.');
    await ui.click('Volgende');
    await ui.fill('experts', 'Nog niet bekend');
    await ui.click('Volgende');

    const review = await ui.cardText();
    expect(review).toContain('Controleren en indienen');
    expect(review).toContain('Slimme lantaarnpalen');
    expect(review).toContain('Alles wat Team Uthiek minimaal nodig heeft, is ingevuld.');
    await ui.screenshot(path.join(OUT, 'intake-review.png'));

    await ui.click('Indienen bij Team Uthiek');
    const done = await ui.cardText();
    expect(done).toContain('Aangemeld bij Team Uthiek');
    expect(done).toMatch(/UTH-\d{4}-\d{3}/);
    await ui.screenshot(path.join(OUT, 'intake-submitted.png'));

    await ui.send('mijn zaken');
    expect(await ui.cardText()).toContain('ingediend, wacht op Team Uthiek');
    expect(ui.blocked.every((u) => !u.includes('127.0.0.1'))).toBe(true);
  });
});
