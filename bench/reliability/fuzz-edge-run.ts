import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RunningBot } from '../../src/compose.js';
import type { HttpTimeouts } from '../../src/teams/server.js';
import { rawExchange } from '../../test/support/raw-http.js';
import { edgeFamilies, slowClients, type EdgeInput } from './fuzz-edge.js';
import type { Rng } from './prng.js';

export interface EdgeOptions {
  name: string;
  rng: Rng;
  count: number;
  /** Paths with a valid signature the bot answers with 200. */
  signed: string[];
  timeouts: HttpTimeouts;
  /** Directories that must not gain a file (the temp dir uploads would go to, the data dir). */
  watched: string[];
  /** How many crashes the process handlers have recorded so far. */
  crashCount: () => number;
  /** Extra check every `controlEvery` inputs (e.g. a message that must still be answered). */
  control?: () => Promise<string[]>;
  controlEvery?: number;
}

export interface EdgeReport {
  name: string;
  routes: string[];
  inputs: number;
  statuses: Map<string, number>;
  perFamily: Map<string, { count: number; statuses: Map<string, number>; maxMs: number }>;
  unexpected5xx: string[];
  hangs: string[];
  /** Connections closed with no answer where one was due. */
  unanswered: string[];
  wrongStatus: Map<string, { count: number; examples: string[] }>;
  crashes: number;
  controlFailures: string[];
  slow: { label: string; ms: number; closed: boolean; status?: number }[];
  slowLimitMs: number;
  filesLeft: string[];
  rssMb: [number, number];
  seconds: number;
}

const listing = (dirs: string[]) =>
  new Set(dirs.flatMap((d) => fs.readdirSync(d, { recursive: true }).map((f) => path.join(d, String(f)))));

