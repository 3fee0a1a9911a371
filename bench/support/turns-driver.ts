/**
 * The load side of `npm run bench:turns`, in its own process so that neither the load generator
 * nor the fake connector takes CPU time from the bot under test (which runs in the parent
 * process): the fake Bot Connector both bots reply to, and a closed-loop HTTP client with
 * CONCURRENCY keep-alive connections that posts personal-chat message activities and times each
 * one from sending the POST to the end of the bot's HTTP response.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { personalMessage, type TestUser } from '../../test/support/activities.js';
import { ReplyConnector } from './reply-connector.js';
import type { DriverMessage, ParentMessage, RunRequest, Verification } from './turns-protocol.js';

const send = (message: DriverMessage) => process.send!(message);
const REQUEST_TIMEOUT_MS = 30_000;

function benchUsers(n: number): TestUser[] {
  return Array.from({ length: n }, (_, i) => {
    const hex = (i + 1).toString(16).padStart(12, '0');
    return { id: `29:1bench-user-${i + 1}`, aadObjectId: `00000000-0000-4000-8000-${hex}`, name: `Collega ${i + 1}` };
  });
}

interface Batch {
  ids: string[];
  bodies: Buffer[];
}

/** Request bodies built (and serialised) before any timing starts. */
function buildBatch(
  run: RunRequest,
  users: TestUser[],
  phase: 'w' | 'm',
  count: number,
  offset: number,
  serviceUrl: string,
): Batch {
  const ids: string[] = [];
  const bodies: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const user = users[(offset + i) % users.length]!;
    const id = `${run.tag}-${phase}${i}`;
    const activity = { ...personalMessage(user, run.text, { serviceUrl, locale: 'nl-NL' }), id };
    ids.push(id);
    bodies.push(Buffer.from(JSON.stringify(activity)));
  }
  return { ids, bodies };
}

interface LoadResult {
  latenciesMs: number[];
  wallMs: number;
  non200: number;
}

/** Closed loop: `concurrency` senders, each posting the next body as soon as its previous one is answered. */
async function load(target: URL, bodies: Buffer[], concurrency: number, agent: http.Agent): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let non200 = 0;
  let next = 0;
  const post = (body: Buffer) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          if (res.statusCode !== 200) non200++;
          res.on('data', () => {});
          res.on('end', () => {
            latenciesMs.push(performance.now() - started);
            resolve();
          });
        },
      );
      req.on('error', () => {
        non200++;
        resolve();
      });
      // A bot that never answers counts as a failed request instead of hanging the benchmark.
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timed out')));
      req.end(body);
    });
  const sender = async () => {
    while (next < bodies.length) await post(bodies[next++]!);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, bodies.length) }, sender));
  return { latenciesMs, wallMs: performance.now() - started, non200 };
}

function verify(connector: ReplyConnector, ids: string[], non200: number): Verification {
  const sent = new Set(ids);
  let answeredOnce = 0;
  let missing = 0;
  let duplicates = 0;
  for (const id of ids) {
    const n = connector.replies.get(id) ?? 0;
    if (n === 1) answeredOnce++;
    else if (n === 0) missing++;
    else duplicates += n - 1;
  }
  let stray = connector.otherPosts;
  for (const [id, n] of connector.replies) if (!sent.has(id)) stray += n;
  return { sent: ids.length, answeredOnce, missing, duplicates, stray, wrongText: connector.wrongText, non200 };
}

async function run(connector: ReplyConnector, users: TestUser[], request: RunRequest, runNo: number): Promise<void> {
  const target = new URL('/api/messages', request.target);
  const offset = (runNo * 7919) % users.length;
  const warm = buildBatch(request, users, 'w', request.warmup, offset, connector.url);
  const measured = buildBatch(request, users, 'm', request.requests, offset + request.warmup, connector.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.concurrency, keepAliveMsecs: 10_000 });
  connector.reset(request.expectedReply);
  try {
    const w = await load(target, warm.bodies, request.concurrency, agent);
    send({ type: 'measuring', tag: request.tag });
    const elu0 = performance.eventLoopUtilization();
    const m = await load(target, measured.bodies, request.concurrency, agent);
    const driverElu = performance.eventLoopUtilization(elu0).utilization;
    send({
      type: 'result',
      tag: request.tag,
      latenciesMs: m.latenciesMs,
      wallMs: m.wallMs,
      verification: verify(connector, [...warm.ids, ...measured.ids], w.non200 + m.non200),
      driverElu,
    });
  } finally {
    agent.destroy();
  }
}

async function main(): Promise<void> {
  const connector = await new ReplyConnector().start();
  let users: TestUser[] = [];
  let runs = 0;
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'exit') {
      void connector.stop().then(() => process.exit(0));
      return;
    }
    if (users.length !== message.users) users = benchUsers(message.users);
    run(connector, users, message, runs++).catch((err: unknown) =>
      send({ type: 'error', message: (err as Error).stack ?? String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', connectorUrl: connector.url });
}

void main();
