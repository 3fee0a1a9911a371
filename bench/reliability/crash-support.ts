import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generationDir, generationName, readCurrent, readGeneration } from '../../src/store/generations.js';

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
        const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(
          decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
        );
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
export async function startBotProcess(
  repo: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
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
  generation: string;
  segments: number;
  lines: number;
  unfinishedLastLine: boolean;
  problems: string[];
}

/**
 * Reads the data directory as the crash left it, with the store's own reader (checksums, no
 * missing segment, commits and audit events without gaps): CURRENT must name a generation with a
 * valid snapshot; an unfinished last line of the last segment is allowed (the store drops it).
 */
export async function checkDataFiles(dataDir: string): Promise<DataCheck> {
  let generation: number | undefined;
  try {
    generation = readCurrent(dataDir);
  } catch (err) {
    return {
      valid: false,
      snapshot: 'not read',
      generation: 'INVALID',
      segments: 0,
      lines: 0,
      unfinishedLastLine: false,
      problems: [(err as Error).message],
    };
  }
  if (generation === undefined)
    return {
      valid: false,
      snapshot: 'not read',
      generation: 'absent',
      segments: 0,
      lines: 0,
      unfinishedLastLine: false,
      problems: ['CURRENT is missing'],
    };
  const content = await readGeneration(generationDir(dataDir, generation));
  const problems = [...content.problems];
  if (content.snapshotMissing) problems.push('the snapshot is missing');
  return {
    valid: problems.length === 0,
    snapshot: content.snapshot ? `valid (seq ${content.snapshot.seq})` : 'INVALID',
    generation: generationName(generation),
    segments: content.segments.length,
    lines: content.commits.length,
    unfinishedLastLine: Boolean(content.unfinished),
    problems,
  };
}

/** What became of a second bot process started on a data directory another one holds. */
export interface SecondProcess {
  /** It stopped without ever listening, saying another process holds the data directory. */
  refused: boolean;
  seconds: number;
  detail: string;
}

/**
 * Starts a second bot on the same data directory and waits for its verdict: refused (exited with
 * the lock message, never listened) or not (it printed its endpoint: then it is killed at once).
 */
export async function startSecondProcess(
  repo: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<SecondProcess> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let listening = false;
  const listens = new Promise<void>((resolve) => {
    const check = () => {
      if (/Endpoint:\s+http/.test(output)) {
        listening = true;
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
  });
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
  const code = await Promise.race([
    exited,
    listens.then(() => 'listening' as const),
    timeout.then(() => 'timeout' as const),
  ]);
  if (code === 'listening' || code === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
  const seconds = (Date.now() - started) / 1000;
  const message = /Another Uthiek Bot process is using the data directory/.test(output);
  const refused = !listening && typeof code === 'number' && code !== 0 && message;
  const firstLine =
    output.split('\n').find((l) => l.includes('could not start')) ?? output.trim().split('\n').at(-1) ?? '';
  return {
    refused,
    seconds,
    detail:
      code === 'listening'
        ? 'it STARTED and listened'
        : code === 'timeout'
          ? 'no verdict in time'
          : `exit ${code}: ${firstLine.slice(0, 160)}`,
  };
}
