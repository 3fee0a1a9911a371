/**
 * Turn benchmark: what the application costs on top of the bare Bot Framework stack.
 *
 *   npm run bench:turns [-- --mix real --requests 3000 --concurrency 16 --warmup 300 --runs 3 --users 1000 --seed 1]
 *   npm run bench:turns -- --mix cheap      # the first load of this benchmark: one question in personal chats, empty store
 *   npm run bench:turns -- --only uthiek    # one bot only (e.g. under --cpu-prof); no ratios
 *   npm run bench:turns -- --only uthiek --profile-alone DIR   # a CPU profile of each label alone, in DIR
 *   npm run bench:turns -- --v8 defaults    # both bots with V8's default options instead of the production ones
 *
 * Runs Uthiek Bot (src/compose.ts, local mode, in this process) and a bare botbuilder echo bot
 * (bench/echo-bot.ts, same restify/CloudAdapter stack, in this process) one after the other
 * under the same closed-loop load, and prints throughput and p50/p99 latency of both and their
 * ratios. The load is the mix (bench/support/turns-mix.ts): `real` (the default) is ten years of
 * data (5,000 cases, 200,000 audit events; each Uthiek run starts on a fresh copy) and ~90 %
 * channel and group-chat messages without a mention (the detector's path, the held-out message
 * files as text), ~5 % commands (`help`, `mijn zaken`, `zaken` by members), ~5 % card actions
 * that write (intake steps, triage decisions); `cheap` is an unknown question in personal chats
 * on an empty store. The load generator and the fake Bot Connector both bots reply to run in a
 * separate process (bench/support/turns-driver.ts), so the bot under test has this process's
 * event loop to itself. Each bot is measured `--runs` times, each run on a freshly started bot
 * with its own warm-up, alternating which bot goes first; the median run (by throughput) counts.
 *
 * Also prints, per run, the event loop's delay during the measured requests (p99 and the longest:
 * how long one piece of work held the loop, perf_hooks.monitorEventLoopDelay) and, for Uthiek, the
 * background jobs that ran meanwhile (by kind: how many, and their wall time). With the real mix,
 * p50/p99 per label (`channel`, `help`, `mijn zaken`, `zaken`, `intake step`, `triage accept`,
 * `triage ask`), and after the load each label alone (`--alone N` requests each, one at a time,
 * on the same bot, 0 to skip): the bot's CPU time per request, background work it set off included
 * (Uthiek's due jobs are run before the figure is taken), and the longest event-loop block.
 *
 * Targets: Uthiek throughput ≥ 0.8 × echo throughput; Uthiek p99 ≤ 1.5 × echo p99.
 * Also checks every answer: the replies each activity must get at the connector (Uthiek: one
 * card per command, nothing in place for a channel message; echo: its text), and that every card
 * action got a proper invoke response that is not a refusal or an error.
 * Exit code 1 when a target is missed or a check fails.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PRODUCTION_NODE_OPTIONS } from '../scripts/build.js';
import { loadConfig } from '../src/config/env.js';
import { startBot, type RunningBot } from '../src/compose.js';
import { jobHandlers } from '../src/jobs/handlers/index.js';
import type { JobScheduler } from '../src/jobs/scheduler.js';
import { startEchoBot } from './echo-bot.js';
import type {
  DriverMessage,
  ParentMessage,
  PlannedRequest,
  RequestKind,
  RunRequest,
  RunResult,
} from './support/turns-protocol.js';
import { benchOptions } from './support/args.js';
import type { BuildResult } from './support/build-store.js';
import { machine } from './support/machine.js';
import {
  benchUsers,
  LABELS,
  planner,
  tenYearSettings,
  type BotKind,
  type Mix,
  type Planner,
} from './support/turns-mix.js';

const options = benchOptions([
  'requests',
  'warmup',
  'concurrency',
  'runs',
  'users',
  'only',
  'mix',
  'seed',
  'alone',
  'profile-alone',
  'v8',
]);
const REQUESTS = options.count('requests', 3000);
const WARMUP = options.count('warmup', 300);
const CONCURRENCY = options.count('concurrency', 16);
const RUNS = options.count('runs', 3);
const USERS = options.count('users', 1000);
const SEED = options.count('seed', 1);
const ALONE = options.count('alone', 20);
/** `production` (the default): both bots run with the compiled bot's V8 options; `defaults`: with V8's own. */
const V8_OPTIONS = (() => {
  const value = options.text('v8') ?? 'production';
  if (value !== 'production' && value !== 'defaults') throw new Error('--v8 must be production or defaults');
  return value;
})();
/** A directory: each label alone is profiled there (the bot's CPU, `LABEL.cpuprofile`, for Chrome's DevTools). */
const PROFILE_ALONE = options.text('profile-alone');
const ONLY = (() => {
  const value = options.text('only');
  if (value !== undefined && value !== 'echo' && value !== 'uthiek') throw new Error('--only must be echo or uthiek');
  return value;
})();
const MIX: Mix = (() => {
  const value = options.text('mix') ?? 'real';
  if (value !== 'real' && value !== 'cheap') throw new Error('--mix must be real or cheap');
  return value;
})();

