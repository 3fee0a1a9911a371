/**
 * Store benchmark: does recording get slower as the data grows, does a snapshot hold up turns,
 * and how fast does the compiled bot start on ten years of data, in how much memory?
 *
 *   npm run bench:store [-- --recordings 3000 --warmup 300 --cases 5000 --events 200000 --snapshots 2]
 *
 * "Recording one event" is what the bot does for a case change: one transaction that puts the
 * updated case document (~3 KB of JSON) and records one audit event (intake.saved). It is
 * measured on JournalStore (src/store/journal-store.ts) with an empty store and with ten years
 * of data (5,000 cases, 200,000 events over 2016–2026, built in a separate process, then
 * reopened here as the bot would at start). Snapshots stay on: the mean is the wall time of the
 * whole run divided by the recordings, so snapshots the store writes during the run (and their
 * background work between recordings) are included; p50/p99 are per call of transact().
 * Between recordings the loop yields to the event loop once, as the bot does between turns.
 * Besides the snapshots the store starts by itself, `--snapshots` more are started during each
 * run (evenly spread), so that the ten-year run always includes some; the longest event-loop
 * stall during the run (perf_hooks.monitorEventLoopDelay) is what a turn arriving then waits.
 *
 * Then the compiled bot (`npm run build` into a temporary directory; what `npm run start:prod`
 * runs, plain node with the production V8 options on dist/src/index.js) is started as a child process on a copy of the
 * ten-year data directory, twice (the first start plans follow-up for every case in follow-up;
 * the second is a restart): the time until `GET /healthz` answers 200, and its resident memory
 * then, a second later and at its peak, against the data's size on disk.
 *
 * Targets: the cost with ten years of data ≤ 2 × the cost with an empty store (mean and p99);
 * the longest stall at ten years ≤ 20 ms; the compiled bot ready within 3 s, in ≤ 4 × the data
 * size of resident memory (a second after it is ready). Exit code 1 when one is missed.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PRODUCTION_NODE_OPTIONS } from '../scripts/build.js';
import { ManualClock } from '../src/domain/clock.js';
import type { CaseRecord } from '../src/domain/case/case.js';
import { JournalStore } from '../src/store/journal-store.js';
import type { BuildResult } from './support/build-store.js';
import { caseId, caseRecord, leadOf } from './support/store-fixtures.js';
import { benchOptions } from './support/args.js';
import { buildCompiled, measureCompiledStart, type CompiledStart } from './support/compiled-start.js';
import { machine } from './support/machine.js';

const options = benchOptions(['recordings', 'warmup', 'cases', 'events', 'snapshots']);
const RECORDINGS = options.count('recordings', 3000);
const WARMUP = options.count('warmup', 300);
const CASES = options.count('cases', 5000);
const EVENTS = options.count('events', 200_000);
const FORCED_SNAPSHOTS = options.number('snapshots', 2);
const TARGET = 2;
const STALL_TARGET_MS = 20;
const START_TARGET_MS = 3000;
const RSS_TARGET = 4;
/** Cases the empty-store run cycles through (created by its warm-up). */
const EMPTY_POOL = 100;

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface RunFigures {
  /** Wall time of the whole run / recordings, µs: includes snapshots and their background work. */
  meanUs: number;
  /** Mean time inside transact(), µs. */
  inCallUs: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  /** Snapshots started during the measured recordings (by the store, and forced). */
  snapshots: number;
  /** The longest a snapshot took from start to its file in place and the journal compacted, ms. */
  snapshotMs: number;
  /** Longest time the event loop was blocked during the run, ms: how long a turn arriving then would have waited. */
  stallMs: number;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The snapshot the store is writing in the background, if any (private; awaited so the run pays for it). */
const pendingSnapshot = (store: JournalStore) =>
  (store as unknown as { snapshotting: Promise<void> | null }).snapshotting;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** What the bot writes when someone saves an intake step: the case with the step's answers, and one event. */
function updated(current: CaseRecord | undefined, n: number, i: number, now: string): CaseRecord {
  const base = current ?? caseRecord(n, CASES);
  return {
    ...base,
    updatedAt: now,
    intakeStep: 'purpose',
    intake: {
      ...base.intake,
      purpose: `Onderhoud en inzet plannen op basis van metingen in plaats van meldingen achteraf (versie ${i}).`,
    },
  };
}

async function record(
  store: JournalStore,
  clock: ManualClock,
  ids: { id: string; n: number }[],
  count: number,
  offset: number,
  timings?: number[],
  onRecording?: (i: number) => void,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    onRecording?.(i);
    const { id, n } = ids[(offset + i) % ids.length]!;
    clock.advance(1000);
    const doc = updated(store.get('cases', id), n, offset + i, clock.now().toISOString());
    doc.id = id;
    const started = performance.now();
    await store.transact((tx) => {
      tx.put('cases', doc);
      tx.record({ type: 'intake.saved', actor: leadOf(n), caseId: id, data: { step: 'purpose' } });
    });
    timings?.push((performance.now() - started) * 1000);
    await yieldToLoop();
  }
}

