import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PlaygroundPage } from './playground-page.js';
import { ROOT, startBot, startPlayground, type Proc } from './processes.js';

export interface PlaygroundSession {
  readonly bot: Proc & { endpoint: string };
  readonly ui: PlaygroundPage;
}

/**
 * Starts the bot (with these environment variables), the Agents Playground in front of it and
 * Chromium on the playground, once for the test file, and stops all three afterwards.
 */
export function usePlaygroundSession(env: Record<string, string> = {}): PlaygroundSession {
  let bot: (Proc & { endpoint: string }) | undefined;
  let playground: (Proc & { url: string }) | undefined;
  let ui: PlaygroundPage | undefined;

  beforeAll(async () => {
    bot = await startBot(env);
    playground = await startPlayground(bot.endpoint, path.join(ROOT, 'scripts', 'playground.yml'));
    ui = await PlaygroundPage.open(playground.url);
  });

  afterAll(async () => {
    await ui?.close();
    await playground?.stop();
    await bot?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the playground session has not started (${what})`);
    return value;
  };
  return {
    get bot() {
      return started(bot, 'bot');
    },
    get ui() {
      return started(ui, 'ui');
    },
  };
}
