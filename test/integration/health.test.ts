import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { personalMessage, users } from '../support/activities.js';
import { startBotProcess, until } from '../support/bot-process.js';
import { tempDir } from '../support/temp-dir.js';
import { checkDataDir } from '../../src/store/store-check.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function started(env: Record<string, string> = {}): Promise<TestBot> {
  const h = await startTestBot({ env });
  cleanups.push(() => h.stop());
  return h;
}

const healthz = async (url: string) => {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as any };
};

describe('GET /healthz', () => {
  it("answers 200 with the store's state, which follows the writes", async () => {
    const h = await started();
    const before = await healthz(h.bot.url);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      status: 'ok',
      version: JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')).version,
      store: { writable: true, generation: 1, lockHeld: true, lastWriteError: null },
    });
    expect(before.body.store.lastSnapshot).toMatchObject({ seq: expect.any(Number), at: expect.any(String) });
    expect(before.body.store.freeBytes).toBeGreaterThan(0);
    await h.post(personalMessage(users.lead, 'aanmelden', { serviceUrl: h.connector.url }));
    const after = await healthz(h.bot.url);
    expect(after.body.store.seq).toBeGreaterThan(before.body.store.seq);
    expect(after.body.store.events).toBeGreaterThan(before.body.store.events);
  });

  it('answers 503 once the store is closed', async () => {
    const h = await started();
    await h.bot.deps.store.close();
    const res = await healthz(h.bot.url);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      status: 'unavailable',
      store: { writable: false, problem: 'closed', lockHeld: false },
    });
  });

  it('answers 503 when another process took the data directory lock, and the bot then refuses writes', async () => {
    const h = await startTestBot({ env: { STORE_LOCK_STALE_SECONDS: '3' } });
    // what another process taking over a lock it found stale does: the lock is no longer ours
    fs.rmSync(path.join(h.dataDir, 'lock'), { recursive: true, force: true });
    await until(async () => (await healthz(h.bot.url)).status === 503, 'the lost lock to show', 15_000);
    expect((await healthz(h.bot.url)).body.store).toMatchObject({
      writable: false,
      problem: 'lock-lost',
      lockHeld: false,
    });
    const seq = h.bot.deps.store.health().seq;
    await h.post(personalMessage(users.lead, 'aanmelden', { serviceUrl: h.connector.url }));
    expect(h.bot.deps.store.health().seq).toBe(seq);
    // a stop after losing the lock is not a clean stop
    await expect(h.bot.stop()).rejects.toThrow(/lock was lost/);
    await h.stop();
  });
});

/** A Bot Connector that holds every reply the bot sends until released: a turn stays in flight. */
async function holdingConnector() {
  const held: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      held.push(() => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r-${held.length}` }));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    held,
    release: () => held.splice(0).forEach((f) => f()),
    stop: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** One request over `agent` (whose kept-alive connection it may reuse): the status, or 'closed'. */
function over(agent: http.Agent, url: string, method = 'GET', body?: unknown): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    const req = http.request(url, { agent, method, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve('closed'));
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('stopping on SIGTERM (a child process, as the platform stops it)', () => {
  it('stops taking new requests, finishes the turn in flight, closes the store and exits 0', async () => {
    const { dir, cleanup } = tempDir('uthiek-stop-');
    cleanups.push(cleanup);
    const connector = await holdingConnector();
    cleanups.push(connector.stop);
    // a limit well above what a loaded CI machine needs: this test is about the order of stopping,
    // the next one about the limit
    const bot = await startBotProcess({ DATA_DIR: dir, SHUTDOWN_TIMEOUT_SECONDS: '75' });
    cleanups.push(() => void bot.child.kill('SIGKILL'));

    const turn = fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(users.lead, 'aanmelden', { serviceUrl: connector.url })),
    });
    // a second turn over a connection its client keeps open, as the Bot Connector does
    const kept = new http.Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(() => kept.destroy());
    const message = (who: typeof users.lead) => personalMessage(who, 'aanmelden', { serviceUrl: connector.url });
    const keptTurn = over(kept, `${bot.url}/api/messages`, 'POST', message(users.lead2));
    await until(() => connector.held.length > 1, 'the bot to send both replies');
    bot.child.kill('SIGTERM');
    // no new connection is accepted while the turn finishes
    await until(async () => {
      try {
        await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        return false;
      } catch {
        return true;
      }
    }, 'the server to stop listening');
    expect(bot.child.exitCode).toBeNull();
    connector.release();
    const answered = await turn.catch((err: Error) => {
      throw new Error(
        `the turn in flight got no answer (${err.message}); the bot wrote:\n${bot.output().slice(-2000)}`,
      );
    });
    expect(answered.status).toBe(200);
    expect(await keptTurn).toBe(200);
    // the kept connection serves nothing new once the bot is stopping
    expect([503, 'closed']).toContain(await over(kept, `${bot.url}/api/messages`, 'POST', message(users.member)));
    expect(await bot.exited).toEqual({ code: 0, signal: null });
    // the final snapshot covers everything: the started intake is in it, and the data is intact
    const report = await checkDataDir(dir);
    expect(report.problems).toEqual([]);
    const gen = fs.readFileSync(path.join(dir, 'CURRENT'), 'utf8').trim();
    const saved = fs.readFileSync(path.join(dir, gen, 'uthiek.json'), 'utf8');
    expect(saved).toContain('"createdBy":"aad-lead"');
    expect(saved).toContain('"createdBy":"aad-lead2"');
    // the turn that came in after the stop began left nothing
    expect(saved).not.toContain('aad-member');
    expect(fs.existsSync(path.join(dir, 'lock'))).toBe(false);
  }, 150_000);

  it('gives up after SHUTDOWN_TIMEOUT_SECONDS with exit code 1 and says so', async () => {
    const { dir, cleanup } = tempDir('uthiek-stop-');
    cleanups.push(cleanup);
    const connector = await holdingConnector();
    cleanups.push(connector.stop);
    const bot = await startBotProcess({ DATA_DIR: dir, SHUTDOWN_TIMEOUT_SECONDS: '1' });
    cleanups.push(() => void bot.child.kill('SIGKILL'));
    const inFlight = fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(users.lead, 'help', { serviceUrl: connector.url })),
    }).then(
      (res) => res.status,
      () => 'connection closed',
    );
    await until(() => connector.held.length > 0, 'the bot to send its reply');
    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(1);
    expect(await inFlight).toBe('connection closed');
    expect(bot.output()).toContain('did not stop within 1 s (SHUTDOWN_TIMEOUT_SECONDS)');
    // what was acknowledged before is intact (the journal), although there was no final snapshot
    expect((await checkDataDir(dir)).problems).toEqual([]);
  }, 90_000);
});