async function measure(store: JournalStore, clock: ManualClock, ids: { id: string; n: number }[]): Promise<RunFigures> {
  await record(store, clock, ids, WARMUP, 0);
  await pendingSnapshot(store);
  gc();
  const timings: number[] = [];
  const segmentBefore = store.stats().segment;
  const every = Math.floor(RECORDINGS / (FORCED_SNAPSHOTS + 1));
  let snapshotMs = 0;
  const forced: Promise<void>[] = [];
  const force = (i: number) => {
    if (FORCED_SNAPSHOTS < 1 || i === 0 || i % every !== 0 || i / every > FORCED_SNAPSHOTS) return;
    const began = performance.now();
    forced.push(store.snapshot().then(() => void (snapshotMs = Math.max(snapshotMs, performance.now() - began))));
  };
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const started = performance.now();
  await record(store, clock, ids, RECORDINGS, WARMUP, timings, force);
  await Promise.all(forced);
  await pendingSnapshot(store);
  const wallUs = (performance.now() - started) * 1000;
  loopDelay.disable();
  const sorted = [...timings].sort((a, b) => a - b);
  return {
    meanUs: wallUs / RECORDINGS,
    inCallUs: timings.reduce((s, x) => s + x, 0) / RECORDINGS,
    p50Us: percentile(sorted, 50),
    p99Us: percentile(sorted, 99),
    maxUs: sorted[sorted.length - 1]!,
    snapshots: store.stats().segment - segmentBefore,
    snapshotMs,
    stallMs: loopDelay.max / 1e6,
  };
}

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = dirBytes(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += fs.statSync(p).size;
      files++;
    }
  }
  return { bytes, files };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function build(dataDir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(
      path.join(import.meta.dirname, 'support', 'build-store.ts'),
      [dataDir, String(CASES), String(EVENTS), '500'],
      { execArgv: process.execArgv },
    );
    let result: BuildResult | undefined;
    child.on('message', (m: BuildResult) => (result = m));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`store builder exited with ${code}`)),
    );
  });
}

