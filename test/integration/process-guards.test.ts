import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs a small script that installs the guards (as src/index.ts does) and then misbehaves. */
function run(script: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

const preamble = `
  import { createLogger } from './src/log.ts';
  import { installProcessGuards } from './src/process-guards.ts';
  installProcessGuards(createLogger('info'));
`;

describe('the process-level safety net', () => {
  it('logs a rejected promise nobody waited for, and the bot goes on', async () => {
    const { code, out } = await run(`${preamble}
      // after the guard has handled it, show that the process is still alive
      process.on('unhandledRejection', () => setImmediate(() => { console.log('still running'); process.exit(0); }));
      Promise.reject(new Error('nobody waits for me'));`);
    expect(out).toContain('unhandled promise rejection');
    expect(out).toContain('nobody waits for me');
    expect(out).toContain('still running');
    expect(code).toBe(0);
  });

  it('logs an uncaught exception as fatal and exits with code 1', async () => {
    const { code, out } = await run(`${preamble}
      setTimeout(() => { throw new Error('thrown from a timer'); }, 10);
      setTimeout(() => { console.log('should not run'); }, 2000);`);
    expect(code).toBe(1);
    expect(out).toMatch(/"level":60.*uncaught exception/);
    expect(out).toContain('thrown from a timer');
    expect(out).not.toContain('should not run');
  });
});
