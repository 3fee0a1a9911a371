/**
 * The load side of `npm run bench:turns`, in its own process so that neither the load generator
 * nor the fake connector takes CPU time from the bot under test (which runs in the parent
 * process): the fake Bot Connector both bots reply to, and a closed-loop HTTP client with
 * CONCURRENCY keep-alive connections that posts the activities the parent planned (serialised
 * before any timing starts) and times each one from sending the POST to the end of the bot's
 * HTTP response; then it checks every answer against what the plan expects.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { ReplyConnector } from './reply-connector.js';
import type { DriverMessage, ParentMessage, PlannedRequest, RunRequest, Verification } from './turns-protocol.js';

const send = (message: DriverMessage) => process.send!(message);
const REQUEST_TIMEOUT_MS = 30_000;

interface Answer {
  status: number;
  body: string;
}

interface LoadResult {
  latenciesMs: number[];
  answers: Answer[];
  wallMs: number;
}

/** Closed loop: `concurrency` senders, each posting the next body as soon as its previous one is answered. */
async function load(
  target: URL,
  requests: PlannedRequest[],
  concurrency: number,
  agent: http.Agent,
): Promise<LoadResult> {
  const latenciesMs = new Array<number>(requests.length);
  const answers = new Array<Answer>(requests.length);
  const bodies = requests.map((r) => Buffer.from(r.body));
  let next = 0;
  const post = (i: number) =>
    new Promise<void>((resolve) => {
      const body = bodies[i]!;
      const started = performance.now();
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latenciesMs[i] = performance.now() - started;
            answers[i] = {
              status: res.statusCode ?? 0,
              body: requests[i]!.invokeRefuses ? Buffer.concat(chunks).toString('utf8') : '',
            };
            resolve();
          });
        },
      );
      req.on('error', () => {
        latenciesMs[i] = performance.now() - started;
        answers[i] = { status: 0, body: '' };
        resolve();
      });
      // A bot that never answers counts as a failed request instead of hanging the benchmark.
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timed out')));
      req.end(body);
    });
  const sender = async () => {
    while (next < requests.length) await post(next++);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, sender));
  return { latenciesMs, answers, wallMs: performance.now() - started };
}

/** Is the HTTP answer to an invoke a proper invoke response (200) without any refusal in it? */
function invokeOk(answer: Answer, refuses: string[]): boolean {
  if (answer.status !== 200) return false;
  let parsed: { statusCode?: unknown; value?: unknown };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    return false;
  }
  if (parsed.statusCode !== 200) return false;
  const text = JSON.stringify(parsed.value ?? '');
  return !refuses.some((r) => text.includes(r));
}

function verify(connector: ReplyConnector, requests: PlannedRequest[], answers: Answer[]): Verification {
  const v: Verification = {
    sent: requests.length,
    answeredAsExpected: 0,
    missing: 0,
    duplicates: 0,
    stray: 0,
    wrongReply: 0,
    badInvokes: 0,
    non200: 0,
    proactive: connector.otherPosts,
  };
  const sent = new Set(requests.map((r) => r.id));
  requests.forEach((r, i) => {
    const answer = answers[i]!;
    if (answer.status !== 200) v.non200++;
    if (r.invokeRefuses && !invokeOk(answer, r.invokeRefuses)) v.badInvokes++;
    const replies = connector.replies.get(r.id) ?? [];
    if (replies.length < r.replies) v.missing++;
    if (replies.length > r.replies) v.duplicates += replies.length - r.replies;
    const wrong = replies.some(
      (reply) => (r.replyText !== undefined && reply.text !== r.replyText) || (r.replyCard && !reply.card),
    );
    if (wrong) v.wrongReply++;
    if (replies.length === r.replies && !wrong && answer.status === 200) v.answeredAsExpected++;
  });
  // replies to ids of this run that were never sent are stray; replies to the bot's own messages (a card
  // refreshed in its thread) are proactive
  const tag = requests[0]?.id.split('-')[0];
  for (const [id, replies] of connector.replies)
    if (!sent.has(id)) {
      if (tag !== undefined && id.startsWith(`${tag}-`)) v.stray += replies.length;
      else v.proactive += replies.length;
    }
  return v;
}

async function run(connector: ReplyConnector, request: RunRequest): Promise<void> {
  const target = new URL('/api/messages', request.target);
  const agent = new http.Agent({ keepAlive: true, maxSockets: request.concurrency, keepAliveMsecs: 10_000 });
  connector.reset();
  try {
    const w = await load(target, request.warmup, request.concurrency, agent);
    send({ type: 'measuring', tag: request.tag });
    const elu0 = performance.eventLoopUtilization();
    const m = await load(target, request.measured, request.concurrency, agent);
    const driverElu = performance.eventLoopUtilization(elu0).utilization;
    send({
      type: 'result',
      tag: request.tag,
      latenciesMs: m.latenciesMs,
      wallMs: m.wallMs,
      verification: verify(connector, [...request.warmup, ...request.measured], [...w.answers, ...m.answers]),
      driverElu,
    });
  } finally {
    agent.destroy();
  }
}

async function main(): Promise<void> {
  const connector = await new ReplyConnector().start();
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'exit') {
      void connector.stop().then(() => process.exit(0));
      return;
    }
    run(connector, message).catch((err: unknown) =>
      send({ type: 'error', message: (err as Error).stack ?? String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', connectorUrl: connector.url });
}

void main();
