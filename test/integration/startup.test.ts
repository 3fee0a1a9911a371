import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeConnector } from '../support/fake-connector.js';
import { personalMessage, users } from '../support/activities.js';
import { tempDir } from '../support/temp-dir.js';

const root = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

describe('npm start (the entry point)', () => {
  it('exits with a clear message per configuration mistake', async () => {
    const p = start({ PORT: 'eighty', DEFAULT_LOCALE: 'de' });
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(p.stderr()).toContain('DEFAULT_LOCALE must be nl or en');
  });

  it('starts in local mode with no credentials, answers, and stops cleanly keeping its data', async () => {
    const { dir, cleanup } = tempDir('uthiek-start-');
    cleanups.push(cleanup);
    const connector = await new FakeConnector().start();
    cleanups.push(() => connector.stop());
    const p = start({ PORT: '0', DATA_DIR: dir });
    cleanups.push(() => void p.child.kill('SIGKILL'));
    const deadline = Date.now() + 15_000;
    while (!/Endpoint:\s+(\S+)/.test(p.stderr()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const endpoint = /Endpoint:\s+(\S+)/.exec(p.stderr())?.[1];
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/messages$/);
    expect(p.stderr()).toContain('LOCAL MODE');

    const res = await fetch(endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(users.lead, 'hallo', { serviceUrl: connector.url })),
    });
    expect(res.status).toBe(200);
    expect(connector.texts().join()).toContain('help');

    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(
      fs.existsSync(path.join(dir, fs.readFileSync(path.join(dir, 'CURRENT'), 'utf8').trim(), 'uthiek.json')),
    ).toBe(true);
  });
});
