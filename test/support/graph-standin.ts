import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { OutlookStandIn } from './graph-standin-outlook.js';

const here = (name: string) => fs.readFileSync(new URL(`./graph-standin/${name}`, import.meta.url));

/** One request the bot made to the stand-in. */
export interface GraphCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** The body as bytes (uploads). */
  rawBytes?: Buffer;
  status?: number;
}

export interface GraphReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface UserState {
  /** Installation id → installation of the catalog app. */
  installations: Map<string, { appId: string; chatId: string }>;
}

export const STANDIN_TENANT = '11111111-2222-3333-4444-555555555555';
export const STANDIN_CLIENT = '66666666-7777-8888-9999-000000000000';
export const STANDIN_SECRET = 'stand-in-secret';
export const CATALOG_APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

/**
 * A local stand-in for Microsoft Graph and its token endpoint (TESTING.md: Graph has no emulator
 * here). It answers the request and response shapes Microsoft documents for what the bot calls:
 *
 * - login (HTTPS, its own certificate): GET /{tenant}/v2.0/.well-known/openid-configuration and
 *   POST /{tenant}/oauth2/v2.0/token with grant_type=client_credentials, client_id,
 *   client_secret and a scope ending in /.default; anything else is 400 or 401, as Entra answers;
 * - Outlook (the shared mailbox's events, getSchedule, sendMail, users, drive uploads): see
 *   graph-standin-outlook.ts;
 * - Graph (HTTP, /v1.0): POST /users/{id}/teamwork/installedApps with a JSON body holding exactly
 *   "teamsApp@odata.bind" (201, 409 when installed, 404 for an unknown user or app, 400 when
 *   malformed); GET /users/{id}/teamwork/installedApps with $expand=teamsApp and
 *   $filter=teamsApp/id eq '…'; GET /users/{id}/teamwork/installedApps/{installation}/chat.
 *   Without a valid bearer token: 401; another method: 405; another path: 400.
 *
 * `fail` answers chosen calls with a throttle (429 + Retry-After), a 5xx or a 404.
 */
export class GraphStandIn {
  readonly calls: GraphCall[] = [];
  readonly users = new Map<string, UserState>();
  readonly catalog = new Set<string>([CATALOG_APP_ID]);
  /** The shared mailbox, its calendar, e-mail and the document library (graph-standin-outlook.ts). */
  readonly outlook = new OutlookStandIn();
  fail: ((call: GraphCall) => GraphReply | undefined) | undefined;
  /** Holds back the answer to chosen Graph calls until the promise settles (a slow Graph, without timers). */
  hold: ((call: GraphCall) => Promise<void> | undefined) | undefined;
  /** Called when the app is installed for a user (Teams would then tell the bot). */
  onInstall: ((aadObjectId: string, chatId: string) => void) | undefined;
  readonly ca = here('cert.pem');
  private readonly tokens = new Set<string>();
  private login!: https.Server;
  private graph!: http.Server;
  loginUrl = '';
  graphUrl = '';

