import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/env.js';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { TRIAGE_CHANNEL, users } from '../support/activities.js';
import type { ConnectorCall } from '../support/fake-connector.js';
import { cardText } from '../support/cards.js';
import { execute, installInUthiekTeam, submitCase } from '../support/flows.js';

const REPORT_CHANNEL = '19:management@thread.tacv2';

let h: TestBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** New posts in a channel (only those the connector took, with `taken`). */
const postsIn = (bot: TestBot, channelId: string, taken = false): ConnectorCall[] =>
  bot.connector.calls.filter(
    (c) =>
      c.method === 'POST' &&
      c.path === '/v3/conversations' &&
      c.body?.channelData?.channel?.id === channelId &&
      (!taken || (c.status !== undefined && c.status < 300)),
  );
const cardIn = (call: ConnectorCall) => call.body.activity.attachments[0].content;
const monthlyPosts = (bot: TestBot, title: string) =>
  postsIn(bot, REPORT_CHANNEL, true).filter((c) => cardText(cardIn(c)).includes(title));

describe('the monthly report in REPORT_CHANNEL_ID', () => {
  it('is posted once at the start of each month: retried after a failure, not again after a restart, a missed month on start', async () => {
    h = await startTestBot({ env: { REPORT_CHANNEL_ID: REPORT_CHANNEL, REPORT_VIEWER_IDS: users.lead2.aadObjectId } });
    const bot = h;
    await installInUthiekTeam(bot);
    const id = await submitCase(bot, users.lead);
    // nothing is posted in the middle of a month
    await bot.bot.deps.jobs.tick();
    expect(postsIn(bot, REPORT_CHANNEL)).toEqual([]);

    // 1 December, 08:00 in Amsterdam: the connector refuses the first attempt (throttled), then takes it
    let refused = 0;
    bot.connector.fail = (call) => {
      if (call.body?.channelData?.channel?.id !== REPORT_CHANNEL || refused > 0) return undefined;
      refused++;
      return { status: 429, headers: { 'retry-after': '1' } };
    };
    bot.clock.set('2026-12-01T07:00:00Z');
    await bot.bot.deps.jobs.tick();
    await bot.connector.waitFor(() => refused === 1);
    bot.clock.advance(5 * 60_000);
    await bot.bot.deps.jobs.tick();
    await bot.connector.waitFor(() => monthlyPosts(bot, 'Maandrapportage november 2026').length > 0);
    const card = cardIn(monthlyPosts(bot, 'Maandrapportage november 2026')[0]!);
    // the month's figures, as facts
    expect(cardText(card)).toMatch(/Aanmeldingen ingediend in de periode\n1/);
    expect(card.body.some((e: any) => e.type === 'Container' && e.items.some((i: any) => i.type === 'FactSet'))).toBe(
      true,
    );

    // the button opens the full report for a report viewer (the button checks who presses it)
    const open = card.actions.find((a: any) => a.verb === 'report.open');
    expect(open.data).toMatchObject({ year: '2026', asOfDate: '2026-11-30' });
    const full = await execute(bot, users.lead2, open.data);
    expect(cardText(full.value)).toContain('Rapportage 2026');
    const outsider = await execute(bot, users.outsider, open.data);
    expect(JSON.stringify(outsider)).not.toContain('Rapportage 2026');

    // a restart on the same day: nothing is posted again
    await bot.restart();
    await bot.bot.deps.jobs.tick();
    bot.clock.advance(3_600_000);
    await bot.bot.deps.jobs.tick();
    expect(monthlyPosts(bot, 'Maandrapportage november 2026')).toHaveLength(1);

    // down over the turn of the year: December is posted once when the bot starts again
    await bot.bot.stop();
    bot.clock.set('2027-01-04T09:00:00Z');
    await bot.restart();
    await bot.connector.waitFor(() => monthlyPosts(bot, 'Maandrapportage december 2026').length > 0);
    await bot.restart();
    await bot.bot.deps.jobs.tick();
    expect(monthlyPosts(bot, 'Maandrapportage december 2026')).toHaveLength(1);
    expect(monthlyPosts(bot, 'Maandrapportage november 2026')).toHaveLength(1);

    // the channel refuses the bot (it was removed from that team): Team Uthiek's channel is told
    bot.connector.fail = (call) =>
      call.body?.channelData?.channel?.id === REPORT_CHANNEL ? { status: 403 } : undefined;
    bot.clock.set('2027-02-01T07:00:00Z');
    await bot.bot.deps.jobs.tick();
    const told = () =>
      postsIn(bot, TRIAGE_CHANNEL).filter((c) =>
        JSON.stringify(c.body).includes('de maandrapportage in het rapportagekanaal'),
      );
    await bot.connector.waitFor(() => told().length > 0);
    await bot.bot.deps.jobs.tick();
    expect(told()).toHaveLength(1);
    const record = bot.bot.deps.store.get('deliveries', 'monthly-report:2027-01')!;
    expect(record).toMatchObject({ status: 'failed', reason: 'unreachable' });
    // and the chain goes on: February's report waits for 1 March
    expect(bot.bot.deps.jobs.open('report.monthly').map((j) => j.id)).toEqual(['report.monthly:2027-02']);
    expect(id).toMatch(/^UTH-2026-/);
  });

  it('is off without REPORT_CHANNEL_ID, and a channel id that is not one stops the bot with one clear line', async () => {
    h = await startTestBot();
    expect(h.bot.deps.jobs.open('report.monthly')).toEqual([]);
    let problems: string[] = [];
    try {
      loadConfig({ REPORT_CHANNEL_ID: 'management' });
    } catch (err) {
      if (err instanceof ConfigError) problems = err.problems;
    }
    expect(problems).toEqual(['REPORT_CHANNEL_ID must be a Teams channel id (19:…@thread.tacv2)']);
  });
});
