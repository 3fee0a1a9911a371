import { gzipSync } from 'node:zlib';
import type { RouteInfo } from '../../src/teams/http/routes.js';
import { chunked, requestHead } from '../../test/support/raw-http.js';
import type { Rng } from './prng.js';
import { PROTO_KEYS } from './fuzz-values.js';

/**
 * Generators for the HTTP edge: every route the running server lists (so a new route is fuzzed
 * without touching this file), and paths no route has, with odd methods, paths, queries,
 * headers and bodies, sent over a plain socket so that nothing is cleaned up on the way.
 * None of them may change what the bot holds: bodies sent to /api/messages are never valid
 * activities (those are the activity fuzzer's job, bench/reliability/fuzz-gen.ts).
 */

export interface EdgeInput {
  family: string;
  label: string;
  pieces: (string | Buffer)[];
  /** The statuses a correct server gives; absent: any status below 500. */
  expect?: number[];
  /** Node closes these without an answer (CONNECT with no handler). */
  noAnswer?: boolean;
}

export interface EdgeContext {
  rng: Rng;
  routes: RouteInfo[];
  /** Paths with a valid signature (and query) that the bot answers with 200. */
  signed: string[];
}

export const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'PATCH',
  'OPTIONS',
  'TRACE',
  'PROPFIND',
  'MKCOL',
  'PURGE',
  'SEARCH',
];
const MB = 1024 * 1024;
const JSON_TYPE = { 'content-type': 'application/json' };

const PARAM_VALUES = [
  ...PROTO_KEYS,
  '__lookupGetter__',
  'propertyIsEnumerable',
  '..',
  '.',
  '..%2f..%2fpackage.json',
  '..%5c..%5cpackage.json',
  '%2e%2e',
  '%00',
  'a%00.json',
  '%',
  '%ZZ',
  '%E2%82%AC',
  '%C0%AF',
  '%F0%9F%98%80',
  '%EF%BF%BF',
  '%ED%A0%80',
  'UTH-2026-001.txt',
  'UTH-2026-001-1.ics',
  'UTH-9999-999999999999.txt',
  'report-2026.csv',
  'report-2026.json',
  'report-1999.json',
  'algoritmeregister.json',
  'aad-lead.json',
  'dashboard.js',
  'chart.umd.js',
  'teams.js',
  'x'.repeat(4000),
  '',
];
const QUERY_NAMES = [
  'sig',
  'exp',
  'lang',
  'year',
  'asOfDate',
  'to',
  'advanceMs',
  'inTeams',
  ...PROTO_KEYS,
  '__proto__[x]',
  'a[]',
  'a[b][c]',
  'x.y',
  '',
];
const QUERY_VALUES = [
  '',
  '1',
  '-1',
  '2026',
  '99999999999999999999',
  '1e308',
  'NaN',
  'Infinity',
  '2026-02-30',
  '2026-06-30',
  '275760-09-14T00:00:00Z',
  '2027-01-01T00:00:00Z',
  'en',
  'nl',
  'de',
  '%',
  '%ZZ',
  '%00',
  '%E2%82%AC',
  '+',
  '__proto__',
  '{"a":1}',
  '<script>',
  'x'.repeat(3000),
];

/** A path for a route: its parameters filled in, oddly or plausibly. */
function concrete(ctx: EdgeContext, path: string): { path: string; odd: boolean } {
  let odd = false;
  const filled = path.replace(/:\w+/g, () => {
    const v = ctx.rng.pick(PARAM_VALUES);
    if (!/^[\w.-]+$/.test(v) || v.length > 200) odd = true;
    return v;
  });
  return { path: filled, odd };
}

/** The methods the server answers on exactly this path (by the route table). */
function allowedOn(ctx: EdgeContext, path: string): string[] {
  return ctx.routes.filter((r) => new RegExp(`^${r.path.replace(/:\w+/g, '[^/]+')}$`).test(path)).map((r) => r.method);
}