const THROUGHPUT_TARGET = 0.8;
const P99_TARGET = 1.5;
const KINDS: RequestKind[] = ['channel', 'command', 'action', 'message'];

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
  /** p50 and p99 per kind of request, ms. */
  perKind: Map<RequestKind, { n: number; p50: number; p99: number }>;
  /** The event loop's delay during the measured requests, ms: p99 and longest (how long one piece of work held it). */
  loopDelay: { p99: number; max: number };
  /** Background jobs that ran during the measured requests (Uthiek only). */
  jobs?: string;
  /** p50 and p99 per label of the real mix, ms. */
  perLabel: Map<string, { n: number; p50: number; p99: number }>;
  /** Each label alone, after the load: CPU time per request (ms) and the longest event-loop block (ms). */
  alone: Map<string, Alone>;
}

interface Alone {
  n: number;
  cpuMs: number;
  blockMs: number;
  ok: boolean;
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
    // the load generator with V8's defaults: it measures, it is not measured
    this.child = fork(path.join(import.meta.dirname, 'support', 'turns-driver.ts'), [], {
      execArgv: process.execArgv.filter((o) => !(PRODUCTION_NODE_OPTIONS as readonly string[]).includes(o)),
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

/** Ten years of data for the real mix, built once; each Uthiek run starts on a fresh copy. */
function buildTenYears(dir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'support', 'build-store.ts'), [dir, '5000', '200000', '500'], {
      execArgv: process.execArgv,
    });
    let result: BuildResult | undefined;
    child.on('message', (m: BuildResult) => (result = m));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`store builder exited with ${code}`)),
    );
  });
}

