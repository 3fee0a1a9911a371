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

  const bot = await startBot(config);
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
  process.stderr.write(`\n${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    bot.deps.logger.info({ signal }, 'stopping');
    try {
      await bot.stop();
    } catch (err) {
      process.stderr.write(`Uthiek Bot did not stop cleanly: ${(err as Error).message}\n`);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Uthiek Bot could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
