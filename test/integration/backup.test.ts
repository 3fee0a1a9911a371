import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot } from '../support/bot-harness.js';
import { personalMessage, type TestUser } from '../support/activities.js';
import { REPO, startBotProcess, until } from '../support/bot-process.js';
import { FakeConnector } from '../support/fake-connector.js';
import { tempDir } from '../support/temp-dir.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Runs one of the project's command-line scripts (as `npm run NAME -- args` does) and returns its exit code and output. */
function run(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', script), ...args], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const caseIds = (texts: string[]) => new Set(texts.flatMap((t) => t.match(/UTH-\d{4}-\d{3,}/g) ?? []));

describe('npm run backup while the bot takes writes, npm run restore', () => {
  it('copies every write acknowledged before the backup started; the bot starts from the copy, which passes store:check', async () => {
    const data = tempDir('uthiek-live-');
    const backups = tempDir('uthiek-backups-');
    cleanups.push(data.cleanup, backups.cleanup);
    const connector = await new FakeConnector().start();
    cleanups.push(() => connector.stop());
    const bot = await startBotProcess({ DATA_DIR: data.dir });
    cleanups.push(() => void bot.child.kill('SIGKILL'));

    // a burst: people registering projects, eight at a time, until told to stop
    let burst = true;
    let sent = 0;
    const register = async (n: number) => {
      const user: TestUser = { id: `29:p${n}`, aadObjectId: `aad-p${n}`, name: `Person ${n}` };
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(personalMessage(user, 'aanmelden', { serviceUrl: connector.url })),
      });
      expect(res.status).toBe(200);
    };
    const writers = Array.from({ length: 8 }, async () => {
      while (burst) await register(++sent);
    });
    await until(() => caseIds(connector.texts()).size >= 40, 'the first 40 registrations');

    // a case number reaches the connector only after its case was written: these were all acknowledged
    const acknowledged = caseIds(connector.texts());
    const target = path.join(backups.dir, 'copy');
    const backup = await run('backup.ts', [target, '--data', data.dir]);
    const afterBackup = caseIds(connector.texts()).size;
    burst = false;
    await Promise.all(writers);
    expect(backup.output).toContain("the copy passes the store's checks");
    expect(backup.code).toBe(0);
    // the bot kept taking writes while the backup ran
    expect(afterBackup).toBeGreaterThan(acknowledged.size);

    // restoring onto the running bot's directory is refused, and changes nothing
    const liveFiles = fs.readdirSync(data.dir).sort();
    const refused = await run('restore.ts', [target, '--data', data.dir]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('a bot is running on');
    expect(fs.readdirSync(data.dir).sort()).toEqual(liveFiles);

    const check = await run('store-check.ts', [target]);
    expect(check.output).toContain('The data is intact.');
    expect(check.code).toBe(0);

    // a bot started on the copy has every acknowledged case
    const fromCopy = await startTestBot({ dataDir: target });
    try {
      for (const id of acknowledged) expect(fromCopy.bot.deps.cases.get(id), id).toBeDefined();
    } finally {
      await fromCopy.stop();
    }

    // restore into a stopped bot's directory: the old data goes aside, the backup comes in
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    const restored = await run('restore.ts', [target], { DATA_DIR: data.dir });
    expect(restored.output).toContain("it passes the store's checks and the bot can start");
    expect(restored.code).toBe(0);
    expect(fs.readdirSync(data.dir).some((f) => f.startsWith('before-restore-'))).toBe(true);
    const again = await startTestBot({ dataDir: data.dir });
    try {
      for (const id of acknowledged) expect(again.bot.deps.cases.get(id), id).toBeDefined();
    } finally {
      await again.stop();
    }
  }, 180_000);

  it('says how to use it, and refuses a missing backup', async () => {
    expect((await run('backup.ts', [])).code).toBe(2);
    const data = tempDir('uthiek-live-');
    cleanups.push(data.cleanup);
    const missing = await run('restore.ts', [
      path.join(data.dir, 'nothing-here'),
      '--data',
      path.join(data.dir, 'live'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/is not a backup/);
  }, 60_000);
});
