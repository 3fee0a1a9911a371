import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { users } from '../support/activities.js';
import { execute, say } from '../support/flows.js';
import { cardOf, cardText } from '../support/cards.js';
import { linkIn, pollWithOutsider } from '../support/outside-flows.js';
import { CHROMIUM_PATH } from './support/playground-page.js';
import { ROOT } from './support/processes.js';

const OUT = path.join(ROOT, 'out', 'e2e');
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * axe-core's WCAG 2.1 A/AA rules and best practices on the page as it is now. axe is evaluated
 * through the DevTools protocol, so the page's own Content-Security-Policy stays as it is.
 */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    (globalThis as any).axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return (result as { violations: AxeViolation[] }).violations;
}

const serious = (violations: AxeViolation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
let browser: Browser;
let h: TestBot;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await h?.stop();
});

async function open(url: string, javaScriptEnabled = true): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, javaScriptEnabled });
  // nothing but the bot: no fonts or scripts from elsewhere
  await page.route(/^(?!http:\/\/(127\.0\.0\.1|localhost))/, (r) => r.abort());
  await page.goto(url);
  return page;
}

describe('the page for people outside Teams, in Chromium', () => {
  it('an external member answers the poll with the keyboard and sends written input; both reach the case', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h);
    const url = linkIn(notice);
    const page = await open(url);
    expect(await page.locator('h1').innerText()).toContain(id);
    // axe-core: no serious or critical violation, in Dutch and in English
    expect(serious(await axeViolations(page))).toEqual([]);
    // keyboard order from the top: the skip link first, then the language, then the first answer
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('main');
    // headings: one h1, a h2 per part
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').allInnerTexts()).toEqual([
      'Wanneer kun je?',
      'Voorbereiding',
      'Schriftelijke inbreng',
      'Belangenverstrengeling',
    ]);
    // every control has a label; the slots are fieldsets with the moment as legend
    expect(await page.locator('fieldset legend').count()).toBeGreaterThan(1);
    // keyboard only: Tab to the first "yes", Space to choose it, then to the submit button and Enter
    await page.getByRole('radio', { name: 'Ja, ik kan' }).first().focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Beschikbaarheid versturen' }).focus();
    await page.keyboard.press('Enter');
    const pollStatus = page.locator('form[data-kind="poll"] [role="status"]');
    await expect.poll(() => pollStatus.innerText()).toContain('opgeslagen');
    expect(await pollStatus.evaluate((el: any) => el === (globalThis as any).document.activeElement)).toBe(true);
    expect(h.bot.deps.proposals.current(id)!.answers['panel:pm-carla']).toEqual({ '0': 'yes' });

    await page.getByLabel(/Kun je niet komen/).fill('Ik kan niet komen; let op de bewaartermijn.');
    await page.getByRole('button', { name: 'Inbreng versturen' }).click();
    await expect
      .poll(() => page.locator('form[data-kind="input"] [role="status"]').innerText())
      .toContain('opgeslagen');
    expect(h.bot.deps.cases.get(id)!.outside!.input[0]!.text).toBe('Ik kan niet komen; let op de bewaartermijn.');

    await page.getByRole('radio', { name: 'Nee, ik heb geen belang' }).check();
    await page.getByRole('button', { name: 'Verklaring versturen' }).click();
    await expect
      .poll(() => page.locator('form[data-kind="conflict"] [role="status"]').innerText())
      .toContain('opgeslagen');
    expect(h.bot.deps.cases.get(id)!.outside!.conflicts[0]!.conflict).toBe(false);

    // English on request
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'When can you attend?' }).waitFor();
    expect(serious(await axeViolations(page))).toEqual([]);
    await page.screenshot({ path: path.join(OUT, 'outside-page.png'), fullPage: true });
    await page.close();
  });

  it('an expired link and a revoked link show why, and accept nothing', async () => {
    h = await startTestBot({ env: { OUTSIDE_LINK_DAYS: '2' } });
    const { id, notice } = await pollWithOutsider(h);
    const url = linkIn(notice);
    const page = await open(url);
    await page.getByRole('heading', { name: 'Wanneer kun je?' }).waitFor();
    await say(h, users.member2, `extern ${id} intrekken Carla Smit`);
    // the page still open: sending now is refused, and says so
    await page.getByLabel(/Kun je niet komen/).fill('te laat');
    await page.getByRole('button', { name: 'Inbreng versturen' }).click();
    await expect
      .poll(() => page.locator('form[data-kind="input"] [role="status"]').innerText())
      .toContain('ingetrokken');
    expect(h.bot.deps.cases.get(id)!.outside!.input).toHaveLength(0);
    await page.reload();
    expect(await page.locator('main').innerText()).toContain('Deze link is ingetrokken');

    // a new link, then its time runs out
    const p = h.bot.deps.proposals.current(id)!;
    const again = linkIn(
      cardText(cardOf(await execute(h, users.member2, { verb: 'schedule.poll', proposalId: p.id }))),
    );
    expect(again).not.toBe(url);
    await page.goto(again);
    await page.getByRole('heading', { name: 'Wanneer kun je?' }).waitFor();
    h.clock.set(new Date(h.clock.now().getTime() + 3 * 86_400_000));
    await page.reload();
    expect(await page.locator('main').innerText()).toContain('Deze link is verlopen');
    await page.close();
  });

  it('without JavaScript the forms still work as plain form posts, and the answer page passes axe too', async () => {
    h = await startTestBot();
    const { id, notice } = await pollWithOutsider(h);
    const page = await open(linkIn(notice), false);
    await page.getByLabel(/Kun je niet komen/).fill('Zonder JavaScript verstuurd.');
    await page.getByRole('button', { name: 'Inbreng versturen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'opgeslagen' }).waitFor();
    expect(h.bot.deps.cases.get(id)!.outside!.input[0]!.text).toBe('Zonder JavaScript verstuurd.');
    // axe needs JavaScript: the answer page is checked as it arrived, in a page where scripts run
    const checker = await browser.newPage();
    await checker.route(/.*/, (r) => r.abort());
    await checker.setContent(await page.content());
    expect(serious(await axeViolations(checker))).toEqual([]);
    // and the check is not empty: a field without a label is found
    await checker.setContent('<!doctype html><html lang="nl"><title>x</title><main><input type="text"></main></html>');
    expect(serious(await axeViolations(checker)).join()).toContain('label (critical)');
    await checker.close();
    await page.getByRole('link', { name: 'Terug naar je persoonlijke pagina' }).click();
    await page.getByRole('radio', { name: 'Ja, ik heb een belang' }).check();
    await page.getByRole('button', { name: 'Verklaring versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'opgeslagen' }).waitFor();
    expect(h.bot.deps.cases.get(id)!.outside!.conflicts[0]!.conflict).toBe(true);
    await page.close();
  });
});
