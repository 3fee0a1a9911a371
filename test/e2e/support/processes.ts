import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface Proc {
  child: ChildProcess;
  lines: string[];
  stop(): Promise<void>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeout = 20_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      if ((err as { fatal?: boolean }).fatal) throw err;
      last = err;
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${(last as Error).message})` : ''}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function spawnLogged(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Proc {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (buf: Buffer) => {
    for (const line of buf.toString().split(/\r?\n/)) {
      if (!line) continue;
      lines.push(line);
      if (process.env.E2E_VERBOSE) process.stderr.write(`[${name}] ${line}\n`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    child,
    lines,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The bot as `npm start` runs it, on its own port and data directory. */
export async function startBot(env: Record<string, string>): Promise<Proc & { endpoint: string; dataDir: string }> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-e2e-'));
  const proc = spawnLogged('bot', process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
  });
  const endpoint = `http://127.0.0.1:${port}/api/messages`;
  // tsx compiles the bot at start: on a busy machine that alone took longer than 20 s; an exit fails at once
  await waitFor(
    async () => {
      if (proc.child.exitCode !== null)
        throw Object.assign(new Error(`bot exited:\n${proc.lines.join('\n')}`), { fatal: true });
      return fetch(endpoint, { method: 'GET' })
        .then(() => true)
        .catch(() => false);
    },
    'the bot to listen',
    90_000,
  );
  return {
    ...proc,
    endpoint,
    dataDir,
    async stop() {
      await proc.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Microsoft 365 Agents Playground against the bot; offline: no telemetry, no browser of its own. */
export async function startPlayground(endpoint: string, configFile: string): Promise<Proc & { url: string }> {
  const cli = path.join(
    path.dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')),
    'cli.js',
  );
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  const port = await freePort();
  const proc = spawnLogged(
    'playground',
    process.execPath,
    [cli, 'start', '-e', endpoint, '-c', 'msteams', '--dt', '-p', String(port)],
    {
      cwd: workDir,
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configFile,
      },
    },
  );
  const listening = await waitFor(() => {
    if (proc.child.exitCode !== null) throw new Error(`playground exited:\n${proc.lines.join('\n')}`);
    return proc.lines.map((l) => /^Listening on (\d+)/.exec(l)).find(Boolean);
  }, 'the playground to listen');
  const url = `http://localhost:${listening[1]}`;
  await waitFor(
    async () =>
      (await fetch(`${url}/_debug/ping`)
        .then((r) => r.text())
        .catch(() => '')) === 'pong',
    'the playground ping',
  );
  return {
    ...proc,
    url,
    async stop() {
      await proc.stop();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
