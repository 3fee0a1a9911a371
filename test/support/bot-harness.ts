import { afterEach, beforeEach } from 'vitest';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/env.js';
import { startBot, type BotOptions, type RunningBot } from '../../src/compose.js';
import { ManualClock } from '../../src/domain/clock.js';
import { FakeConnector } from './fake-connector.js';
import { tempDir } from './temp-dir.js';
import { cardProblems } from './card-check.js';
import { TEAM_ID, TRIAGE_CHANNEL, users } from './activities.js';

export interface TestBot {
  bot: RunningBot;
  connector: FakeConnector;
  clock: ManualClock;
  dataDir: string;
  /** Every log line the bot wrote, raw. */
  logs: string[];
  post(activity: object, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  restart(env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export interface TestBotOptions {
  env?: Record<string, string>;
  clock?: ManualClock;
  dataDir?: string;
  /** Shorter HTTP time limits than the defaults (tests of slow clients). */
  httpTimeouts?: BotOptions['httpTimeouts'];
  /** How the bot reaches Microsoft Graph (the stand-in's certificate authority). */
  graph?: BotOptions['graph'];
}

/**
 * The real bot (real restify server, real adapter, local mode) on a free loopback port, with a
 * fake Bot Connector and a temporary data directory (TESTING.md, level 2).
 */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const connector = await new FakeConnector().start();
  const temp = options.dataDir ? undefined : tempDir('uthiek-it-');
  const dataDir = options.dataDir ?? temp!.dir;
  const clock = options.clock ?? new ManualClock('2026-11-23T09:00:00Z');
  const logs: string[] = [];
  /** Every card the bot sent or answered with; checked with the Adaptive Cards SDK when the bot stops. */
  const cards: unknown[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const baseEnv = {
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    UTHIEK_TEAM_ID: TEAM_ID,
    UTHIEK_CHANNEL_ID: TRIAGE_CHANNEL,
    UTHIEK_MEMBER_IDS: `${users.member.aadObjectId},${users.member2.aadObjectId}`,
  };
  let env = { ...baseEnv, ...options.env };
  let bot = await startBot(loadConfig(env), {
    clock,
    logDestination: sink,
    httpTimeouts: options.httpTimeouts,
    graph: options.graph,
  });

  const harness: TestBot = {
    get bot() {
      return bot;
    },
    connector,
    clock,
    dataDir,
    logs,
    async post(activity, headers = {}) {
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      const card = body as { type?: string; value?: unknown } | undefined;
      if (card?.type === 'application/vnd.microsoft.card.adaptive') cards.push(card.value);
      return { status: res.status, body };
    },
    async restart(extraEnv = {}) {
      await bot.stop();
      env = { ...env, ...extraEnv };
      bot = await startBot(loadConfig(env), {
        clock,
        logDestination: sink,
        httpTimeouts: options.httpTimeouts,
        graph: options.graph,
      });
    },
    async stop() {
      await bot.stop();
      await connector.stop();
      temp?.cleanup();
      for (const call of connector.calls) {
        const activity = call.body?.activity ?? call.body;
        for (const a of activity?.attachments ?? [])
          if (a.contentType === 'application/vnd.microsoft.card.adaptive') cards.push(a.content);
      }
      const problems = cards.flatMap((c) =>
        cardProblems(c as object).map((p) => `${p} in ${JSON.stringify(c).slice(0, 120)}`),
      );
      if (problems.length) throw new Error(`cards with problems:\n${[...new Set(problems)].join('\n')}`);
    },
  };
  return harness;
}

/**
 * A fresh test bot for each test of the file, stopped after it: `ready` gets it before the test
 * runs (to keep it in the file's variable and set it up).
 */
export function botForEachTest(ready: (h: TestBot) => unknown, options: TestBotOptions = {}): void {
  let h: TestBot | undefined;
  beforeEach(async () => {
    h = await startTestBot(options);
    await ready(h);
  });
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });
}