async function startTarget(
  kind: BotKind,
  root: string,
  tenYears: string | undefined,
): Promise<{ url: string; stop: () => Promise<void>; jobs?: JobTally; drain?: () => Promise<void> }> {
  if (kind === 'echo') {
    const echo = await startEchoBot();
    return { url: echo.url, stop: () => echo.stop() };
  }
  const dataDir = fs.mkdtempSync(path.join(root, 'run-'));
  if (tenYears) fs.cpSync(tenYears, dataDir, { recursive: true });
  const bot = await startBot(loadConfig(tenYearSettings(dataDir)));
  // its first start on this data plans follow-up for every case in follow-up: that runs before the load
  while ((await bot.deps.jobs.tick()) > 0);
  const jobs = tallyJobs(bot);
  return {
    url: bot.url,
    jobs,
    async drain() {
      while ((await bot.deps.jobs.tick()) > 0);
    },
    async stop() {
      await bot.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The background jobs that ran while it was measured, by kind: count and wall time (ms). */
class JobTally {
  measuring = false;
  readonly byKind = new Map<string, { n: number; ms: number }>();
  summary(): string {
    const parts = [...this.byKind].sort((a, b) => b[1].ms - a[1].ms);
    return parts.length ? parts.map(([k, v]) => `${k} ${v.n}× ${v.ms.toFixed(0)} ms`).join(', ') : 'none';
  }
}

/** Wraps the bot's job handlers to see which background work falls in the measured window. */
function tallyJobs(bot: RunningBot): JobTally {
  const tally = new JobTally();
  const scheduler = bot.deps.jobs as JobScheduler;
  for (const family of jobHandlers(bot.deps))
    for (const [kind, { run, interrupted }] of Object.entries(family))
      scheduler.register(
        kind,
        async (job) => {
          const started = performance.now();
          try {
            return await run(job);
          } finally {
            if (tally.measuring) {
              const t = tally.byKind.get(kind) ?? { n: 0, ms: 0 };
              tally.byKind.set(kind, { n: t.n + 1, ms: t.ms + performance.now() - started });
            }
          }
        },
        interrupted ?? 'unknown',
      );
  return tally;
}

function percentiles(latencies: number[]): { p50: number; p99: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

async function measure(
  driver: Driver,
  kind: BotKind,
  run: number,
  plan: Planner,
  root: string,
  tenYears: string | undefined,
): Promise<Measured> {
  const target = await startTarget(kind, root, tenYears);
  try {
    const warmup = plan.plan(kind, 'w', WARMUP);
    const measured: PlannedRequest[] = plan.plan(kind, 'm', REQUESTS);
    gc();
    let elu0 = performance.eventLoopUtilization();
    let cpu0 = process.cpuUsage();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    const result = await driver.run(
      { type: 'run', tag: `${kind}${run}`, target: target.url, concurrency: CONCURRENCY, warmup, measured },
      () => {
        elu0 = performance.eventLoopUtilization();
        cpu0 = process.cpuUsage();
        if (target.jobs) target.jobs.measuring = true;
        delay.enable();
      },
    );
    delay.disable();
    if (target.jobs) target.jobs.measuring = false;
    const cpu = process.cpuUsage(cpu0);
    const botElu = performance.eventLoopUtilization(elu0).utilization;
    const sorted = [...result.latenciesMs].sort((a, b) => a - b);
    const perKind = new Map<RequestKind, { n: number; p50: number; p99: number }>();
    for (const k of KINDS) {
      const of = result.latenciesMs.filter((_, i) => measured[i]!.kind === k);
      if (of.length) perKind.set(k, { n: of.length, ...percentiles(of) });
    }
    const perLabel = new Map<string, { n: number; p50: number; p99: number }>();
    for (const label of LABELS) {
      const of = result.latenciesMs.filter((_, i) => measured[i]!.label === label);
      if (of.length) perLabel.set(label, { n: of.length, ...percentiles(of) });
    }
    const alone = await measureAlone(driver, kind, run, plan, target.url, target.drain);
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
      perKind,
      jobs: target.jobs?.summary(),
      loopDelay: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
      perLabel,
      alone,
    };
  } finally {
    await target.stop();
  }
}

/** Each label of the real mix alone, one request at a time: CPU per request and the longest block. */
async function measureAlone(
  driver: Driver,
  kind: BotKind,
  run: number,
  plan: Planner,
  url: string,
  drain: (() => Promise<void>) | undefined,
): Promise<Map<string, Alone>> {
  const out = new Map<string, Alone>();
  if (!plan.planOnly || ALONE === 0) return out;
  for (const [k, label] of LABELS.entries()) {
    const warmup = plan.planOnly(kind, `a${k}w`, label, 2);
    const measured = plan.planOnly(kind, `a${k}m`, label, ALONE);
    await drain?.();
    gc();
    const profiler = PROFILE_ALONE && kind === 'uthiek' ? await startProfiler() : undefined;
    let cpu0 = process.cpuUsage();
    const delay = monitorEventLoopDelay({ resolution: 1 });
    const result = await driver.run(
      { type: 'run', tag: `${kind}${run}a${k}`, target: url, concurrency: 1, warmup, measured },
      () => {
        cpu0 = process.cpuUsage();
        delay.enable();
      },
    );
    await drain?.();
    delay.disable();
    const cpu = process.cpuUsage(cpu0);
    if (profiler) await profiler.stopInto(path.join(PROFILE_ALONE!, `${label.replace(/ /g, '-')}.cpuprofile`));
    const v = result.verification;
    out.set(label, {
      n: ALONE,
      cpuMs: (cpu.user + cpu.system) / 1000 / ALONE,
      blockMs: delay.max / 1e6,
      ok: v.answeredAsExpected === v.sent && v.badInvokes === 0 && v.non200 === 0 && v.stray === 0,
    });
  }
  return out;
}

async function startProfiler(): Promise<{ stopInto: (file: string) => Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stopInto(file) {
      const { profile } = await session.post('Profiler.stop');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

function repliesOk(m: Measured): boolean {
  const v = m.result.verification;
  const alone = [...m.alone.values()].every((a) => a.ok);
  return (
    alone &&
    v.answeredAsExpected === v.sent &&
    v.stray === 0 &&
    v.wrongReply === 0 &&
    v.badInvokes === 0 &&
    v.non200 === 0
  );
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
const row = (m: Measured, label: string) => {
  const v = m.result.verification;
  const check = repliesOk(m)
    ? `ok (${v.answeredAsExpected}/${v.sent}${v.proactive ? `, ${v.proactive} proactive` : ''})`
    : `FAILED ${JSON.stringify(v)}`;
  return `${label.padEnd(12)}${pad(m.throughput.toFixed(0), 8)}${pad(m.p50.toFixed(2), 9)}${pad(m.p99.toFixed(2), 9)}${pad(m.mean.toFixed(2), 9)}${pad(m.cpuPerRequestUs.toFixed(0), 10)}${pad(m.botElu.toFixed(2), 8)}${pad(m.driverElu.toFixed(2), 8)}  ${check}`;
};
const header = `${'bot'.padEnd(12)}${pad('req/s', 8)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('mean ms', 9)}${pad('CPU µs/r', 10)}${pad('botELU', 8)}${pad('drvELU', 8)}  replies at connector`;

function median(runs: Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => a.throughput - b.throughput);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const loopRow = (m: Measured) =>
  `loop delay p99 ${m.loopDelay.p99.toFixed(1)} ms, longest ${m.loopDelay.max.toFixed(1)} ms`;

const kindRow = (m: Measured) =>
  KINDS.filter((k) => m.perKind.has(k))
    .map((k) => {
      const s = m.perKind.get(k)!;
      return `${k} ${s.n}: p50 ${s.p50.toFixed(2)} p99 ${s.p99.toFixed(2)}`;
    })
    .join('; ');

const labelRow = (m: Measured) =>
  [...m.perLabel].map(([label, s]) => `${label} ${s.n}: p50 ${s.p50.toFixed(1)} p99 ${s.p99.toFixed(1)}`).join('; ');

const aloneRow = (m: Measured) =>
  [...m.alone]
    .map(
      ([label, a]) => `${label} ${a.cpuMs.toFixed(2)} ms CPU, block ${a.blockMs.toFixed(1)} ms${a.ok ? '' : ' FAILED'}`,
    )
    .join('; ');

/**
 * Both bots run in this process, so this process must run with the V8 options the compiled bot runs
 * with (start:prod, the Docker image): without them it runs itself again with them (unless `--v8
 * defaults` asks for V8's own). The echo bot runs with the same options: the same conditions for both.
 */
const underProductionOptions =
  V8_OPTIONS === 'defaults' || PRODUCTION_NODE_OPTIONS.every((o) => process.execArgv.includes(o));

function rerunUnderProductionOptions(): void {
  const child = fork(process.argv[1]!, process.argv.slice(2), {
    execArgv: [...process.execArgv, ...PRODUCTION_NODE_OPTIONS],
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

async function main(): Promise<void> {
  const driver = new Driver();
  const connectorUrl = await driver.ready;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-bench-turns-'));
  const load =
    MIX === 'real'
      ? 'mix real: ten years of data; ~90 % channel/group messages without mention (held-out texts), ~5 % commands, ~5 % card actions that write'
      : 'mix cheap: an unknown question in personal chats, empty store';
  console.log(
    `turns: ${REQUESTS} measured requests after ${WARMUP} warm-up, concurrency ${CONCURRENCY}, ${USERS} users, ${RUNS} runs per bot, seed ${SEED}`,
  );
  console.log(load);
  console.log(
    `load generator and fake connector (${connectorUrl}) in a separate process; bots in this one, with ${V8_OPTIONS === 'production' ? `${PRODUCTION_NODE_OPTIONS.join(' ')} as in production` : `V8's default options`} (${machine()})`,
  );

  const all: Measured[] = [];
  try {
    let tenYears: string | undefined;
    if (MIX === 'real') {
      tenYears = path.join(root, 'ten-years');
      const built = await buildTenYears(tenYears);
      console.log(`ten years built: ${built.cases} cases, ${built.events} events in ${(built.ms / 1000).toFixed(1)} s`);
    }
    console.log('');
    const users = benchUsers(USERS);
    for (let run = 1; run <= RUNS; run++) {
      const plan = planner(MIX, connectorUrl, `r${run}`, users, SEED * 1000 + run);
      const order: BotKind[] = run % 2 === 1 ? ['echo', 'uthiek'] : ['uthiek', 'echo'];
      for (const kind of order)
        if (!ONLY || kind === ONLY) all.push(await measure(driver, kind, run, plan, root, tenYears));
    }
  } finally {
    driver.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }

  console.log(header);
  for (const m of all) console.log(row(m, `${m.kind} #${m.run}`));
  for (const m of all) {
    console.log(`${m.kind} #${m.run}: ${loopRow(m)}${m.jobs ? `; jobs during the run: ${m.jobs}` : ''}`);
    if (m.perLabel.size) console.log(`${m.kind} #${m.run} per label: ${labelRow(m)}`);
    if (m.alone.size) console.log(`${m.kind} #${m.run} alone (${ALONE} each): ${aloneRow(m)}`);
  }
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
  console.log(`per kind, echo:   ${kindRow(echo)}`);
  console.log(`per kind, uthiek: ${kindRow(uthiek)}`);
  if (uthiek.perLabel.size) {
    console.log(`per label, echo:   ${labelRow(echo)}`);
    console.log(`per label, uthiek: ${labelRow(uthiek)}`);
  }
  if (uthiek.alone.size) {
    console.log(`alone, echo:   ${aloneRow(echo)}`);
    console.log(`alone, uthiek: ${aloneRow(uthiek)}`);
  }
  console.log(`event loop, echo:   ${loopRow(echo)}`);
  console.log(`event loop, uthiek: ${loopRow(uthiek)}`);
  console.log(`background jobs during the measured requests, uthiek: ${uthiek.jobs ?? 'none'}`);

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
  console.log(`every answer as expected: ${allRepliesOk ? 'yes, for every run of both bots' : 'NO (see the table)'}`);
  console.log(`at the end: ${machine()}`);
  if (all.some((m) => m.driverElu > 0.9))
    console.log('warning: the load driver was busy > 90% of a run; its figures may be driver-bound');
  process.exitCode = throughputOk && p99Ok && allRepliesOk ? 0 : 1;
}

if (underProductionOptions)
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
else rerunUnderProductionOptions();
