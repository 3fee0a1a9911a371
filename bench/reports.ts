/**
 * Reports benchmark: what the read paths cost as the records grow.
 *
 *   npm run bench:reports [-- --years 1,5,10 --repeat 15]
 *
 * For each size (500 cases and 20,000 audit events a year; "10" is the ten years of the other
 * benchmarks: 5,000 cases, 200,000 events over 2016–2026), a data directory is built in a
 * separate process, then Uthiek Bot is started on it in this process (local mode, a fixed clock
 * on 1 July 2026, its background jobs run until none is due) and each read path is asked through
 * the bot's real HTTP endpoint, as a member of Team Uthiek (replies go to a fake connector):
 * `rapport YEAR` (the report of now), `rapport YEAR op DATE` (a past date), `zaken`, `mijn zaken`
 * and the dashboard's data (`GET /api/report`, now and a past date). For each it prints the
 * first answer, the median and the slowest of `--repeat` more, and the longest the event loop
 * was blocked while they ran (perf_hooks.monitorEventLoopDelay): what a turn arriving meanwhile
 * would have waited. Also the bot's start (opening the store and building its projections).
 *
 * Targets at ten years: `rapport YEAR` ≤ 50 ms (median) and no event-loop block over 50 ms in
 * any read path. Exit code 1 when one is missed or an answer is not what it should be.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/env.js';
import { startBot, type RunningBot } from '../src/compose.js';
import { ManualClock } from '../src/domain/clock.js';
import { personalMessage, type TestUser } from '../test/support/activities.js';
import { benchOptions } from './support/args.js';
import type { BuildResult } from './support/build-store.js';
import { ReplyConnector } from './support/reply-connector.js';
import { machine } from './support/machine.js';
import { leadOf } from './support/store-fixtures.js';

const options = benchOptions(['years', 'repeat']);
const SIZES = (options.text('years') ?? '1,5,10').split(',').map(Number);
const REPEAT = options.count('repeat', 15);
if (SIZES.some((y) => !Number.isInteger(y) || y < 1 || y > 10))
  throw new Error('--years must be whole numbers from 1 to 10');

const NOW = '2026-07-01T10:00:00Z';
const YEAR = 2025;
const PAST = '2025-06-30';
const TARGET_MS = 50;
const member: TestUser = { id: '29:bench-member', aadObjectId: 'aad-bench-member', name: 'Lid Uthiek' };
const lead: TestUser = { id: '29:bench-lead', aadObjectId: leadOf(7), name: 'Projectleider' };

interface Timing {
  firstMs: number;
  medianMs: number;
  maxMs: number;
  /** Longest event-loop block while the path was asked, first answer included. */
  blockMs: number;
}

interface SizeResult {
  years: number;
  cases: number;
  events: number;
  diskBytes: number;
  startMs: number;
  timings: Map<string, Timing>;
  problems: string[];
}

function build(dataDir: string, years: number): Promise<BuildResult> {
  const args =
    years === 10
      ? [dataDir, '5000', '200000', '500']
      : [dataDir, String(500 * years), String(20_000 * years), '500', String(years)];
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'support', 'build-store.ts'), args, {
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

function diskBytes(dir: string): number {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  return bytes;
}

interface ReadPath {
  name: string;
  ask(bot: RunningBot, connector: ReplyConnector): Promise<string>;
  /** What the answer must contain. */
  expect: RegExp;
}

/** A message in the personal chat; the answer is the card the bot posts to the connector. */
function command(name: string, user: TestUser, text: string, expect: RegExp): ReadPath {
  return {
    name,
    expect,
    async ask(bot, connector) {
      connector.lastBody = '';
      const res = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(personalMessage(user, text, { serviceUrl: connector.url })),
      });
      await res.arrayBuffer();
      if (res.status !== 200) return `HTTP ${res.status}`;
      return connector.lastBody;
    },
  };
}

function dashboard(name: string, query: string, expect: RegExp): ReadPath {
  return {
    name,
    expect,
    async ask(bot) {
      const res = await fetch(`${bot.url}/api/report?${query}`);
      return `${res.status} ${await res.text()}`;
    },
  };
}

