import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId?: string;
  activityId?: string;
  body: any;
  at: number;
  /** The status the fake answered with. */
  status?: number;
}

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Member {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  userPrincipalName?: string;
}

/**
 * A stand-in for the Teams Bot Connector on 127.0.0.1, as TESTING.md level 2 describes: the
 * activities' serviceUrl points here, and every call the bot makes is recorded. `fail` lets a
 * test answer a call with a throttle (429), an error (5xx) or a refusal (403).
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  /** Team or conversation id → members returned by the members endpoints. */
  readonly members = new Map<string, Member[]>();
  fail: ((call: ConnectorCall) => FakeReply | undefined) | undefined;
  /** Holds back the answer to chosen calls until the promise settles (a slow Teams, without timers). */
  hold: ((call: ConnectorCall) => Promise<void> | undefined) | undefined;
  /** Ids of activities that exist (sent by the bot, or posted by the test); updating another id is a 404, as in Teams. */
  readonly known = new Set<string>();
  private server!: http.Server;
  private nextId = 1;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Messages (and updates) the bot sent, optionally to one conversation. */
  sent(conversationId?: string): ConnectorCall[] {
    return this.calls.filter(
      (c) =>
        c.body &&
        (c.method === 'POST' || c.method === 'PUT') &&
        c.conversationId !== undefined &&
        (conversationId === undefined || c.conversationId === conversationId),
    );
  }

  /** Every text and card the bot sent, flattened, for simple assertions. */
  texts(conversationId?: string): string[] {
    return this.sent(conversationId).map((c) => JSON.stringify(c.body));
  }

  clear(): void {
    this.calls.length = 0;
  }

  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 15000): Promise<void> {
    const start = Date.now();
    while (!predicate(this.calls)) {
      if (Date.now() - start > timeoutMs)
        throw new Error(
          `timed out waiting; calls so far:\n${this.calls.map((c) => `${c.method} ${c.path}`).join('\n')}`,
        );
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://x');
      const path = decodeURIComponent(url.pathname);
      const m = /^\/v3\/conversations\/([^/]+)(?:\/activities(?:\/([^/]+))?)?/.exec(path);
      const call: ConnectorCall = {
        method: req.method ?? 'GET',
        path,
        conversationId: m?.[1],
        activityId: m?.[2],
        body: text ? JSON.parse(text) : undefined,
        at: Date.now(),
      };
      this.calls.push(call);
      const held = this.hold?.(call);
      if (held) return void held.then(() => this.answer(call, url, res));
      this.answer(call, url, res);
    });
  }

  private answer(call: ConnectorCall, url: URL, res: http.ServerResponse): void {
    const injected = this.fail?.(call);
    if (injected) {
      call.status = injected.status;
      res.writeHead(injected.status, { 'content-type': 'application/json', ...injected.headers });
      res.end(JSON.stringify(injected.body ?? { error: { code: 'Injected', message: 'injected failure' } }));
      return;
    }
    this.reply(call, url, res);
  }

  private reply(call: ConnectorCall, url: URL, res: http.ServerResponse): void {
    const json = (status: number, body: unknown) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const teams = /^\/v3\/teams\/([^/]+)\/conversations$/.exec(call.path);
    if (teams) return json(200, { conversations: [{ id: teams[1], name: 'General' }] });
    const members = /^\/v3\/conversations\/([^/]+)\/(pagedmembers|members)(?:\/([^/]+))?$/.exec(call.path);
    if (members) {
      const list = this.members.get(members[1]!) ?? [];
      if (members[3]) {
        const key = members[3].toLowerCase();
        const one = list.find(
          (x) =>
            x.id === members[3] ||
            x.aadObjectId === members[3] ||
            x.email?.toLowerCase() === key ||
            x.userPrincipalName?.toLowerCase() === key,
        );
        return one ? json(200, one) : json(404, { error: { code: 'MemberNotFound' } });
      }
      return members[2] === 'pagedmembers' ? json(200, { members: list }) : json(200, list);
    }
    if (call.method === 'POST' && call.path === '/v3/conversations') {
      const isChannel = Boolean(call.body?.channelData?.channel?.id);
      const postId = `post-${this.nextId++}`;
      const id = isChannel
        ? `${call.body.channelData.channel.id};messageid=${postId}`
        : `a:1on1-${call.body?.members?.[0]?.id ?? this.nextId++}`;
      if (isChannel) this.known.add(postId);
      return json(201, { id, activityId: isChannel ? postId : undefined });
    }
    if (call.method === 'DELETE') return json(200, {});
    if (call.method === 'PUT') {
      if (!call.activityId || !this.known.has(call.activityId))
        return json(404, { error: { code: 'ActivityNotFound' } });
      return json(200, { id: call.activityId });
    }
    if (call.method === 'POST') {
      const id = `act-${this.nextId++}`;
      this.known.add(id);
      return json(201, { id });
    }
    void url;
    return json(404, { error: { code: 'NotFound' } });
  }
}
