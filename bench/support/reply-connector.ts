/**
 * A minimal, fast stand-in for the Bot Connector on 127.0.0.1 for throughput benchmarks: every
 * POST is answered 201 with `{ id }`, anything else 200 `{}`. It only counts: replies per
 * replied-to activity id (`POST /v3/conversations/{conversation}/activities/{replyToId}`) and
 * replies whose text differs from the expected one. Nothing is kept per call, so its cost per
 * request stays flat however long a run lasts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const REPLY_PATH = /^\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)/;

export class ReplyConnector {
  /** replyToId → number of replies received for it. */
  readonly replies = new Map<string, number>();
  /** POSTs that were not a reply to an activity (sendActivity without replyToId, new conversations, …). */
  otherPosts = 0;
  /** Replies whose text was not `expectedText`. */
  wrongText = 0;
  /** The text every reply should carry; unchecked when undefined. */
  expectedText: string | undefined;
  url = '';
  private server: http.Server | undefined;
  private nextId = 1;

  async start(): Promise<this> {
    const server = http.createServer((req, res) => this.handle(req, res));
    server.keepAliveTimeout = 60_000;
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return this;
  }

  reset(expectedText: string | undefined): void {
    this.replies.clear();
    this.otherPosts = 0;
    this.wrongText = 0;
    this.expectedText = expectedText;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      const m = REPLY_PATH.exec(req.url ?? '');
      if (m) {
        const replyTo = decodeURIComponent(m[2]!);
        this.replies.set(replyTo, (this.replies.get(replyTo) ?? 0) + 1);
        if (this.expectedText !== undefined) {
          let text: unknown;
          try {
            text = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { text?: unknown }).text;
          } catch {
            text = undefined;
          }
          if (text !== this.expectedText) this.wrongText++;
        }
      } else {
        this.otherPosts++;
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(`{"id":"act-${this.nextId++}"}`);
    });
  }
}
