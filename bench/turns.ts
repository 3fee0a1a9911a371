/**
 * Turn benchmark: what the application costs on top of the bare Bot Framework stack.
 *
 *   npm run bench:turns [-- --requests 3000 --concurrency 16 --warmup 300 --runs 3 --users 1000]
 *   npm run bench:turns -- --only uthiek     # one bot only (e.g. under --cpu-prof); no ratios
 *
 * Runs Uthiek Bot (src/compose.ts, local mode, in this process) and a bare botbuilder echo bot
 * (bench/echo-bot.ts, same restify/CloudAdapter stack, in this process) one after the other
 * under the same closed-loop load of personal-chat messages from varying users, and prints
 * throughput and p50/p99 latency of both and their ratios. The load generator and the fake Bot
 * Connector both bots reply to run in a separate process (bench/support/turns-driver.ts), so the
 * bot under test has this process's event loop to itself. Each bot is measured `--runs` times,
 * each run on a freshly started bot with its own warm-up, alternating which bot goes first; the
 * median run (by throughput) of each counts.
 *
 * Targets: Uthiek throughput ≥ 0.8 × echo throughput; Uthiek p99 ≤ 1.5 × echo p99.
 * Also checks that the connector got exactly one reply, with the expected text, per request.
 * Exit code 1 when a target is missed or a check fails.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig } from '../src/config/env.js';
import { startBot } from '../src/compose.js';
import { translator } from '../src/i18n/index.js';
import { startEchoBot } from './echo-bot.js';
import type { DriverMessage, ParentMessage, RunRequest, RunResult } from './support/turns-protocol.js';
import { benchOptions } from './support/args.js';

const options = benchOptions(['requests', 'warmup', 'concurrency', 'runs', 'users', 'only']);
const REQUESTS = options.count('requests', 3000);
const WARMUP = options.count('warmup', 300);
const CONCURRENCY = options.count('concurrency', 16);
const RUNS = options.count('runs', 3);
const USERS = options.count('users', 1000);
const ONLY = (() => {
  const value = options.text('only');
  if (value !== undefined && value !== 'echo' && value !== 'uthiek') throw new Error('--only must be echo or uthiek');
  return value;
})();

const THROUGHPUT_TARGET = 0.8;
const P99_TARGET = 1.5;

/** An ordinary question the bot has no route for: it answers with the fallback text, one message. */
const TEXT = 'Weet jij wanneer de nieuwe koffieautomaat op de derde verdieping komt?';

type BotKind = 'echo' | 'uthiek';

interface Measured {
  kind: BotKind;
  run: number;
  throughput: number;
  p50: number;
  p99: number;
  mean: number;
  wallMs: number;
  /** CPU time of this process (the bot) per measured request, µs. */
  cpuPerRequestUs: number;
  botElu: number;
  driverElu: number;
  result: RunResult;
}

/** A full collection between runs, so one bot's garbage is not collected on the other's time. */
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

class Driver {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<string, { onMeasuring: () => void; resolve: (r: RunResult) => void }>();
  private failure: ((err: Error) => void) | undefined;
  readonly ready: Promise<string>;

