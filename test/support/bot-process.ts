import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

export interface BotProcess {
  child: ChildProcess;
  /** http://127.0.0.1:PORT (from the endpoint the bot prints). */
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the bot as a child process (by default as `npm start` does: node with tsx on
 * src/index.ts; pass `entry` to run compiled JavaScript) in local mode, and waits until it prints
 * its endpoint. The environment is only PATH, HOME and `env`.
 */
export async function startBotProcess(
  env: Record<string, string>,
  options: { args?: string[]; cwd?: string; timeoutMs?: number } = {},
): Promise<BotProcess> {
  const args = options.args ?? ['--import', 'tsx', 'src/index.ts'];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const m = /Endpoint:\s+(http:\/\/\S+)\/api\/messages/.exec(output);
    if (m) return { child, url: m[1]!, output: () => output, exited };
    if (done) throw new Error(`the bot exited before listening:\n${output.slice(-3000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not start in time:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until `check` returns true (polling), or fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
