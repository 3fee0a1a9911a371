/**
 * A minimal, fast stand-in for the Bot Connector on 127.0.0.1 for benchmarks: every POST is
 * answered 201 with `{ id }` (also creating a conversation), anything else 200 `{}`. It keeps,
 * per replied-to activity id (`POST /v3/conversations/{conversation}/activities/{replyToId}`),
 * the text of each reply and whether it carried a card, and counts the other POSTs (proactive
 * messages and new conversations). Nothing else is kept per call.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const REPLY_PATH = /^\/v3\/conversations\/([^/]+)\/activities\/([^/?]+)/;

export interface Reply {
  text: string | undefined;
  card: boolean;
}

export class ReplyConnector {
  /** replyToId → the replies received for it. */
  readonly replies = new Map<string, Reply[]>();
  /** POSTs that were not a reply to an activity (sendActivity without replyToId, new conversations, …). */
  otherPosts = 0;
  /** The body of the last POST, as text (for checking an answer). */
  lastBody = '';
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

  reset(): void {
    this.replies.clear();
    this.otherPosts = 0;
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
      this.lastBody = Buffer.concat(chunks).toString('utf8');
      const m = REPLY_PATH.exec(req.url ?? '');
      if (m) {
        const replyTo = decodeURIComponent(m[2]!);
        let reply: Reply = { text: undefined, card: false };
        try {
          const body = JSON.parse(this.lastBody) as { text?: unknown; attachments?: unknown[] };
          reply = {
            text: typeof body.text === 'string' ? body.text : undefined,
            card: Array.isArray(body.attachments) && body.attachments.length > 0,
          };
        } catch {
          /* kept as a reply without text or card */
        }
        const list = this.replies.get(replyTo);
        if (list) list.push(reply);
        else this.replies.set(replyTo, [reply]);
      } else {
        this.otherPosts++;
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(`{"id":"act-${this.nextId++}"}`);
    });
  }
}
