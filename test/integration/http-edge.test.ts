// first, as the bot does (src/compose.ts): restify's HTTP/2 library does not load on Node 24
import '../../src/lean-load.js';
import type { Server as HttpServer } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../../src/compose.js';
import { loadConfig } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { httpRoutes } from '../../src/teams/http/routes.js';
import { createServer, DEFAULT_TIMEOUTS } from '../../src/teams/server.js';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { personalMessage, users } from '../support/activities.js';
import { chunked, rawExchange, rawRequest, requestHead } from '../support/raw-http.js';
import { tempDir } from '../support/temp-dir.js';

/**
 * Every door of the HTTP server, tried as an attacker would: odd paths, methods, queries and
 * bodies, uploads and slow clients. Uploads would land in os.tmpdir(), so this file points
 * TMPDIR at a directory of its own and checks it stays empty.
 */
let h: TestBot;
let uploads: { dir: string; cleanup: () => void };
let data: { dir: string; cleanup: () => void };
const previousTmp = process.env.TMPDIR;
const timeouts = { headersMs: 600, requestMs: 1200, checkEveryMs: 50 };

beforeAll(async () => {
  data = tempDir('uthiek-edge-data-');
  uploads = tempDir('uthiek-edge-tmp-');
  process.env.TMPDIR = uploads.dir;
  expect(os.tmpdir()).toBe(uploads.dir);
  h = await startTestBot({ dataDir: data.dir, httpTimeouts: timeouts });
});
afterAll(async () => {
  await h?.stop();
  if (previousTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmp;
  uploads.cleanup();
  data.cleanup();
});

const port = () => h.bot.port;
const req = (method: string, p: string, headers: Record<string, string | number> = {}, body: string | Buffer = '') =>
  rawRequest(port(), method, p, headers, body);
const healthy = async () => expect((await req('GET', '/healthz')).status).toBe(200);
const GET_PATHS = [
  '/healthz',
  '/dashboard',
  '/dashboard/assets/:file',
  '/api/report',
  '/files/invite/:name',
  '/files/prep/:name',
  '/files/report/:name',
  '/files/register/:name',
  '/files/account/:name',
  '/files/mydata/:name',
  '/files/letter/:name',
  '/files/expenses/:name',
  '/extern/:caseId/:linkId',
  '/extern-page.js',
];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('the routes', () => {
  it('are listed from the router: GET and HEAD for every page and file, POST for activities', () => {
    const routes = h.bot
      .routes()
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    const expected = [
      ...GET_PATHS.flatMap((p) => [`GET ${p}`, `HEAD ${p}`]),
      'POST /api/messages',
      'POST /extern/:caseId/:linkId',
    ].sort();
    expect(routes).toEqual(expected);
  });

  it('answer names of Object.prototype under /dashboard/assets with 404, and the process lives on', async () => {
    const names = [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      '__defineGetter__',
      'propertyIsEnumerable',
      'toLocaleString',
      '__lookupSetter__',
    ];
    for (const name of names) {
      for (const method of ['GET', 'HEAD'])
        expect((await req(method, `/dashboard/assets/${name}`)).status, `${method} ${name}`).toBe(404);
    }
    const real = await req('GET', '/dashboard/assets/dashboard.js');
    expect(real.status).toBe(200);
    expect(real.body.length).toBeGreaterThan(100);
    await healthy();
  });

  it('answer every method on every route and on odd and unknown paths with a 2xx/4xx, 405 for a method a route lacks', async () => {
    const params = [
      '__proto__',
      'constructor',
      '..%2f..%2fpackage.json',
      '..',
      '%00',
      '%',
      '%ZZ',
      '%E2%82%AC',
      '%C0%AF',
      'x'.repeat(4000),
      'UTH-2026-001-1.ics',
      'report-2026.csv',
    ];
    const concrete = GET_PATHS.flatMap((p) => (p.includes(':') ? params.map((v) => p.replace(/:\w+$/, v)) : [p]));
    const odd = [
      '/',
      '/%2e%2e/%2e%2e/etc/passwd',
      '//healthz',
      '/healthz/',
      '/HEALTHZ',
      '/api/messages/',
      '/api//messages',
      '/__proto__',
      '/constructor',
      '/%00',
      '/\u00e9',
      '/files',
      '/files/',
      '/dashboard/assets',
      '/_clock',
    ];
    const answers: string[] = [];
    for (const p of [...concrete, '/api/messages', ...odd]) {
      for (const method of METHODS) {
        const res = await req(method, p);
        answers.push(`${method} ${p.slice(0, 60)} → ${res.status}`);
        expect(res.status, `${method} ${p.slice(0, 80)}`).toBeDefined();
        expect(res.status!, `${method} ${p.slice(0, 80)}`).toBeLessThan(500);
        const known = GET_PATHS.includes(p) ? ['GET', 'HEAD'] : p === '/api/messages' ? ['POST'] : undefined;
        if (known && !known.includes(method)) {
          expect(res.status, `${method} ${p}`).toBe(405);
          expect(res.headers.allow).toBeDefined();
        }
        if (method === 'HEAD') expect(res.body, `HEAD ${p.slice(0, 80)}`).toBe('');
      }
    }
    expect(answers.filter((a) => a.startsWith('GET /__proto__') || a.startsWith('GET /HEALTHZ')).sort()).toEqual([
      'GET /HEALTHZ → 404',
      'GET /__proto__ → 404',
    ]);
    await healthy();
  });

  it('answer HEAD like GET, without a body', async () => {
    for (const p of [
      '/healthz',
      '/dashboard',
      '/dashboard/assets/chart.umd.js',
      '/api/report?year=2026',
      '/files/prep/UTH-2026-001.txt',
    ]) {
      const get = await req('GET', p);
      const head = await req('HEAD', p);
      expect(head.status, p).toBe(get.status);
      expect(head.body, p).toBe('');
    }
  });

  it('refuse a query parameter given twice, and treat __proto__ in a query as a plain name', async () => {
    expect((await req('GET', '/api/report?year=2026&year=2025')).status).toBe(400);
    expect((await req('GET', '/files/report/report-2026.csv?sig=a&sig=b')).status).toBe(400);
    expect((await req('GET', '/healthz?a=1&a=2')).status).toBe(400);
    for (const q of [
      '__proto__[polluted]=1',
      '__proto__.polluted=1',
      'constructor[prototype][polluted]=1',
      'year[]=2026',
      'lang[__proto__]=en',
      '%=1',
      'a=%ZZ',
      '=',
      '&&&',
    ]) {
      const res = await req('GET', `/api/report?${q}`);
      expect(res.status, q).toBeLessThan(500);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const report = JSON.parse((await req('GET', '/api/report?lang=en&__proto__=x&constructor=y')).body) as {
      lang: string;
    };
    expect(report.lang).toBe('en');
  });
});

describe('request bodies', () => {
  const activity = () => JSON.stringify(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }));
  const multipart = (size: number) =>
    `--b0undary\r\ncontent-disposition: form-data; name="file"; filename="upload.bin"\r\ncontent-type: application/octet-stream\r\n\r\n${'U'.repeat(size)}\r\n--b0undary--\r\n`;

  it('multipart is refused with 415 before anything is read, on every route and unknown path; no file appears anywhere', async () => {
    const before = listing(data.dir);
    const targets = [
      '/api/messages',
      '/healthz',
      '/dashboard',
      '/api/report',
      '/files/mydata/aad-lead.json',
      '/nowhere',
      '/_clock',
    ];
    const body = multipart(2 * 1024 * 1024);
    const flood = targets.flatMap((p) =>
      Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0
          ? rawRequest(
              port(),
              i % 4 === 0 ? 'POST' : 'PUT',
              p,
              { 'content-type': 'multipart/form-data; boundary=b0undary' },
              body,
            )
          : rawExchange(port(), [
              requestHead('POST', p, {
                'content-type': 'multipart/form-data; boundary=b0undary',
                'transfer-encoding': 'chunked',
              }),
              ...chunked([body.slice(0, 1 << 20), body.slice(1 << 20)]),
            ]),
      ),
    );
    const answers = await Promise.all(flood);
    for (const a of answers) expect(a.status).toBe(415);
    expect(fs.readdirSync(uploads.dir)).toEqual([]);
    expect(listing(data.dir)).toEqual(before);
    await healthy();
  });

  it('anything but JSON in UTF-8 is refused with 415; compressed bodies too', async () => {
    const types = [
      'application/x-www-form-urlencoded',
      'text/plain',
      'text/csv',
      'text/tab-separated-values',
      'application/octet-stream',
      'application/xml',
      'application/json; charset=latin1',
      'application/vnd.api+json',
      'multipart/mixed; boundary=x',
      '',
    ];
    for (const type of types) {
      const res = await req('POST', '/api/messages', type ? { 'content-type': type } : {}, activity());
      expect(res.status, type).toBe(415);
    }
    expect(
      (
        await req(
          'POST',
          '/api/messages',
          { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          activity(),
        )
      ).status,
    ).toBe(415);
    expect(
      (await req('POST', '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'br' }, activity()))
        .status,
    ).toBe(415);
    expect(h.connector.calls).toHaveLength(0);
    expect(
      (await req('POST', '/api/messages', { 'content-type': 'application/json; charset=UTF-8' }, activity())).status,
    ).toBe(200);
    expect(h.connector.texts().length).toBeGreaterThan(0);
  });

  it('a body announced over 1 MB is refused with 413 without being read; a chunked one as soon as it passes 1 MB', async () => {
    // only the head is sent: the answer comes without waiting for the 2 MB
    const announced = await rawExchange(
      port(),
      [requestHead('POST', '/api/messages', { 'content-type': 'application/json', 'content-length': 2 * 1024 * 1024 })],
      { timeoutMs: 5000 },
    );
    expect(announced.status).toBe(413);
    expect(announced.closed).toBe(true);
    // a chunked body that never ends: cut off after the first megabyte
    const piece = Buffer.alloc(256 * 1024, 0x20);
    const endless = await rawExchange(
      port(),
      [
        requestHead('POST', '/api/messages', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
        ...chunked(Array.from({ length: 8 }, () => piece)).slice(0, -1),
      ],
      { timeoutMs: 5000 },
    );
    expect(endless.status).toBe(413);
    expect(endless.closed).toBe(true);
    // and one just under the limit is read
    const padded = JSON.stringify({
      ...JSON.parse(activity()),
      padding: 'x'.repeat(1024 * 1024 - activity().length - 100),
    });
    expect((await req('POST', '/api/messages', { 'content-type': 'application/json' }, padded)).status).toBe(200);
  });

  it('invalid JSON, JSON that is not an activity, and empty bodies are refused with 400', async () => {
    for (const body of [
      '{not json',
      '[]',
      'null',
      '42',
      '"message"',
      '\uFEFF{}',
      '{"__proto__":{"type":"message"}}',
      '   ',
      '',
    ]) {
      const res = await req('POST', '/api/messages', { 'content-type': 'application/json' }, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    await healthy();
  });
});

describe('slow and lying clients', () => {
  it('a Content-Length larger than the body sent: 408 and the connection closed after the request time limit', async () => {
    const res = await rawExchange(
      port(),
      [
        requestHead('POST', '/api/messages', {
          'content-type': 'application/json',
          'content-length': 1000,
          connection: 'keep-alive',
        }),
        '{"type":',
      ],
      { timeoutMs: 10_000 },
    );
    expect(res.timedOut).toBe(false);
    expect(res.status).toBe(408);
    expect(res.ms).toBeLessThan(timeouts.requestMs + 2000);
  });

  it('headers that never finish (slow loris): the connection is closed after the header time limit', async () => {
    const lines = [
      'POST /api/messages HTTP/1.1\r\n',
      'host: 127.0.0.1\r\n',
      ...Array.from({ length: 200 }, (_, i) => `x-slow-${i}: 1\r\n`),
    ];
    const res = await rawExchange(port(), lines, { gapMs: 50, timeoutMs: 10_000 });
    expect(res.timedOut).toBe(false);
    expect(res.ms).toBeLessThan(timeouts.headersMs + 2000);
  });

  it('a body trickled in slowly: the connection is closed after the request time limit', async () => {
    const head = requestHead('POST', '/api/messages', {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
      connection: 'keep-alive',
    });
    const res = await rawExchange(port(), [head, ...chunked(Array.from({ length: 400 }, () => ' ')).slice(0, -1)], {
      gapMs: 20,
      timeoutMs: 10_000,
    });
    expect(res.timedOut).toBe(false);
    expect(res.ms).toBeLessThan(timeouts.requestMs + 2000);
    await healthy();
  });
});

describe('protocol oddities', () => {
  it('an Upgrade (WebSocket) request is answered as an ordinary request, not left hanging', async () => {
    const upgrade = {
      upgrade: 'websocket',
      connection: 'Upgrade, close',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
      'sec-websocket-version': 13,
    };
    const health = await rawExchange(port(), [requestHead('GET', '/healthz', upgrade)], { timeoutMs: 5000 });
    expect(health.status).toBe(200);
    expect(health.closed).toBe(true);
    expect(
      (await rawExchange(port(), [requestHead('GET', '/api/messages', upgrade)], { timeoutMs: 5000 })).status,
    ).toBe(405);
  });

  it('Expect: 100-continue gets "100 Continue" only for a body the bot accepts', async () => {
    const refused = await rawExchange(
      port(),
      [
        requestHead('POST', '/api/messages', {
          expect: '100-continue',
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': 5_000_000,
        }),
      ],
      { timeoutMs: 5000 },
    );
    expect(refused.status).toBe(415);
    expect(refused.interim).toEqual([]);
    const body = JSON.stringify(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }));
    const accepted = await rawExchange(
      port(),
      [
        requestHead('POST', '/api/messages', {
          expect: '100-continue',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        }),
        body,
      ],
      { timeoutMs: 5000 },
    );
    expect(accepted.interim).toEqual([100]);
    expect(accepted.status).toBe(200);
  });

  it('CONNECT, unknown methods, a missing Host and garbage are answered or closed by Node, and the bot lives on', async () => {
    expect(
      (await rawExchange(port(), ['CONNECT 127.0.0.1:1 HTTP/1.1\r\nhost: x\r\n\r\n'], { timeoutMs: 5000 })).closed,
    ).toBe(true);
    expect((await rawExchange(port(), [requestHead('FOO', '/healthz')])).status).toBe(400);
    expect((await rawExchange(port(), ['GET /healthz HTTP/1.1\r\nconnection: close\r\n\r\n'])).status).toBe(400);
    expect((await rawExchange(port(), [Buffer.from([0, 1, 2, 255, 254, 13, 10, 13, 10])])).status).toBe(400);
    await healthy();
  });
});

describe('the guard around every route', () => {
  it('answers a handler that throws or rejects with 500 and logs it; the process lives on', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => void lines.push(l) });
    const server = restify.createServer({ handleUncaughtExceptions: false });
    const routes = httpRoutes(server, logger);
    routes.get('/throws', () => {
      throw new TypeError('sync failure');
    });
    routes.post('/rejects', async () => {
      await Promise.resolve();
      throw new Error('async failure');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const p = (server.address() as AddressInfo).port;
      expect((await rawRequest(p, 'GET', '/throws')).status).toBe(500);
      expect((await rawRequest(p, 'HEAD', '/throws')).status).toBe(500);
      expect((await rawRequest(p, 'POST', '/rejects')).status).toBe(500);
      expect(lines.filter((l) => l.includes('route failed'))).toHaveLength(3);
    } finally {
      server.close();
    }
  });

  it('the production server has finite header and request time limits', () => {
    const { server } = createServer({
      adapter: {} as never,
      app: {} as never,
      logger: createLogger('silent'),
      health: () => ({ code: 200, body: {} as never }),
      stopping: () => false,
    });
    const http = server.server as HttpServer & { connectionsCheckingInterval: number };
    expect(http.headersTimeout).toBe(DEFAULT_TIMEOUTS.headersMs);
    expect(http.requestTimeout).toBe(DEFAULT_TIMEOUTS.requestMs);
    expect(DEFAULT_TIMEOUTS.headersMs).toBeLessThanOrEqual(DEFAULT_TIMEOUTS.requestMs);
    expect(DEFAULT_TIMEOUTS.requestMs).toBeLessThanOrEqual(60_000);
    expect(http.connectionsCheckingInterval).toBeLessThanOrEqual(DEFAULT_TIMEOUTS.headersMs);
  });
});

describe('the clock control (local mode with CLOCK_START)', () => {
  it('is listed, refuses odd moves and bodies, and moves the clock only forward to a real moment', async () => {
    const dir = tempDir('uthiek-edge-clock-');
    const bot = await startBot(
      loadConfig({ PORT: '0', DATA_DIR: dir.dir, LOG_LEVEL: 'silent', CLOCK_START: '2026-11-23T09:00:00Z' }),
    );
    try {
      expect(bot.routes()).toContainEqual({ method: 'POST', path: '/_clock' });
      const now = () => bot.deps.clock.now().getTime();
      const start = now();
      for (const q of [
        'advanceMs=1e300',
        'advanceMs=abc',
        'to=never',
        'to=275760-09-14T00:00:00Z',
        'advanceMs=1&advanceMs=2',
        'to=2027-01-01&to=2028-01-01',
      ]) {
        expect((await rawRequest(bot.port, 'POST', `/_clock?${q}`)).status, q).toBe(400);
      }
      expect(
        (
          await rawRequest(
            bot.port,
            'POST',
            '/_clock?advanceMs=60000',
            { 'content-type': 'multipart/form-data; boundary=x' },
            '--x--',
          )
        ).status,
      ).toBe(415);
      expect(now() - start).toBeLessThan(60_000);
      expect((await rawRequest(bot.port, 'GET', '/_clock')).status).toBe(405);
      const moved = await rawRequest(bot.port, 'POST', '/_clock?advanceMs=86400000');
      expect(moved.status).toBe(200);
      expect(now() - start).toBeGreaterThanOrEqual(86_400_000);
    } finally {
      await bot.stop();
      dir.cleanup();
    }
  });
});