  constructor() {
    this.child = fork(path.join(import.meta.dirname, 'support', 'turns-driver.ts'), [], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = new Promise<string>((resolve, reject) => {
      this.failure = reject;
      this.child.on('message', (message: DriverMessage) => {
        if (message.type === 'ready') resolve(message.connectorUrl);
        else if (message.type === 'measuring') this.waiting.get(message.tag)?.onMeasuring();
        else if (message.type === 'result') {
          this.waiting.get(message.tag)?.resolve(message);
          this.waiting.delete(message.tag);
        } else if (message.type === 'error') this.failure?.(new Error(`driver: ${message.message}`));
      });
      this.child.on('exit', (code) => {
        if (code !== 0) this.failure?.(new Error(`driver exited with ${code}`));
      });
    });
  }

  run(request: RunRequest, onMeasuring: () => void): Promise<RunResult> {
    return new Promise<RunResult>((resolve, reject) => {
      this.failure = reject;
      this.waiting.set(request.tag, { onMeasuring, resolve });
      this.child.send(request satisfies ParentMessage);
    });
  }

  stop(): void {
    this.failure = undefined;
    if (this.child.connected) this.child.send({ type: 'exit' } satisfies ParentMessage);
  }
}

async function startTarget(kind: BotKind): Promise<{ url: string; expectedReply: string; stop: () => Promise<void> }> {
  if (kind === 'echo') {
    const echo = await startEchoBot();
    return { url: echo.url, expectedReply: `Echo: ${TEXT}`, stop: () => echo.stop() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-bench-turns-'));
  const bot = await startBot(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  return {
    url: bot.url,
    expectedReply: translator('nl')('fallback.text'),
    async stop() {
      await bot.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function measure(driver: Driver, kind: BotKind, run: number): Promise<Measured> {
  const target = await startTarget(kind);
  try {
    gc();
    let elu0 = performance.eventLoopUtilization();
    let cpu0 = process.cpuUsage();
    const result = await driver.run(
      {
        type: 'run',
        tag: `${kind}${run}`,
        target: target.url,
        warmup: WARMUP,
        requests: REQUESTS,
        concurrency: CONCURRENCY,
        users: USERS,
        text: TEXT,
        expectedReply: target.expectedReply,
      },
      () => {
        elu0 = performance.eventLoopUtilization();
        cpu0 = process.cpuUsage();
      },
    );
    const cpu = process.cpuUsage(cpu0);
    const botElu = performance.eventLoopUtilization(elu0).utilization;
    const sorted = [...result.latenciesMs].sort((a, b) => a - b);
    return {
      kind,
      run,
      throughput: (REQUESTS / result.wallMs) * 1000,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
      wallMs: result.wallMs,
      cpuPerRequestUs: (cpu.user + cpu.system) / REQUESTS,
      botElu,
      driverElu: result.driverElu,
      result,
    };
  } finally {
    await target.stop();
  }
}

function repliesOk(m: Measured): boolean {
  const v = m.result.verification;
  return v.answeredOnce === v.sent && v.stray === 0 && v.wrongText === 0 && v.non200 === 0;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const row = (m: Measured, label: string) => {
  const v = m.result.verification;
  const check = repliesOk(m) ? `ok (${v.answeredOnce}/${v.sent})` : `FAILED ${JSON.stringify(v)}`;
  return `${label.padEnd(12)}${pad(m.throughput.toFixed(0), 8)}${pad(m.p50.toFixed(2), 9)}${pad(m.p99.toFixed(2), 9)}${pad(m.mean.toFixed(2), 9)}${pad(m.cpuPerRequestUs.toFixed(0), 10)}${pad(m.botElu.toFixed(2), 8)}${pad(m.driverElu.toFixed(2), 8)}  ${check}`;
};
const header = `${'bot'.padEnd(12)}${pad('req/s', 8)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('mean ms', 9)}${pad('CPU µs/r', 10)}${pad('botELU', 8)}${pad('drvELU', 8)}  replies at connector`;

function median(runs: Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.throughput - b.throughput);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function main(): Promise<void> {
  const driver = new Driver();
  const connectorUrl = await driver.ready;
  console.log(
    `turns: ${REQUESTS} measured requests after ${WARMUP} warm-up, concurrency ${CONCURRENCY}, ${USERS} users (personal chats, nl-NL), ${RUNS} runs per bot`,
  );
  console.log(
    `load generator and fake connector (${connectorUrl}) in a separate process; bots in this one (node ${process.version}, ${os.cpus().length} CPUs)`,
  );
  console.log('');

  const all: Measured[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const order: BotKind[] = run % 2 === 1 ? ['echo', 'uthiek'] : ['uthiek', 'echo'];
      for (const kind of order) if (!ONLY || kind === ONLY) all.push(await measure(driver, kind, run));
    }
  } finally {
    driver.stop();
  }

  console.log(header);
  for (const m of all) console.log(row(m, `${m.kind} #${m.run}`));
  if (ONLY) {
    const only = median(all);
    console.log('');
    console.log(
      `median run: ${only.throughput.toFixed(0)} req/s, p50 ${only.p50.toFixed(2)} ms, p99 ${only.p99.toFixed(2)} ms (--only: no comparison, no targets)`,
    );
    process.exitCode = all.every((m) => repliesOk(m)) ? 0 : 1;
    return;
  }
  const echo = median(all.filter((m) => m.kind === 'echo'));
  const uthiek = median(all.filter((m) => m.kind === 'uthiek'));
  console.log('');
  console.log(`median run (by throughput) of ${RUNS}:`);
  console.log(header);
  console.log(row(echo, 'echo'));
  console.log(row(uthiek, 'uthiek'));

  const throughputRatio = uthiek.throughput / echo.throughput;
  const p99Ratio = uthiek.p99 / echo.p99;
  const throughputOk = throughputRatio >= THROUGHPUT_TARGET;
  const p99Ok = p99Ratio <= P99_TARGET;
  const allRepliesOk = all.every((m) => repliesOk(m));
  console.log('');
  console.log(
    `throughput uthiek/echo: ${throughputRatio.toFixed(2)} (target ≥ ${THROUGHPUT_TARGET}) ${throughputOk ? 'met' : 'MISSED'}`,
  );
  console.log(`p99 uthiek/echo:        ${p99Ratio.toFixed(2)} (target ≤ ${P99_TARGET}) ${p99Ok ? 'met' : 'MISSED'}`);
  console.log(
    `p50 uthiek/echo:        ${(uthiek.p50 / echo.p50).toFixed(2)}; CPU per turn uthiek/echo: ${(uthiek.cpuPerRequestUs / echo.cpuPerRequestUs).toFixed(2)}`,
  );
  console.log(`one reply per request:  ${allRepliesOk ? 'yes, for every run of both bots' : 'NO (see the table)'}`);
  if (all.some((m) => m.driverElu > 0.9))
    console.log('warning: the load driver was busy > 90% of a run; its figures may be driver-bound');
  process.exitCode = throughputOk && p99Ok && allRepliesOk ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