const PATHS: ReadPath[] = [
  command(`rapport ${YEAR}`, member, `rapport ${YEAR}`, /Toetsen gehouden in 2025/),
  command(`rapport ${YEAR} op ${PAST}`, member, `rapport ${YEAR} op ${PAST}`, /Toetsen gehouden in 2025/),
  command('zaken', member, 'zaken', /UTH-/),
  command('mijn zaken', lead, 'mijn zaken', /UTH-/),
  dashboard(`dashboard ${YEAR}`, `year=${YEAR}`, /^200 .*"years"/),
  dashboard(`dashboard ${YEAR} per ${PAST}`, `year=${YEAR}&asOfDate=${PAST}`, /^200 .*"years"/),
];

async function time(
  pathToAsk: ReadPath,
  bot: RunningBot,
  connector: ReplyConnector,
  problems: string[],
): Promise<Timing> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const runs: number[] = [];
  for (let i = 0; i <= REPEAT; i++) {
    const started = performance.now();
    const answer = await pathToAsk.ask(bot, connector);
    runs.push(performance.now() - started);
    if (!pathToAsk.expect.test(answer)) problems.push(`${pathToAsk.name}: unexpected answer ${answer.slice(0, 200)}`);
  }
  loop.disable();
  const [first, ...rest] = runs;
  const sorted = rest.sort((a, b) => a - b);
  return {
    firstMs: first!,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    maxMs: sorted.at(-1)!,
    blockMs: loop.max / 1e6,
  };
}

async function measureSize(root: string, years: number, connector: ReplyConnector): Promise<SizeResult> {
  const dataDir = path.join(root, `years-${years}`);
  const built = await build(dataDir, years);
  const bytes = diskBytes(dataDir);
  const clock = new ManualClock(NOW);
  const started = performance.now();
  const bot = await startBot(
    loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      UTHIEK_MEMBER_IDS: member.aadObjectId,
      RETENTION_DAYS: '36500',
    }),
    { clock },
  );
  const startMs = performance.now() - started;
  try {
    // the first start plans follow-up for every case in follow-up: let those jobs run first
    while ((await bot.deps.jobs.tick()) > 0);
    const problems: string[] = [];
    const timings = new Map<string, Timing>();
    for (const p of PATHS) timings.set(p.name, await time(p, bot, connector, problems));
    return { years, cases: built.cases, events: built.events, diskBytes: bytes, startMs, timings, problems };
  } finally {
    await bot.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-bench-reports-'));
  const connector = await new ReplyConnector().start();
  const results: SizeResult[] = [];
  try {
    console.log(
      `reports: each read path asked once, then ${REPEAT} times more, through POST /api/messages or GET /api/report; clock ${NOW}`,
    );
    console.log(machine());
    for (const years of SIZES) {
      const r = await measureSize(root, years, connector);
      results.push(r);
      console.log(
        `${years} year(s): ${r.cases} cases, ${r.events} events, ${mb(r.diskBytes)} on disk; bot started (store opened, projections built) in ${ms(r.startMs)} ms`,
      );
    }
  } finally {
    await connector.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }

  console.log('');
  console.log('ms: first answer / median / slowest; block = longest event-loop block while asked');
  const head = `${'read path'.padEnd(34)}${results.map((r) => `${r.years} yr`.padStart(24)).join('')}`;
  console.log(head);
  for (const p of PATHS) {
    const cells = results.map((r) => {
      const t = r.timings.get(p.name)!;
      return `${ms(t.firstMs)}/${ms(t.medianMs)}/${ms(t.maxMs)} b${ms(t.blockMs)}`.padStart(24);
    });
    console.log(`${p.name.padEnd(34)}${cells.join('')}`);
  }

  console.log(`at the end: ${machine()}`);
  const ten = results.find((r) => r.years === 10);
  const problems = results.flatMap((r) => r.problems.map((p) => `${r.years} yr: ${p}`));
  for (const p of problems) console.log(`PROBLEM ${p}`);
  let ok = problems.length === 0;
  if (ten) {
    const report = ten.timings.get(`rapport ${YEAR}`)!;
    const worst = Math.max(...[...ten.timings.values()].map((t) => t.blockMs));
    const reportOk = report.medianMs <= TARGET_MS;
    const blockOk = worst <= TARGET_MS;
    console.log('');
    console.log(
      `ten years: rapport ${YEAR} median ${ms(report.medianMs)} ms (target ≤ ${TARGET_MS}) ${reportOk ? 'met' : 'MISSED'}`,
    );
    console.log(
      `ten years: longest event-loop block in any read path ${ms(worst)} ms (target ≤ ${TARGET_MS}) ${blockOk ? 'met' : 'MISSED'}`,
    );
    ok &&= reportOk && blockOk;
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
