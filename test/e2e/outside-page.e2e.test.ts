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

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
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
});
