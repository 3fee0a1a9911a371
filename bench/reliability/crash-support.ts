import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A Bot Connector stand-in for the crash run: answers every call at once (201 with an id) and
 * keeps, per conversation, the texts of the activities the bot sent there.
 */
export class QuickConnector {
  readonly sent = new Map<string, string[]>();
  private server!: http.Server;
  private next = 1;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
        if (m && req.method === 'POST') {
          const list = this.sent.get(m[1]!) ?? [];
          list.push(Buffer.concat(chunks).toString('utf8'));
          this.sent.set(m[1]!, list);
        }
        res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `c-${this.next++}` }));
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export interface BotProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote to stderr and stdout. */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the bot as `npm start` does (node with tsx, src/index.ts) and waits until it answers /healthz. */
export async function startBotProcess(repo: string, env: Record<string, string>, timeoutMs = 60_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const start = Date.now();
  let url: string | undefined;
  while (!url) {
    if (done) throw new Error(`the bot exited before listening:\n${output.join('').slice(-2000)}`);
    if (Date.now() - start > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not start within ${timeoutMs / 1000} s:\n${output.join('').slice(-2000)}`);
    }
    const m = /Endpoint:\s+(http:\/\/[^\s]+)\/api\/messages/.exec(output.join(''));
    if (m) url = m[1];
    else await new Promise((r) => setTimeout(r, 50));
  }
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) break;
    } catch {
      /* not yet */
    }
    if (done) throw new Error(`the bot exited:\n${output.join('').slice(-2000)}`);
    if (Date.now() - start > timeoutMs) throw new Error('the bot does not answer /healthz');
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url, output, exited };
}

export interface DataCheck {
  valid: boolean;
  snapshot: string;
  segments: number;
  lines: number;
  unfinishedLastLine: boolean;
  problems: string[];
}

/**
 * Reads the data directory as the crash left it: uthiek.json must be JSON, every journal line
 * must parse, except an unfinished last line of the last segment (the store drops it on start).
 */
export function checkDataFiles(dataDir: string): DataCheck {
  const problems: string[] = [];
  let snapshot = 'absent';
  const snapFile = path.join(dataDir, 'uthiek.json');
  if (fs.existsSync(snapFile)) {
    try {
      const data = JSON.parse(fs.readFileSync(snapFile, 'utf8')) as { seq?: unknown; collections?: unknown };
      if (typeof data.seq !== 'number' || typeof data.collections !== 'object') problems.push('uthiek.json is JSON but not a snapshot');
      snapshot = `valid JSON (seq ${String(data.seq)})`;
    } catch (err) {
      problems.push(`uthiek.json does not parse: ${(err as Error).message}`);
      snapshot = 'INVALID';
    }
  }
  const journalDir = path.join(dataDir, 'journal');
  const segments = fs.existsSync(journalDir) ? fs.readdirSync(journalDir).filter((f) => /^\d{8}\.jsonl$/.test(f)).sort() : [];
  let lines = 0;
  let unfinishedLastLine = false;
  segments.forEach((name, i) => {
    const text = fs.readFileSync(path.join(journalDir, name), 'utf8');
    const parts = text.split('\n');
    const tail = parts.pop()!; // after the last newline: '' or an unfinished line
    parts.forEach((line, n) => {
      if (!line.trim()) return;
      lines++;
      try {
        JSON.parse(line);
      } catch {
        problems.push(`${name} line ${n + 1} does not parse`);
      }
    });
    if (tail.trim()) {
      let complete = true;
      try {
        JSON.parse(tail);
      } catch {
        complete = false;
      }
      if (complete) lines++;
      else if (i === segments.length - 1) unfinishedLastLine = true;
      else problems.push(`${name} (not the last segment) ends with an unfinished line`);
    }
  });
  return { valid: problems.length === 0, snapshot, segments: segments.length, lines, unfinishedLastLine, problems };
}