/** Sends `count` edge inputs to one running bot, one at a time, then the slow clients all at once. */
export async function fuzzEdge(bot: RunningBot, o: EdgeOptions): Promise<EdgeReport> {
  const started = performance.now();
  const routes = bot.routes();
  const families = edgeFamilies({ rng: o.rng, routes, signed: o.signed });
  const total = families.reduce((s, f) => s + f.weight, 0);
  const before = listing(o.watched);
  const crashesBefore = o.crashCount();
  const rss0 = process.memoryUsage().rss;
  const report: EdgeReport = {
    name: o.name,
    routes: routes.map((r) => `${r.method} ${r.path}`),
    inputs: 0,
    statuses: new Map(),
    perFamily: new Map(),
    unexpected5xx: [],
    hangs: [],
    unanswered: [],
    wrongStatus: new Map(),
    crashes: 0,
    controlFailures: [],
    slow: [],
    slowLimitMs: 0,
    filesLeft: [],
    rssMb: [0, 0],
    seconds: 0,
  };
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  for (let i = 1; i <= o.count; i++) {
    let r = o.rng.next() * total;
    const input: EdgeInput = (families.find((f) => (r -= f.weight) < 0) ?? families[0]!).make();
    const res = await rawExchange(bot.port, input.pieces, { timeoutMs: 15_000 });
    const status = res.status !== undefined ? String(res.status) : res.timedOut ? 'timeout' : 'closed';
    report.inputs++;
    count(report.statuses, status);
    const fam = report.perFamily.get(input.family) ?? { count: 0, statuses: new Map<string, number>(), maxMs: 0 };
    fam.count++;
    count(fam.statuses, status);
    fam.maxMs = Math.max(fam.maxMs, res.ms);
    report.perFamily.set(input.family, fam);

    const what = `${input.family}: ${input.label}`;
    if (res.timedOut) report.hangs.push(what);
    else if (res.status === undefined && !input.noAnswer) report.unanswered.push(what);
    if (res.status !== undefined && res.status >= 500)
      report.unexpected5xx.push(`${res.status} ${what} ${res.body.slice(0, 120)}`);
    else if (input.expect && (res.status === undefined || !input.expect.includes(res.status))) {
      const key = `${input.family}: expected ${input.expect.join('/')}, got ${status}`;
      const w = report.wrongStatus.get(key) ?? { count: 0, examples: [] };
      w.count++;
      if (w.examples.length < 3) w.examples.push(input.label);
      report.wrongStatus.set(key, w);
    }
    if (o.control && i % (o.controlEvery ?? 200) === 0)
      report.controlFailures.push(...(await o.control()).map((p) => `after input ${i}: ${p}`));
  }

  // slow clients, all at once: each must be cut off within the time limits
  report.slowLimitMs = o.timeouts.requestMs + 5_000 /* keep-alive after an answer */ + o.timeouts.checkEveryMs + 3_000;
  const slow = slowClients(routes);
  const results = await Promise.all(
    slow.map((c) => rawExchange(bot.port, c.pieces, { gapMs: c.gapMs, timeoutMs: report.slowLimitMs })),
  );
  report.slow = slow.map((c, i) => ({
    label: c.label,
    ms: results[i]!.ms,
    closed: results[i]!.closed,
    status: results[i]!.status,
  }));
  for (const s of report.slow)
    if (!s.closed) report.hangs.push(`slow client: ${s.label} (still open after ${Math.round(s.ms)} ms)`);

  if (o.control) report.controlFailures.push(...(await o.control()).map((p) => `at the end: ${p}`));
  report.crashes = o.crashCount() - crashesBefore;
  report.filesLeft = [...listing(o.watched)].filter((f) => !before.has(f));
  report.rssMb = [rss0 / 1e6, process.memoryUsage().rss / 1e6];
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** The report as lines for the terminal; and the targets it missed. */
export function edgeSummary(r: EdgeReport): { lines: string[]; missed: string[] } {
  const hist = (m: Map<string, number>) =>
    [...m.entries()]
      .sort()
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
  const lines = [
    `HTTP edge — ${r.name}: ${r.inputs} inputs over ${r.routes.length} routes (${r.routes.join(', ')}) and paths no route has, ${r.seconds.toFixed(1)} s`,
    `  Status codes:      ${hist(r.statuses)}`,
    `  Unexpected 5xx:    ${r.unexpected5xx.length}${r.unexpected5xx.length ? `  e.g. ${r.unexpected5xx.slice(0, 3).join(' | ')}` : ''}`,
    `  Hangs:             ${r.hangs.length}${r.hangs.length ? `  e.g. ${r.hangs.slice(0, 3).join(' | ')}` : ''}`,
    `  Crashes:           ${r.crashes}`,
    `  Closed unanswered: ${r.unanswered.length}${r.unanswered.length ? `  e.g. ${r.unanswered.slice(0, 3).join(' | ')}` : ''}`,
    `  Wrong status:      ${[...r.wrongStatus.values()].reduce((s, w) => s + w.count, 0)}`,
    ...[...r.wrongStatus.entries()].map(
      ([k, w]) => `    ${w.count}× ${k}  e.g. ${w.examples.join(' | ').slice(0, 200)}`,
    ),
    `  Slow clients cut off: ${r.slow.filter((s) => s.closed).length}/${r.slow.length} (limit ${(r.slowLimitMs / 1000).toFixed(0)} s): ${r.slow.map((s) => `${s.label} ${(s.ms / 1000).toFixed(1)} s${s.status ? ` (${s.status})` : ''}`).join(', ')}`,
    `  Control checks:    ${r.controlFailures.length} failed${r.controlFailures.length ? ` (${r.controlFailures.slice(0, 3).join('; ')})` : ''}`,
    `  Files left behind: ${r.filesLeft.length}${r.filesLeft.length ? ` (${r.filesLeft.slice(0, 5).join(', ')})` : ''}`,
    `  Memory (RSS):      ${r.rssMb[0].toFixed(0)} → ${r.rssMb[1].toFixed(0)} MB`,
    '  Per family (count, statuses, max ms):',
    ...[...r.perFamily.entries()]
      .sort()
      .map(
        ([name, f]) =>
          `    ${name.padEnd(14)} ${String(f.count).padStart(5)}  ${hist(f.statuses).padEnd(60)} ${f.maxMs.toFixed(0)}`,
      ),
  ];
  const missed = [
    r.crashes > 0 && `${r.name}: crashes`,
    r.unexpected5xx.length > 0 && `${r.name}: unexpected 5xx`,
    r.hangs.length > 0 && `${r.name}: hangs`,
    r.wrongStatus.size > 0 && `${r.name}: wrong status`,
    r.controlFailures.length > 0 && `${r.name}: control checks`,
    r.filesLeft.length > 0 && `${r.name}: files left behind`,
    r.unanswered.length > 0 && `${r.name}: connections closed without an answer`,
  ].filter((x): x is string => Boolean(x));
  return { lines, missed };
}