const row = (label: string, f: RunFigures) =>
  `${label.padEnd(16)}${f.meanUs.toFixed(1).padStart(9)}${f.inCallUs.toFixed(1).padStart(10)}${f.p50Us.toFixed(1).padStart(9)}${f.p99Us.toFixed(1).padStart(9)}${f.maxUs.toFixed(0).padStart(9)}${String(f.snapshots).padStart(11)}${f.snapshotMs.toFixed(0).padStart(12)}${f.stallMs.toFixed(1).padStart(10)}`;

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-bench-store-'));
  try {
    console.log(
      `store: ${RECORDINGS} recordings after ${WARMUP} warm-up, each one transaction = put of an updated case (~3 KB) + one audit event`,
    );
    console.log(machine());
    console.log('');

    // Empty store.
    const emptyDir = path.join(root, 'empty');
    const emptyClock = new ManualClock('2026-07-01T08:00:00Z');
    const empty = await JournalStore.open({ dataDir: emptyDir, clock: emptyClock });
    const emptyIds = Array.from({ length: EMPTY_POOL }, (_, n) => ({ id: caseId(n, EMPTY_POOL), n }));
    const emptyFigures = await measure(empty, emptyClock, emptyIds);
    await empty.close();

    // Ten years of data: built elsewhere, reopened here.
    const bigDir = path.join(root, 'ten-years');
    const built = await build(bigDir);
    // a copy as built, for the compiled bot's start below
    const startDir = path.join(root, 'ten-years-start');
    fs.cpSync(bigDir, startDir, { recursive: true });
    console.log(
      `ten years built: ${built.cases} cases, ${built.events} events in ${(built.ms / 1000).toFixed(1)} s (separate process, 500 per transaction)`,
    );
    const generation = path.join(bigDir, fs.readFileSync(path.join(bigDir, 'CURRENT'), 'utf8').trim());
    const snapshotBytes = fs.statSync(path.join(generation, 'uthiek.json')).size;
    const journal = dirBytes(path.join(generation, 'journal'));
    console.log(
      `on disk: snapshot ${mb(snapshotBytes)}, journal ${mb(journal.bytes)} in ${journal.files} segment(s), total ${mb(snapshotBytes + journal.bytes)}`,
    );
    gc();
    const rssBefore = process.memoryUsage().rss;
    const bigClock = new ManualClock('2026-07-01T08:00:00Z');
    const openStarted = performance.now();
    const big = await JournalStore.open({ dataDir: bigDir, clock: bigClock });
    const openMs = performance.now() - openStarted;
    const memory = process.memoryUsage();
    console.log(
      `reopen: ${openMs.toFixed(0)} ms; ${big.all('cases').length} cases, ${big.events().length} events in memory`,
    );
    console.log(`RSS after opening: ${mb(memory.rss)} (was ${mb(rssBefore)} before; heap used ${mb(memory.heapUsed)})`);
    // Every recording updates a different existing case, in a scattered order.
    const bigIds = Array.from({ length: CASES }, (_, k) => {
      const n = (k * 7919) % CASES;
      return { id: caseId(n, CASES), n };
    });
    const bigFigures = await measure(big, bigClock, bigIds);
    await big.close();

    console.log('');
    console.log(
      `${'per recording'.padEnd(16)}${'mean µs'.padStart(9)}${'in-call'.padStart(10)}${'p50 µs'.padStart(9)}${'p99 µs'.padStart(9)}${'max µs'.padStart(9)}${'snapshots'.padStart(11)}${'snapshot ms'.padStart(12)}${'stall ms'.padStart(10)}`,
    );
    console.log(row('empty store', emptyFigures));
    console.log(row('ten years', bigFigures));
    const meanRatio = bigFigures.meanUs / emptyFigures.meanUs;
    const p99Ratio = bigFigures.p99Us / emptyFigures.p99Us;
    const ratioOk = meanRatio <= TARGET && p99Ratio <= TARGET;
    const stallOk = bigFigures.stallMs <= STALL_TARGET_MS;
    console.log('');
    console.log(
      `ratio ten years / empty: mean ${meanRatio.toFixed(2)}, p99 ${p99Ratio.toFixed(2)} (target ≤ ${TARGET}) ${ratioOk ? 'met' : 'MISSED'}`,
    );
    console.log(
      `longest event-loop stall with ten years, ${bigFigures.snapshots} snapshot(s) during the run: ${bigFigures.stallMs.toFixed(1)} ms (target ≤ ${STALL_TARGET_MS}) ${stallOk ? 'met' : 'MISSED'}`,
    );
    console.log(
      '(mean = wall time of the run / recordings, snapshots included; in-call = time inside transact(); snapshots = started during the run;',
    );
    console.log(
      ' snapshot ms = the longest a forced one took, file and compaction; stall = longest event-loop block during the run, what a turn arriving then would wait)',
    );

    const startOk = await compiledStart(startDir);
    console.log(`at the end: ${machine()}`);
    process.exitCode = ratioOk && stallOk && startOk ? 0 : 1;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The compiled bot started on the ten-year data: first start, then a restart. */
async function compiledStart(dataDir: string): Promise<boolean> {
  console.log('');
  const dataBytes = dirBytes(dataDir).bytes;
  const compiled = buildCompiled();
  // RETENTION_DAYS: the generated cases are up to ten years old; a bot that ran all along would have anonymised them
  const env = { RETENTION_DAYS: '36500' };
  let starts: CompiledStart[];
  try {
    starts = [
      await measureCompiledStart(compiled.dir, dataDir, env),
      await measureCompiledStart(compiled.dir, dataDir, env),
    ];
  } finally {
    compiled.cleanup();
  }
  const after = dirBytes(dataDir).bytes;
  console.log(
    `compiled bot (node ${PRODUCTION_NODE_OPTIONS.join(' ')} dist/src/index.js) on the ten-year data, ${mb(dataBytes)} on disk (${mb(after)} after both starts):`,
  );
  starts.forEach((s, i) =>
    console.log(
      `  ${i === 0 ? 'first start' : 'restart    '}: /healthz 200 after ${s.readyMs.toFixed(0)} ms (${s.cpuMs} ms of CPU); resident memory ${mb(s.rssReady)} then, ${mb(s.rssSettled)} a second later (${(s.rssSettled / dataBytes).toFixed(2)}× the data), peak ${mb(s.rssPeak)}`,
    ),
  );
  const slowest = Math.max(...starts.map((s) => s.readyMs));
  const largest = Math.max(...starts.map((s) => s.rssSettled)) / dataBytes;
  const startOk = slowest <= START_TARGET_MS;
  const rssOk = largest <= RSS_TARGET;
  console.log(
    `start-up: ${slowest.toFixed(0)} ms (target ≤ ${START_TARGET_MS}) ${startOk ? 'met' : 'MISSED'}; resident memory ${largest.toFixed(2)}× the data size (target ≤ ${RSS_TARGET}) ${rssOk ? 'met' : 'MISSED'}`,
  );
  return startOk && rssOk;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
