import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts the Microsoft 365 Agents Playground (a Teams-like chat in the browser) against the
 * locally running bot. Telemetry and its network calls are switched off.
 *   npm run playground [-- --port 56150]   (BOT_ENDPOINT overrides http://127.0.0.1:3978/api/messages)
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')),
  'cli.js',
);
const endpoint = process.env.BOT_ENDPOINT ?? `http://127.0.0.1:${process.env.PORT ?? 3978}/api/messages`;

const child = spawn(
  process.execPath,
  [cli, 'start', '-e', endpoint, '-c', 'msteams', '--dt', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH:
        process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ?? path.join(here, 'playground.yml'),
    },
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
