import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ConfigError, loadConfig } from './config/env.js';
import { startBot } from './compose.js';
import { installProcessGuards } from './process-guards.js';

/** Entry point: read the configuration, start the bot, stop cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee README.md, section "Configuration".\n`);
      process.exit(2);
    }
    throw err;
  }

  const bot = await startBot(config, { beforeListen: collectStartGarbage });
  installProcessGuards(bot.deps.logger);
  const endpoint = `${bot.url}/api/messages`;
  const lines = config.credentials
    ? [`Uthiek Bot is listening on ${endpoint} (app id ${config.credentials.appId}).`]
    : [
        'Uthiek Bot runs in LOCAL MODE: no MicrosoftAppId, so no authentication; it listens on loopback only.',
        `  Endpoint:  ${endpoint}`,
        `  Data:      ${bot.dataFile}`,
        '  Talk to it in the Microsoft 365 Agents Playground, in a second terminal:',
        '      npm run playground        (then open the URL it prints, and type "help")',
      ];
  for (const warning of config.warnings) lines.push(`  Note: ${warning}`);
  process.stderr.write(`\n${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const limit = config.shutdownTimeoutSeconds;
    bot.deps.logger.info({ signal, limitSeconds: limit }, 'stopping');
    // The platform kills the process some time after SIGTERM; give up first, saying so. Every
    // acknowledged write is in the journal already: the next start loses nothing.
    const timer = setTimeout(() => {
      bot.deps.logger.error({ limitSeconds: limit }, 'could not stop within SHUTDOWN_TIMEOUT_SECONDS; exiting anyway');
      process.stderr.write(
        `Uthiek Bot did not stop within ${limit} s (SHUTDOWN_TIMEOUT_SECONDS); exiting without a final snapshot.\n`,
      );
      process.exit(1);
    }, limit * 1000);
    try {
      await bot.stop();
    } catch (err) {
      process.stderr.write(`Uthiek Bot did not stop cleanly: ${(err as Error).message}\n`);
      process.exit(1);
    }
    clearTimeout(timer);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * One full garbage collection once the data is read, before the bot listens. Opening ten years of
 * data leaves tens of megabytes behind (the snapshot's text, the journal's lines and the events
 * parsed from them, the code that loading modules compiled) that V8 frees only when new work asks
 * for room: in a bot that mostly waits for turns, that can be hours, and the process keeps that
 * memory all that time. The collection takes about a tenth of a second of the start; no turn
 * waits for it. V8's `gc` is reached the way V8 allows at run time (as Jest's leak detector
 * does), so the compiled bot needs no command-line flag for it.
 */
function collectStartGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  v8.setFlagsFromString('--no-expose-gc');
  gc();
}

main().catch((err: unknown) => {
  process.stderr.write(`Uthiek Bot could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
