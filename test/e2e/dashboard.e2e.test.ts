import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../scripts/seed-demo.js';
import { CHROMIUM_PATH } from './support/playground-page.js';
import { ROOT, startBot, type Proc } from './support/processes.js';
import fs from 'node:fs';
import os from 'node:os';

const OUT = path.join(ROOT, 'out', 'e2e');
let bot: Proc & { endpoint: string };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-dash-'));
  await seedDemo(dataDir);
  bot = await startBot({ DATA_DIR: dataDir });
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the dashboard in Chromium', () => {
  it('renders the charts and the same figures as an accessible table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const base = bot.endpoint.replace('/api/messages', '');
    await page.goto(`${base}/dashboard?year=2025`);
    await page.locator('#figures tbody tr').first().waitFor();
    expect(await page.locator('h1').innerText()).toBe('Rapportage 2025');
    expect(await page.locator('#progress').innerText()).toMatch(/\d+ van 50 toetsen/);
    // the table: a caption, column and row headers, every figure with its cases
    expect(await page.locator('#figures caption').innerText()).toBe('Alle cijfers');
    expect(await page.locator('#figures th[scope="col"]').count()).toBe(3);
    const rows = await page.locator('#figures tbody th[scope="row"]').count();
    expect(rows).toBeGreaterThan(15);
    const heldRow = page.locator('#figures tbody tr', {
      has: page.locator('th', { hasText: 'Toetsen gehouden in 2025 (doel 50)' }),
    });
    const held = Number(await heldRow.locator('td.num').innerText());
    expect(held).toBeGreaterThan(0);
    expect((await heldRow.locator('td.cases').innerText()).split(', ')).toHaveLength(held);
    // the charts were drawn, and say their values to screen readers
    for (const id of ['chart-years', 'chart-funnel', 'chart-advice']) {
      const painted = await page.locator(`#${id}`).evaluate((canvas: any) => {
        const ctx = canvas.getContext('2d');
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
        return n / (canvas.width * canvas.height);
      });
      expect(painted, id).toBeGreaterThan(0.01);
      expect(await page.locator(`#${id}`).getAttribute('aria-label')).toMatch(/\d/);
    }
    const shot = await page.screenshot({ path: path.join(OUT, 'dashboard.png'), fullPage: true });
    expect(shot.length).toBeGreaterThan(20_000);
    await page.close();
  });
});