  async start(): Promise<this> {
    this.login = https.createServer({ key: here('key.pem'), cert: this.ca }, (req, res) =>
      this.receive(req, res, 'login'),
    );
    this.graph = http.createServer((req, res) => this.receive(req, res, 'graph'));
    await Promise.all([this.login, this.graph].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
    this.loginUrl = `https://127.0.0.1:${(this.login.address() as AddressInfo).port}`;
    this.graphUrl = `http://127.0.0.1:${(this.graph.address() as AddressInfo).port}/v1.0`;
    return this;
  }

  async stop(): Promise<void> {
    for (const s of [this.login, this.graph]) {
      s.closeAllConnections?.();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }

  /** The environment that points the bot here. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      GRAPH_TENANT_ID: STANDIN_TENANT,
      GRAPH_CLIENT_ID: STANDIN_CLIENT,
      GRAPH_CLIENT_SECRET: STANDIN_SECRET,
      GRAPH_BASE_URL: this.graphUrl,
      GRAPH_AUTHORITY_HOST: this.loginUrl,
      TEAMS_CATALOG_APP_ID: CATALOG_APP_ID,
      GRAPH_MAILBOX: 'uthiek@example.org',
      ...extra,
    };
  }

  addUser(aadObjectId: string): void {
    this.users.set(aadObjectId, { installations: new Map() });
  }

  /** Graph calls (not token requests) so far. */
  graphCalls(): GraphCall[] {
    return this.calls.filter((c) => c.path.startsWith('/v1.0/'));
  }

  private receive(req: http.IncomingMessage, res: http.ServerResponse, side: 'login' | 'graph'): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const bytes = Buffer.concat(chunks);
      const raw = bytes.toString('utf8');
      const call: GraphCall = {
        method: req.method ?? 'GET',
        path: decodeURIComponent(url.pathname),
        query: url.searchParams,
        headers: req.headers,
        body: raw,
        rawBytes: bytes,
      };
      this.calls.push(call);
      const send = (reply: GraphReply) => {
        call.status = reply.status;
        const hasBody = reply.body !== undefined;
        res.writeHead(reply.status, { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...reply.headers });
        res.end(hasBody ? JSON.stringify(reply.body) : undefined);
      };
      const answer = () => {
        const injected = side === 'graph' ? this.fail?.(call) : undefined;
        if (injected) return send({ body: { error: { code: 'Injected', message: 'injected failure' } }, ...injected });
        send(side === 'login' ? this.answerLogin(call) : this.answerGraph(call, raw));
      };
      const held = side === 'graph' ? this.hold?.(call) : undefined;
      if (held) return void held.then(answer);
      answer();
    });
  }

  private answerLogin(call: GraphCall): GraphReply {
    const m = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/token)$/.exec(call.path);
    if (!m || m[1] !== STANDIN_TENANT) return { status: 400, body: { error: 'invalid_tenant' } };
    if (m[2]!.startsWith('v2.0')) {
      if (call.method !== 'GET') return { status: 405, body: { error: 'invalid_request' } };
      const t = `${this.loginUrl}/${STANDIN_TENANT}`;
      return {
        status: 200,
        body: {
          issuer: `${t}/v2.0`,
          token_endpoint: `${t}/oauth2/v2.0/token`,
          authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${t}/oauth2/v2.0/logout`,
          jwks_uri: `${t}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'token'],
        },
      };
    }
    if (call.method !== 'POST' || !String(call.headers['content-type']).includes('application/x-www-form-urlencoded'))
      return { status: 400, body: { error: 'invalid_request' } };
    const form = new URLSearchParams(call.body as string);
    if (form.get('grant_type') !== 'client_credentials' || !form.get('scope')?.endsWith('/.default'))
      return { status: 400, body: { error: 'invalid_request' } };
    if (form.get('client_id') !== STANDIN_CLIENT || form.get('client_secret') !== STANDIN_SECRET)
      return { status: 401, body: { error: 'invalid_client' } };
    const token = `standin-${randomUUID()}`;
    this.tokens.add(token);
    return { status: 200, body: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
  }

  private answerGraph(call: GraphCall, raw: string): GraphReply {
    const error = (status: number, code: string) => ({ status, body: { error: { code, message: code } } });
    const bearer = /^Bearer (.+)$/.exec(String(call.headers.authorization ?? ''))?.[1];
    if (!bearer || !this.tokens.has(bearer)) return error(401, 'InvalidAuthenticationToken');
    const outlook = this.outlook.answer(call, raw);
    if (outlook) return outlook;
    const m = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps(?:\/([^/]+)(\/chat)?)?$/.exec(call.path);
    if (!m) return error(400, 'BadRequest');
    const user = this.users.get(m[1]!);
    if (m[2]) {
      if (!m[3] || call.method !== 'GET') return error(m[3] ? 405 : 400, m[3] ? 'MethodNotAllowed' : 'BadRequest');
      const installation = user?.installations.get(m[2]);
      if (!installation) return error(404, 'NotFound');
      return {
        status: 200,
        body: { id: installation.chatId, chatType: 'oneOnOne', createdDateTime: new Date().toISOString() },
      };
    }
    if (call.method === 'GET') {
      const filter = /^teamsApp\/id eq '([^']+)'$/.exec(call.query.get('$filter') ?? '');
      if (call.query.has('$filter') && !filter) return error(400, 'BadRequest');
      if (!user) return error(404, 'Request_ResourceNotFound');
      const value = [...user.installations]
        .filter(([, i]) => !filter || i.appId === filter[1])
        .map(([id, i]) => ({
          id,
          ...(call.query.get('$expand') === 'teamsApp'
            ? {
                teamsApp: {
                  id: i.appId,
                  externalId: 'uthiek-bot',
                  displayName: 'Uthiek',
                  distributionMethod: 'organization',
                },
              }
            : {}),
        }));
      return { status: 200, body: { '@odata.context': 'standin', value } };
    }
    if (call.method !== 'POST') return error(405, 'MethodNotAllowed');
    if (!String(call.headers['content-type']).includes('application/json')) return error(415, 'UnsupportedMediaType');
    let body: unknown;
    try {
      body = JSON.parse(raw);
      call.body = body;
    } catch {
      return error(400, 'BadRequest');
    }
    const keys = body && typeof body === 'object' ? Object.keys(body) : [];
    const bind = (body as Record<string, unknown> | null)?.['teamsApp@odata.bind'];
    const appId = typeof bind === 'string' ? /\/appCatalogs\/teamsApps\/([^/'()]+)$/.exec(bind)?.[1] : undefined;
    if (keys.length !== 1 || !appId) return error(400, 'BadRequest');
    if (!user) return error(404, 'Request_ResourceNotFound');
    if (!this.catalog.has(appId)) return error(404, 'NotFound');
    if ([...user.installations.values()].some((i) => i.appId === appId)) return error(409, 'Conflict');
    const chatId = `19:${m[1]}_bot@unq.gbl.spaces`;
    user.installations.set(`inst-${randomUUID().slice(0, 8)}`, { appId, chatId });
    this.onInstall?.(m[1]!, chatId);
    return { status: 201 };
  }
}
