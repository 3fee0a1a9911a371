import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, PRODUCTION_NODE_OPTIONS, runtimeAssets } from '../../scripts/build.js';
import { channelMessage, personalMessage, users } from '../support/activities.js';
import { REPO, startBotProcess, type BotProcess } from '../support/bot-process.js';
import { FakeConnector } from '../support/fake-connector.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * `npm run build` and `npm run start:prod`: the compiled bot, run by plain Node (no tsx), from a
 * build in a directory of its own with only node_modules beside it, answers through its endpoint.
 */
const out = tempDir('uthiek-build-');
const data = tempDir('uthiek-build-data-');
let bot: BotProcess | undefined;
let connector: FakeConnector;

beforeAll(async () => {
  build(out.dir);
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(out.dir, 'node_modules'), 'dir');
  connector = await new FakeConnector().start();
  bot = await startBotProcess(
    { DATA_DIR: data.dir },
    { args: [...PRODUCTION_NODE_OPTIONS, 'src/index.js'], cwd: out.dir },
  );
}, 180_000);

afterAll(async () => {
  bot?.child.kill('SIGTERM');
  await bot?.exited;
  await connector?.stop();
  out.cleanup();
  data.cleanup();
});

describe('the production build', () => {
  it('is what start:prod runs: plain node with the production V8 options on the compiled entry point, and tsx is only a dev dependency', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.scripts['start:prod']).toBe(['node', ...PRODUCTION_NODE_OPTIONS, 'dist/src/index.js'].join(' '));
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(JSON.parse(fs.readFileSync(path.join(out.dir, 'package.json'), 'utf8'))).toMatchObject({
      type: 'module',
      version: pkg.version,
    });
    const js = fs
      .readdirSync(out.dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js') && !f.startsWith('node_modules'));
    expect(js).toContain(path.join('src', 'index.js'));
    expect(js).toContain(path.join('scripts', 'backup.js'));
    for (const f of js)
      expect(fs.readFileSync(path.join(out.dir, f), 'utf8'), f).not.toMatch(
        /from ['"]tsx|import\(['"]tsx|require\(['"]tsx/,
      );
  });

  it('carries every file the runtime reads beside the code', () => {
    expect(runtimeAssets()).toEqual(
      expect.arrayContaining([
        path.join('config', 'defaults', 'impact-rules.json'),
        path.join('config', 'defaults', 'value-model.utrecht.json'),
        path.join('domain', 'signal', 'model.json'),
        path.join('teams', 'dashboard', 'page.html'),
        path.join('teams', 'dashboard', 'dashboard.js'),
      ]),
    );
    for (const f of runtimeAssets()) expect(fs.existsSync(path.join(out.dir, 'src', f)), f).toBe(true);
    for (const f of fs.readdirSync(path.join(REPO, 'cards')))
      expect(fs.existsSync(path.join(out.dir, 'cards', f)), f).toBe(true);
  });

  it('answers a message, recognises a project in a channel and serves the dashboard', async () => {
    const res = await fetch(`${bot!.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(users.lead, 'help', { serviceUrl: connector.url })),
    });
    expect(res.status).toBe(200);
    await connector.waitFor((calls) => calls.some((c) => JSON.stringify(c.body).includes('aanmelden')));

    const post = (text: string) =>
      fetch(`${bot!.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(channelMessage(users.lead2, text, { serviceUrl: connector.url })),
      });
    connector.clear();
    expect(
      (await post('We starten volgend jaar een pilot met een algoritme dat aanvragen van bewoners beoordeelt.')).status,
    ).toBe(200);
    await connector.waitFor((calls) => calls.some((c) => JSON.stringify(c.body).includes('signal')));

    expect((await fetch(`${bot!.url}/dashboard`)).status).toBe(200);
    expect((await fetch(`${bot!.url}/dashboard/assets/dashboard.js`)).status).toBe(200);
    const health = (await (await fetch(`${bot!.url}/healthz`)).json()) as { status: string; version: string };
    expect(health).toMatchObject({
      status: 'ok',
      version: JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version,
    });
  });
});