function mutatePath(ctx: EdgeContext, path: string): string {
  const r = ctx.rng;
  switch (r.int(0, 11)) {
    case 0:
      return `${path}/`;
    case 1:
      return `/${path}`;
    case 2:
      return path.toUpperCase();
    case 3:
      return path.replace(/\//g, () => r.pick(['/', '//', '/./', '/%2f', '/../', '\\']));
    case 4:
      return `${path}${r.pick(['%00', '%', ';x=1', '#frag', '%20', '..', '/..', '.json', '~'])}`;
    case 5:
      return path.replace(/[a-z]/, (c) => `%${c.charCodeAt(0).toString(16)}`);
    case 6:
      return `${path}/${r.pick(PARAM_VALUES)}`;
    case 7:
      return `/${r.pick(PROTO_KEYS)}${r.bool() ? path : ''}`;
    case 8:
      return `${path}${'/a'.repeat(r.int(10, 2000))}`;
    case 9:
      return `/${'x'.repeat(r.int(1000, 20_000))}`; // over Node's 16 KB header limit at the top
    case 10:
      return `${path}/\u00e9\u202e\u0000`.replace('\u0000', '%00');
    default:
      return `/zz-${r.int(0, 1e6)}${path}`;
  }
}

function query(ctx: EdgeContext, repeat = false): string {
  const r = ctx.rng;
  const n = r.int(1, 6);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(`${r.pick(QUERY_NAMES)}=${r.pick(QUERY_VALUES)}`);
  if (repeat) parts.push(parts[0]!.split('=')[0] + '=again');
  if (r.bool(0.1)) parts.push(r.pick(['&&&', '=', '==', '&=&', 'a', '%']));
  return `?${parts.join('&')}`;
}

const headOf = (method: string, path: string, headers: Record<string, string | number> = {}) =>
  requestHead(method, path, headers);

/** A request with a body of known length. */
function withBody(
  method: string,
  path: string,
  headers: Record<string, string | number>,
  body: string | Buffer,
): (string | Buffer)[] {
  return [headOf(method, path, { 'content-length': Buffer.byteLength(body), ...headers }), body];
}

const someRoute = (ctx: EdgeContext) => ctx.rng.pick(ctx.routes);
/** Characters a request target may hold (RFC 3986); Node refuses a request line with others (400). */
const VALID_TARGET = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/;

/**
 * A route's path, or now and then a mutated one, always one Node accepts (valid characters,
 * not so long that the head is refused): for inputs whose answer depends on what follows.
 */
function anyPath(ctx: EdgeContext): string {
  const path = concrete(ctx, someRoute(ctx).path).path;
  const mutated = ctx.rng.bool(0.2) ? mutatePath(ctx, path) : path;
  return mutated.length > 8000 || !VALID_TARGET.test(mutated) ? path : mutated;
}

/** Whether a query string names a parameter twice (the guard refuses that with 400). */
function repeatsName(q: string): boolean {
  const names = [...new URLSearchParams(q).keys()];
  return new Set(names).size !== names.length;
}

export function edgeFamilies(ctx: EdgeContext): { name: string; weight: number; make: () => EdgeInput }[] {
  const r = ctx.rng;

  /** Every method on every route, parameters filled in oddly or plausibly. */
  const routeMethods = (): EdgeInput => {
    const route = someRoute(ctx);
    const { path, odd } = concrete(ctx, route.path);
    const method = r.pick(METHODS);
    const allowed = allowedOn(ctx, path);
    const expect = !odd && allowed.length > 0 && !allowed.includes(method) ? [405] : undefined;
    return { family: 'route-method', label: `${method} ${path.slice(0, 80)}`, pieces: [headOf(method, path)], expect };
  };

  const oddPaths = (): EdgeInput => {
    const path = mutatePath(ctx, concrete(ctx, someRoute(ctx).path).path);
    const method = r.pick(['GET', 'HEAD', 'POST', r.pick(METHODS)]);
    // Node refuses a head over 16 KB (431); a path under /zz-… has no route
    const expect =
      path.length > 16_384
        ? [431]
        : path.length < 15_000 && /^\/zz-\d+\//.test(path) && ['GET', 'POST'].includes(method)
          ? [404]
          : undefined;
    return { family: 'odd-path', label: `${method} ${path.slice(0, 80)}`, pieces: [headOf(method, path)], expect };
  };

  const oddQueries = (): EdgeInput => {
    const route = someRoute(ctx);
    const { path, odd } = concrete(ctx, route.path);
    const q = query(ctx, r.bool(0.3));
    // a parameter given twice is refused by the route's guard, before anything else
    const fits = q.length + path.length < 15_000;
    const expect = fits && repeatsName(q) && !odd && allowedOn(ctx, path).includes(route.method) ? [400] : undefined;
    return {
      family: 'odd-query',
      label: `${route.method} ${path.slice(0, 50)}${q.slice(0, 80)}`,
      pieces: [headOf(route.method, `${path}${q}`)],
      expect,
    };
  };

  const oddHeaders = (): EdgeInput => {
    const route = someRoute(ctx);
    const { path } = concrete(ctx, route.path);
    const choices: [string, Record<string, string | number>, number[]?][] = [
      [
        'odd Accept',
        {
          accept: r.pick([
            'image/png',
            'application/xml',
            '*/*;q=0',
            'text/html;q=abc',
            '',
            ',,,',
            'application/json;q=2',
          ]),
        },
      ],
      [
        'bearer garbage',
        { authorization: `Bearer ${r.pick(['x', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0.', 'x'.repeat(8000)])}` },
      ],
      ['basic auth', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
      [
        'forwarded headers',
        { 'x-forwarded-for': '1.2.3.4, ::1', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'javascript' },
      ],
      ['huge header', { 'x-big': 'x'.repeat(r.int(17_000, 40_000)) }, [431]],
      ['many headers', Object.fromEntries(Array.from({ length: r.int(100, 3000) }, (_, i) => [`x-h${i}`, i]))],
      ['expect 100-continue, no body', { expect: '100-continue' }],
      ['expect something else', { expect: 'teapot' }, [417]],
      [
        'upgrade and close',
        {
          upgrade: 'websocket',
          connection: 'Upgrade, close',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'sec-websocket-version': 13,
        },
      ],
      [
        'upgrade h2c',
        { upgrade: 'h2c', connection: 'Upgrade, HTTP2-Settings, close', 'http2-settings': 'AAMAAABkAAQAAP__' },
      ],
      [
        'content-encoding without body',
        { 'content-encoding': r.pick(['gzip', 'br', 'x-unknown', 'identity, gzip']) },
        [415],
      ],
      ['odd host', { host: r.pick(['', 'evil.example', '[::1', 'a'.repeat(300), '127.0.0.1:99999']) }],
      ['cookie', { cookie: `${r.pick(PROTO_KEYS)}=1; a=${'b'.repeat(2000)}` }],
      ['range', { range: r.pick(['bytes=0-0', 'bytes=-1', 'bytes=999999999-', 'bytes=a-b']) }],
      ['if-none-match', { 'if-none-match': '*', 'if-modified-since': 'yesterday' }],
    ];
    const [label, headers, expect] = r.pick(choices);
    return {
      family: 'odd-header',
      label: `${label}: ${route.method} ${path.slice(0, 60)}`,
      pieces: [headOf(route.method, path, headers)],
      expect,
    };
  };

  const oddBodies = (): EdgeInput => {
    const path = r.bool(0.4) ? '/api/messages' : anyPath(ctx);
    const method = r.pick(['POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'GET']);
    // only /api/messages reads a body (and refuses what is not an activity); others answer without reading
    const notActivity = method === 'POST' && path === '/api/messages' ? [400] : undefined;
    // the outside page takes form posts (for people without JavaScript): a made-up link is not found, a bad post refused
    const takesForms = method === 'POST' && /^\/extern\/[^/?]+\/[^/?]+$/.test(path.split('?')[0]!);
    const boundary = `b${r.int(0, 1e6)}`;
    const multipartType = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const chunkedJson = { ...JSON_TYPE, 'transfer-encoding': 'chunked' };
    const filename = () => r.pick(['a.txt', '../../etc/passwd', '__proto__', 'x'.repeat(300)]);
    const multipart = (size: number) =>
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${filename()}"\r\n` +
      `content-type: application/octet-stream\r\n\r\n${'U'.repeat(size)}\r\n--${boundary}--\r\n`;
    const sized = (headers: Record<string, string | number>, body: string | Buffer) =>
      withBody(method, path, headers, body);
    const head = (headers: Record<string, string | number>) => headOf(method, path, headers);
    const otherType = () =>
      r.pick(
        [
          'text/plain',
          'text/csv',
          'text/tab-separated-values',
          'application/octet-stream',
          'application/xml',
          'image/png',
        ].concat([
          'application/vnd.api+json',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'multipart/mixed; boundary=x',
        ]),
      );
    const notJson = () =>
      r.pick(
        ['{not json', '[]', 'null', '42', '"x"', 'true', '\uFEFF{}', '{"a":', ' \n\t '].concat([
          '{"__proto__":{"fuzzPolluted":"yes"}}',
          '{"constructor":{"prototype":{"fuzzPolluted":"yes"}}}',
        ]),
      );
    const big = () => Buffer.alloc(64 * 1024, 0x20);
    const bodies: [string, () => (string | Buffer)[], number[]?][] = [
      ['multipart', () => sized(multipartType, multipart(r.int(0, 3 * MB))), [415]],
      [
        'multipart, chunked',
        () => [head({ ...multipartType, 'transfer-encoding': 'chunked' }), ...chunked([multipart(r.int(0, 2 * MB))])],
        [415],
      ],
      [
        'expect 100-continue + multipart',
        () => [head({ ...multipartType, expect: '100-continue', 'content-length': 5 * MB })],
        [415],
      ],
      [
        'form',
        () => sized({ 'content-type': 'application/x-www-form-urlencoded' }, 'type=message&text=help&__proto__[x]=1'),
        takesForms ? [400, 403, 404, 410] : [415],
      ],
      ['other content type', () => sized({ 'content-type': otherType() }, '{"type":"message"}'), [415]],
      ['no content type', () => sized({}, '{"type":"message"}'), [415]],
      [
        'compressed',
        () =>
          sized(
            { ...JSON_TYPE, 'content-encoding': r.pick(['gzip', 'deflate', 'br', 'gzip, gzip']) },
            gzipSync('{"type":"x"}'.repeat(r.int(1, 1e5))),
          ),
        [415],
      ],
      ['over 1 MB, announced', () => sized(JSON_TYPE, Buffer.alloc(MB + r.int(1, 100_000), 0x20)), [413]],
      ['announced 4 GB', () => [head({ ...JSON_TYPE, 'content-length': 4 * 1024 * MB })], [413]],
      [
        'over 1 MB, chunked',
        () => [head(chunkedJson), ...chunked(Array.from({ length: 17 + r.int(0, 4) }, big))],
        notActivity && [413],
      ],
      ['empty JSON body', () => sized(JSON_TYPE, ''), notActivity],
      ['not an activity', () => sized(JSON_TYPE, notJson()), notActivity],
      [
        'deep nesting',
        () => sized(JSON_TYPE, ((d) => `${'['.repeat(d)}${r.bool() ? ']'.repeat(d) : ''}`)(r.int(1000, 300_000))),
        notActivity,
      ],
      [
        'invalid UTF-8',
        () => sized(JSON_TYPE, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
        notActivity,
      ],
      // the length says less than follows: the rest is read as a next request, or dropped
      [
        'length shorter than body',
        () => [head({ ...JSON_TYPE, 'content-length': 2 }), '[]GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n'],
      ],
      ['bad chunk size', () => [head(chunkedJson), 'zz\r\n{}\r\n0\r\n\r\n'], [400]],
      ['length and chunked both', () => [head({ ...chunkedJson, 'content-length': 2 }), '2\r\n[]\r\n0\r\n\r\n'], [400]],
      ['negative length', () => [head({ ...JSON_TYPE, 'content-length': -5 }), '[]'], [400]],
    ];
    const [what, make, expect] = r.pick(bodies);
    return { family: 'odd-body', label: `${what}: ${method} ${path.slice(0, 60)}`, pieces: make(), expect };
  };

  const signedLinks = (): EdgeInput => {
    if (ctx.signed.length === 0) return routeMethods();
    const link = r.pick(ctx.signed);
    const variants: [string, string, number[]?][] = [
      ['as signed', link, [200]],
      ['HEAD', link, [200]],
      ['signature twice', `${link}&sig=${new URL(link, 'http://x').searchParams.get('sig')}`, [400]],
      ['extra parameter', `${link}&${r.pick(QUERY_NAMES) || 'x'}=${r.pick(QUERY_VALUES)}`],
      // (in local mode the dashboard data is open without a signature)
      [
        'signature cut',
        link.replace(/sig=([^&]+)/, (_m, sig: string) => `sig=${sig.slice(0, -1)}`),
        link.startsWith('/files/') ? [404] : undefined,
      ],
      [
        'path changed',
        link.replace(/\/([^/?]+)\?/, (_m, name: string) => `/${name.toUpperCase()}?`),
        link.startsWith('/files/') ? [404] : undefined,
      ],
    ];
    const [label, target, expect] = r.pick(variants);
    const method = label === 'HEAD' ? 'HEAD' : 'GET';
    return {
      family: 'signed-link',
      label: `${label}: ${target.replace(/sig=[^&]+/, 'sig=…').slice(0, 90)}`,
      pieces: [headOf(method, target)],
      expect,
    };
  };

  const protocol = (): EdgeInput => {
    const path = anyPath(ctx);
    const choices: [string, (string | Buffer)[], number[]?, boolean?][] = [
      ['CONNECT', [`CONNECT 127.0.0.1:1 HTTP/1.1\r\nhost: x\r\n\r\n`], undefined, true],
      ['unknown method', [headOf(r.pick(['FOO', 'GETS', 'get', 'G ET']), path)], [400]],
      ['HTTP/1.0', [`GET ${path} HTTP/1.0\r\n\r\n`]],
      ['no HTTP version', [`GET ${path}\r\n\r\n`]],
      ['HTTP/2 preface', ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'], [400]],
      ['absolute URL', [`GET http://evil.example${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`]],
      ['OPTIONS *', ['OPTIONS * HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n']],
      ['no Host', [`GET ${path} HTTP/1.1\r\nconnection: close\r\n\r\n`], [400]],
      ['no slash', [`GET ${path.replace(/^\/+/, '')} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`], [400]],
      ['garbage', [Buffer.from(Array.from({ length: r.int(1, 200) }, () => r.int(0, 255))), '\r\n\r\n'], [400]],
      [
        'folded header',
        [`GET ${path} HTTP/1.1\r\nhost: x\r\nx-a: 1\r\n  continued\r\nconnection: close\r\n\r\n`],
        [400],
      ],
      ['bare LF', [`GET ${path} HTTP/1.1\nhost: x\nconnection: close\n\n`]],
      ['NUL in header', [`GET ${path} HTTP/1.1\r\nhost: x\r\nx-a: a\u0000b\r\nconnection: close\r\n\r\n`], [400]],
      [
        'pipelined',
        [
          `GET /healthz HTTP/1.1\r\nhost: x\r\n\r\nGET /dashboard/assets/__proto__ HTTP/1.1\r\nhost: x\r\n\r\nGET ${path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`,
        ],
      ],
    ];
    const [label, pieces, expect, noAnswer] = r.pick(choices);
    return { family: 'protocol', label: `${label}: ${path.slice(0, 60)}`, pieces, expect, noAnswer };
  };

  return [
    { name: 'route-method', weight: 25, make: routeMethods },
    { name: 'odd-path', weight: 15, make: oddPaths },
    { name: 'odd-query', weight: 15, make: oddQueries },
    { name: 'odd-header', weight: 10, make: oddHeaders },
    { name: 'odd-body', weight: 20, make: oddBodies },
    { name: 'signed-link', weight: 8, make: signedLinks },
    { name: 'protocol', weight: 7, make: protocol },
  ];
}

/**
 * Clients that never finish: each must be cut off by the server within the request time limit
 * (or, after an answer, the keep-alive limit). Sent at the same time.
 */
export function slowClients(routes: RouteInfo[]): { label: string; pieces: (string | Buffer)[]; gapMs?: number }[] {
  const post = routes.find((r) => r.method === 'POST')?.path ?? '/api/messages';
  const json = { 'content-type': 'application/json', connection: 'keep-alive' };
  const big = Buffer.alloc(64 * 1024, 0x20);
  return [
    {
      label: 'Content-Length larger than the body',
      pieces: [headOf('POST', post, { ...json, 'content-length': 1000 }), '{"type":'],
    },
    {
      label: 'headers never finish',
      pieces: [
        'POST /api/messages HTTP/1.1\r\n',
        'host: x\r\n',
        ...Array.from({ length: 600 }, (_, i) => `x-slow-${i}: 1\r\n`),
      ],
      gapMs: 100,
    },
    { label: 'request line never finishes', pieces: ['GET /', ...Array.from({ length: 600 }, () => 'a')], gapMs: 100 },
    {
      label: 'body trickled',
      pieces: [
        headOf('POST', post, { ...json, 'transfer-encoding': 'chunked' }),
        ...chunked(Array.from({ length: 600 }, () => ' ')).slice(0, -1),
      ],
      gapMs: 100,
    },
    {
      label: 'chunked body never ends',
      pieces: [headOf('POST', post, { ...json, 'transfer-encoding': 'chunked' }), ...chunked([big, big]).slice(0, -1)],
    },
    { label: 'idle after the answer (keep-alive)', pieces: [headOf('GET', '/healthz', { connection: 'keep-alive' })] },
    {
      label: 'upgrade, then idle',
      pieces: [
        headOf('GET', '/healthz', {
          upgrade: 'websocket',
          connection: 'Upgrade',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'sec-websocket-version': 13,
        }),
      ],
    },
    { label: 'connected, nothing sent', pieces: [] },
  ];
}
