/**
 * Fuzz run against the real bot: at least 10,000 malformed or odd activities and card payloads
 * POSTed to /api/messages of the bot running in-process (local mode, fake Bot Connector), after
 * realistic state was built through the real flows.
 *
 *   npm run bench:fuzz [-- --seed 1234 --count 10000 --edge-count 3000 --control-every 100 --out FILE]
 *
 * Targets: no crash (the process and server stay up and answer a control message correctly
 * throughout), no 5xx except 501 for an invoke name no route handles (Bot Framework's answer),
 * no hang, and no change of the fingerprinted state (cases, signals, proposals, panel, settings,
 * staff, counters, audit log) from any input. Exit code 1 when a target is missed.
 * Details of every finding go to a JSON file (its path is printed).
 *
 * Generator families (bench/reliability/fuzz-gen.ts): raw bodies (not JSON, JSON that is not an
 * object, deep nesting, wrong content type or encoding, over 1 MB); missing fields; wrong types
 * for any field; unknown activity types; unknown invoke names; unknown verbs; real verbs with
 * malformed data (missing ids, wrong revision types, strings up to 200 KB, unicode and RTL
 * overrides, ${} and markdown/HTML injection, prototype-pollution keys, nested data); real verbs
 * with forged actors on real targets; messages (huge, HTML, mentions, commands with odd
 * arguments); conversationUpdate/installationUpdate with odd member lists; the message
 * extension's fetchTask with odd payloads; deep nesting inside activities; actors whose
 * aadObjectId is not a string; and a few messages whose serviceUrl refuses connections.
 *
 * Then the HTTP edge (bench/reliability/fuzz-edge.ts), on this bot before its state is checked
 * and on two more bots (local mode with CLOCK_START, which adds POST /_clock; Azure mode with
 * app credentials): every route the server's router lists, and paths no route has, over a plain
 * socket, with odd methods, paths, queries, headers, bodies (multipart, forms, compressed, over
 * 1 MB, chunked, lying lengths), protocol oddities and slow clients. Targets there: no crash, no
 * 5xx, no hang, the status a correct server gives where it is known (405, 413, 415, 400, 431),
 * every slow client cut off, and no file left behind in the data directory or in the temp
 * directory (pointed at a directory of its own for the run, so that uploads would show).
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startTestBot, type TestBot } from '../test/support/bot-harness.js';
import { personalMessage, users } from '../test/support/activities.js';
import { JournalStore } from '../src/store/journal-store.js';
import { ManualClock } from '../src/domain/clock.js';
import { assessmentFileServed, assessmentFileUrl } from '../src/app/assessment-links.js';
import { translator } from '../src/i18n/index.js';
import { freshSeed, Rng } from './reliability/prng.js';
import { buildState, controlUser, personalConversationId, settleJobs } from './reliability/fuzz-state.js';
import { families, str, unreachableConnector, type FuzzInput, type GenContext } from './reliability/fuzz-gen.js';
import {
  changedDocs,
  diffFingerprints,
  EXCLUDED,
  FINGERPRINTED,
  fingerprint,
  snapshotDocs,
} from './reliability/fingerprint.js';
import { WriteMonitor, type Write } from './reliability/write-monitor.js';
import { benchOptions } from './support/args.js';
import { edgeSummary, fuzzEdge, type EdgeReport } from './reliability/fuzz-edge-run.js';
import { startBot } from '../src/compose.js';
import { loadConfig } from '../src/config/env.js';
import type { HttpTimeouts } from '../src/teams/server.js';

// --- arguments -----------------------------------------------------------------------------

const options = benchOptions(['seed', 'count', 'control-every', 'timeout', 'out', 'unreachable', 'edge-count']);
const SEED = options.text('seed') !== undefined ? options.number('seed', 0) >>> 0 : freshSeed();
const COUNT = options.number('count', 10_000);
const CONTROL_EVERY = options.number('control-every', 100);
const TIMEOUT_MS = options.number('timeout', 15_000);
const OUT = options.text('out') ?? path.join(os.tmpdir(), `uthiek-fuzz-${SEED}.json`);
const UNREACHABLE_COUNT = options.number('unreachable', 3);
const EDGE_COUNT = options.number('edge-count', 3000);
/** Shorter than the defaults (10 s / 30 s), so that the slow clients are cut off in seconds. */
const EDGE_TIMEOUTS: HttpTimeouts = { headersMs: 2_000, requestMs: 4_000, checkEveryMs: 200 };

// --- crash and console capture -------------------------------------------------------------

/**
 * What would have killed the real process (src/index.ts installs no handlers): recorded here so
 * the run can go on, and the request that caused it is cut off at once instead of timing out.
 */
const crashes: { kind: string; message: string; stack?: string; during?: string; family?: string; body?: string }[] =
  [];
let current: FuzzInput | undefined;
let currentAbort: AbortController | undefined;
const onCrash = (kind: string) => (reason: unknown) => {
  const err = reason as Error;
  crashes.push({
    kind,
    message: String(err?.message ?? reason),
    stack: err?.stack,
    during: current?.label,
    family: current?.family,
    body: current?.body.slice(0, 2000),
  });
  currentAbort?.abort(new Error(`process crash: ${String(err?.message ?? reason)}`));
};
process.on('uncaughtException', onCrash('uncaughtException'));
process.on('unhandledRejection', onCrash('unhandledRejection'));

/** The SDK prints some failures with console.error/warn; keep them (per input) instead of flooding the terminal. */
const consoleLines: string[] = [];
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => {
    consoleLines.push(
      `${level}: ${args
        .map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a)))
        .join(' ')
        .slice(0, 500)}`,
    );
  };
}
const print = (line = '') => process.stdout.write(`${line}\n`);

// --- bookkeeping ---------------------------------------------------------------------------

interface Example {
  family: string;
  label: string;
  status: number | string;
  response: string;
  body: string;
  logs?: string[];
  writes?: Write[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
const exampleOf = (
  input: FuzzInput,
  status: number | string,
  response: string,
  extra: Partial<Example> = {},
): Example => ({
  family: input.family,
  label: input.label,
  status,
  response: clip(response, 400),
  body: clip(input.body, 4000),
  ...extra,
});

class Grouped {
  readonly groups = new Map<string, { count: number; families: Record<string, number>; examples: Example[] }>();
  add(key: string, example: Example, keep = 3): void {
    const g = this.groups.get(key) ?? { count: 0, families: {}, examples: [] };
    g.count++;
    g.families[example.family] = (g.families[example.family] ?? 0) + 1;
    // one example per family first, then more
    if (g.examples.length < keep && (g.families[example.family] === 1 || g.examples.length < 2))
      g.examples.push(example);
    this.groups.set(key, g);
  }
  familiesOf(key: string): string {
    return Object.entries(this.groups.get(key)?.families ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([f, n]) => `${f} ${n}`)
      .join(', ');
  }
  get total(): number {
    return [...this.groups.values()].reduce((s, g) => s + g.count, 0);
  }
}

/** Whether a route of the bot handles this invoke; if not, Bot Framework answers 501 and that is allowed. */
function handledInvoke(body: string): { invoke: boolean; handled: boolean } {
  let a: Record<string, unknown>;
  try {
    a = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return { invoke: false, handled: false };
  }
  if (!a || typeof a !== 'object' || a.type !== 'invoke') return { invoke: false, handled: false };
  if (a.name === 'adaptiveCard/action') return { invoke: true, handled: true };
  // every message extension invoke: "Meld bij Uthiek", or an answer saying what the bot offers
  if (typeof a.name === 'string' && a.name.startsWith('composeExtension/')) return { invoke: true, handled: true };
  return { invoke: true, handled: false };
}

/** Links the bot signs (as it does on its cards) to files and the dashboard data: the edge fuzz reads them. */
function signedLinks(bot: { deps: TestBot['bot']['deps'] }, t?: { cases: Record<string, { id: string }> }): string[] {
  const local = (url: string) => {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  };
  const links = bot.deps.links;
  const day = 86_400_000;
  const dashboard = new URL(links.url('/dashboard', day));
  const out = [
    local(links.url('/files/report/report-2026.csv', day)),
    local(links.url('/files/report/report-2026.json', day)),
    local(links.url('/files/register/algoritmeregister.json', day)),
    local(links.url('/files/account/jaarverantwoording-2026.csv', day)),
    local(links.url('/files/account/jaarverantwoording-2026.json', day)),
    local(links.url('/files/mydata/aad-lead.json', day)),
    `/api/report?year=2026&exp=${dashboard.searchParams.get('exp')}&sig=${dashboard.searchParams.get('sig')}`,
  ];
  for (const { id } of Object.values(t?.cases ?? {})) {
    const c = bot.deps.cases.get(id);
    if (!c) continue;
    // the files' own links, as the notices carry them (they expire after the assessment), for the files still served
    if (!c.schedule) continue;
    if (assessmentFileServed(c, 'prep')) out.push(local(assessmentFileUrl(bot.deps, c, 'prep', { lang: 'nl' })));
    if (!c.schedule.heldOutside && assessmentFileServed(c, 'invite'))
      out.push(local(assessmentFileUrl(bot.deps, c, 'invite', { lang: 'nl' })));
  }
  return out;
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// --- main ----------------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  print(
    `Uthiek Bot fuzz — seed ${SEED}, ${COUNT} inputs (repeat with: npm run bench:fuzz -- --seed ${SEED} --count ${COUNT})`,
  );
  const realTmp = os.tmpdir();
  const dataDir = fs.mkdtempSync(path.join(realTmp, 'uthiek-fuzz-'));
  // every upload a parser might write lands in os.tmpdir(): point it at a directory of our own
  // (other processes use the real one), which must still be empty at the end
  const uploadsDir = fs.mkdtempSync(path.join(realTmp, 'uthiek-fuzz-tmp-'));
  process.env.TMPDIR = uploadsDir;
  const h: TestBot = await startTestBot({
    env: { LOG_LEVEL: 'info' },
    dataDir,
    clock: new ManualClock('2026-11-23T09:00:00Z'),
    httpTimeouts: EDGE_TIMEOUTS,
  });

  print('Building state through the real flows …');
  const t = await buildState(h);
  await settleJobs(h);
  const store = h.bot.deps.store;
  print(
    `  ${Object.keys(t.cases).length} cases (${Object.entries(t.byRole)
      .map(([r, id]) => `${r} ${id}`)
      .join(', ')}), ` +
      `proposal ${t.proposalId} (+ superseded ${t.supersededProposalId}), panel ${t.panelMemberIds.join(',')}, open signal ${t.signalId}, ${store.events().length} audit events`,
  );

  const monitor = new WriteMonitor(store);
  const before = fingerprint(store);
  const docsBefore = snapshotDocs(store);
  const helpTitle = translator('nl')('help.title');
  const ctx: GenContext = {
    rng: new Rng(SEED),
    t,
    connectorUrl: h.connector.url,
    botUrl: h.bot.url,
    commands: h.bot.deps.commands,
    threshold: h.bot.deps.config.signal.threshold,
    memberIds: [users.member.aadObjectId, users.member2.aadObjectId, 'aad-owner'],
    closedPort: await closedPort(),
    adjusted: new Map(),
    next: (() => {
      let n = 0;
      return () => ++n;
    })(),
  };
  const fams = families(ctx);
  const totalWeight = fams.reduce((s, f) => s + f.weight, 0);
  const unreachableAt = new Set(
    Array.from({ length: UNREACHABLE_COUNT }, (_, i) => Math.floor(((i + 1) * COUNT) / (UNREACHABLE_COUNT + 1))),
  );

  const statusHistogram = new Map<string, number>();
  const perFamily = new Map<
    string,
    { count: number; statuses: Map<string, number>; ms: number; maxMs: number; maxLabel: string }
  >();
  const allowed501 = new Grouped();
  const unexpected5xx = new Grouped();
  const hangs = new Grouped();
  const errorLogs = new Grouped();
  const stateWrites = new Grouped();
  const excludedWrites = new Map<string, number>();
  const controlFailures: string[] = [];
  const generatorErrors = new Grouped();
  let controls = 0;
  let logIndex = h.logs.length;
  let consoleIndex = 0;
  monitor.take();

  const controlProblems = async (): Promise<string[]> => {
    controls++;
    h.connector.clear();
    const problems: string[] = [];
    try {
      const res = await fetch(`${h.bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(personalMessage(controlUser, 'help', { serviceUrl: h.connector.url })),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await res.text();
      if (res.status !== 200) problems.push(`control message answered ${res.status}`);
      const replies = h.connector
        .sent(personalConversationId(controlUser))
        .filter((c) => JSON.stringify(c.body).includes(helpTitle));
      if (replies.length !== 1) problems.push(`control message: ${replies.length} help cards instead of 1`);
      const health = await fetch(`${h.bot.url}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (health.status !== 200) problems.push(`/healthz answered ${health.status}`);
    } catch (err) {
      problems.push(`control failed: ${(err as Error).message}`);
    }
    // the control's own writes (none expected) are not an input's
    monitor.take();
    logIndex = h.logs.length;
    consoleIndex = consoleLines.length;
    return problems;
  };
  const control = async (at: number) => {
    for (const p of await controlProblems()) controlFailures.push(`after input ${at}: ${p}`);
  };

  print(
    `Fuzzing (${fams.map((f) => `${f.name} ${Math.round((f.weight / totalWeight) * 100)}%`).join(', ')}; plus ${UNREACHABLE_COUNT} unreachable-service-url) …`,
  );
  await control(0);
  let lastProgress = performance.now();
  for (let i = 1; i <= COUNT; i++) {
    let input: FuzzInput;
    try {
      if (unreachableAt.has(i)) input = unreachableConnector(ctx);
      else {
        let r = ctx.rng.next() * totalWeight;
        const fam = fams.find((f) => (r -= f.weight) < 0) ?? fams[fams.length - 1]!;
        input = fam.make(ctx);
      }
    } catch (err) {
      generatorErrors.add((err as Error).message, {
        family: 'generator',
        label: String((err as Error).stack).slice(0, 400),
        status: '-',
        response: '',
        body: '',
      });
      i--;
      if (generatorErrors.total > 100) throw new Error('the generators keep failing');
      continue;
    }
    current = input;
    const crashesBefore = crashes.length;
    const abort = new AbortController();
    currentAbort = abort;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort(new Error('timeout'));
    }, input.timeoutMs ?? TIMEOUT_MS);
    const t0 = performance.now();
    let status: number | string;
    let response = '';
    try {
      const res = await fetch(`${h.bot.url}/api/messages`, {
        method: 'POST',
        headers: input.headers,
        body: input.body,
        signal: abort.signal,
      });
      status = res.status;
      response = await res.text();
    } catch (err) {
      status = crashes.length > crashesBefore ? 'crash' : timedOut ? 'timeout' : `error ${(err as Error).message}`;
    } finally {
      clearTimeout(timer);
    }
    const ms = performance.now() - t0;
    // background work the input started (jobs it queued) is part of its effect
    await h.bot.deps.jobs.tick();

    // what the bot logged and wrote while handling this input
    const lines = h.logs.slice(logIndex);
    logIndex = h.logs.length;
    const consoleNew = consoleLines.slice(consoleIndex);
    consoleIndex = consoleLines.length;
    const errors = lines
      .map((l) => {
        try {
          return JSON.parse(l) as {
            level: number;
            msg: string;
            err?: { message?: string } | string;
            verb?: string;
            route?: string;
          };
        } catch {
          return undefined;
        }
      })
      .filter((l): l is NonNullable<typeof l> => Boolean(l) && l!.level >= 50);
    const writes = monitor.take();

    const key = String(status);
    statusHistogram.set(key, (statusHistogram.get(key) ?? 0) + 1);
    const fam = perFamily.get(input.family) ?? { count: 0, statuses: new Map(), ms: 0, maxMs: 0, maxLabel: '' };
    fam.count++;
    fam.statuses.set(key, (fam.statuses.get(key) ?? 0) + 1);
    fam.ms += ms;
    if (ms > fam.maxMs) {
      fam.maxMs = ms;
      fam.maxLabel = input.label;
    }
    perFamily.set(input.family, fam);

    const logText = [
      ...errors.map(
        (e) =>
          `${e.msg}: ${typeof e.err === 'string' ? e.err : (e.err?.message ?? '')}${e.verb ? ` (verb ${e.verb})` : ''}${e.route ? ` (route ${e.route})` : ''}`,
      ),
      ...consoleNew,
    ];
    if (typeof status === 'number' && status >= 500) {
      const { invoke, handled } = handledInvoke(input.body);
      if (status === 501 && invoke && !handled) allowed501.add(input.family, exampleOf(input, status, response), 2);
      else
        unexpected5xx.add(
          `${status}: ${clip(logText.find((l) => !l.startsWith('warn')) || response || '(no log)', 140)}`,
          exampleOf(input, status, response, { logs: logText.slice(0, 5) }),
        );
    } else if (typeof status === 'string' && status !== 'crash') {
      hangs.add(`${status} ${input.family}`, exampleOf(input, status, response, { logs: logText.slice(0, 5) }));
    }
    for (const e of errors) {
      errorLogs.add(
        `${e.msg}: ${clip(typeof e.err === 'string' ? e.err : (e.err?.message ?? ''), 140)}${e.verb ? ` [verb ${e.verb}]` : ''}${e.route ? ` [route ${e.route}]` : ''}`,
        exampleOf(input, status, response),
        2,
      );
    }
    const counted = writes.filter(
      (w) => FINGERPRINTED.includes(w.collection as never) || w.collection === 'events' || w.op === 'rewrite',
    );
    if (counted.length)
      stateWrites.add(
        `${input.family}: ${[...new Set(counted.map((w) => `${w.op} ${w.collection}${w.detail ? ` ${w.detail}` : ''}`))].join(', ')}`,
        exampleOf(input, status, response, { writes: counted }),
        5,
      );
    for (const w of writes.filter((x) => !counted.includes(x))) {
      const k = `${w.collection} (${input.family})`;
      excludedWrites.set(k, (excludedWrites.get(k) ?? 0) + 1);
    }

    if (i % CONTROL_EVERY === 0) await control(i);
    if (performance.now() - lastProgress > 10_000) {
      lastProgress = performance.now();
      print(`  … ${i}/${COUNT} inputs, ${Math.round((performance.now() - started) / 1000)} s`);
    }
  }
  current = undefined;
  await control(COUNT);

  // the HTTP edge: every route the server lists, and paths none has; state must not change either
  print(`HTTP edge on this bot (${EDGE_COUNT} inputs) …`);
  const edgeReports: EdgeReport[] = [];
  const edgeRng = new Rng(SEED ^ 0x5eed);
  const crashCount = () => crashes.length;
  edgeReports.push(
    await fuzzEdge(h.bot, {
      name: 'local mode, with the state above',
      rng: edgeRng,
      count: EDGE_COUNT,
      signed: signedLinks(h.bot, t),
      timeouts: EDGE_TIMEOUTS,
      watched: [uploadsDir, dataDir],
      crashCount,
      control: controlProblems,
      controlEvery: 250,
    }),
  );

  // prototype pollution anywhere in this process?
  const polluted = ['fuzzPolluted', 'isMember', 'caseId'].filter((k) => k in ({} as Record<string, unknown>));

  await settleJobs(h);
  const after = fingerprint(store);
  const docsAfter = snapshotDocs(store);
  const changed = changedDocs(docsBefore, docsAfter);
  const stateUnchanged = after.hash === before.hash;

  // the data must also survive a restart unchanged
  let reopened = 'not checked';
  try {
    await h.bot.stop();
    const again = await JournalStore.open({ dataDir, clock: h.clock });
    const fp = fingerprint(again);
    reopened = fp.hash === after.hash ? 'identical' : `DIFFERENT: ${diffFingerprints(after, fp).join('; ')}`;
    const badIds = [...EXCLUDED, ...FINGERPRINTED].flatMap((c) =>
      again
        .all(c)
        .filter((d) => typeof d.id !== 'string')
        .map((d) => `${c}/${str(d.id, 30)}`),
    );
    if (badIds.length)
      reopened += `; ${badIds.length} documents with a non-string id (${badIds.slice(0, 4).join(', ')}${badIds.length > 4 ? ', …' : ''})`;
    await again.close();
  } catch (err) {
    reopened = `FAILED: ${(err as Error).message}`;
  }

  // the same edge fuzzing on the two other configurations: the clock control, and Azure mode
  const closed = await closedPort();
  for (const [name, env] of [
    ['local mode with CLOCK_START (POST /_clock)', { CLOCK_START: '2026-11-23T09:00:00Z' }],
    [
      'Azure mode (app credentials)',
      {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'fuzz',
        MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
        HOST: '127.0.0.1',
        OPENID_KEYS_URL: `http://127.0.0.1:${closed}/keys`,
      },
    ],
  ] as const) {
    print(`HTTP edge on a bot in ${name} (${EDGE_COUNT} inputs) …`);
    const dir = fs.mkdtempSync(path.join(realTmp, 'uthiek-fuzz-edge-'));
    const bot = await startBot(loadConfig({ PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent', ...env }), {
      httpTimeouts: EDGE_TIMEOUTS,
    });
    try {
      const health = async () => {
        const res = await fetch(`${bot.url}/healthz`, { signal: AbortSignal.timeout(TIMEOUT_MS) }).catch(
          (err: Error) => ({ status: err.message }),
        );
        return res.status === 200 ? [] : [`/healthz answered ${res.status}`];
      };
      edgeReports.push(
        await fuzzEdge(bot, {
          name,
          rng: edgeRng,
          count: EDGE_COUNT,
          signed: signedLinks(bot),
          timeouts: EDGE_TIMEOUTS,
          watched: [uploadsDir, dir],
          crashCount,
          control: health,
          controlEvery: 250,
        }),
      );
    } finally {
      await bot.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const leftInTmp = fs.readdirSync(uploadsDir);
  const seconds = (performance.now() - started) / 1000;

  // --- report ------------------------------------------------------------------------------
  const total = [...perFamily.values()].reduce((s, f) => s + f.count, 0);
  print();
  print(`Inputs:              ${total} (seed ${SEED})`);
  print(
    `Status codes:        ${[...statusHistogram.entries()]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')}`,
  );
  print(
    `Allowed 501s:        ${allowed501.total} (invoke names no route handles: ${[...allowed501.groups.entries()].map(([k, g]) => `${k} ${g.count}`).join(', ') || '–'})`,
  );
  print(`Unexpected 5xx:      ${unexpected5xx.total}`);
  for (const [k, g] of [...unexpected5xx.groups.entries()].sort((a, b) => b[1].count - a[1].count)) {
    print(
      `  ${g.count}× ${k}\n      families: ${unexpected5xx.familiesOf(k)}\n      e.g. ${clip(g.examples[0]!.label, 160)}\n      body ${clip(g.examples[0]!.body, 240)}`,
    );
  }
  print(`Hangs (no answer in ${TIMEOUT_MS / 1000}–20 s): ${hangs.total}`);
  for (const [k, g] of hangs.groups) print(`  ${g.count}× ${k}: e.g. ${clip(g.examples[0]!.label, 160)}`);
  print(
    `Crashes:             ${crashes.length}${crashes.length ? ' (uncaught errors that end the real process, which installs no handler)' : ''}`,
  );
  const crashGroups = new Map<string, typeof crashes>();
  for (const c of crashes)
    crashGroups.set(`${c.kind}: ${c.message}`, [...(crashGroups.get(`${c.kind}: ${c.message}`) ?? []), c]);
  for (const [k, list] of crashGroups)
    print(`  ${list.length}× ${k}\n      e.g. ${list[0]!.family}: ${list[0]!.during}`);
  print(
    `Control messages:    ${controls} sent, ${controlFailures.length} failed${controlFailures.length ? ` (${controlFailures.slice(0, 3).join('; ')})` : ''}`,
  );
  print(`Prototype pollution: ${polluted.length ? `YES (${polluted.join(', ')})` : 'none'}`);
  print(
    `State unchanged:     ${stateUnchanged ? 'yes' : 'NO'} (fingerprint of ${FINGERPRINTED.join(', ')} and the audit log: ${before.hash.slice(0, 16)} → ${after.hash.slice(0, 16)}; ${before.parts.events!.count} → ${after.parts.events!.count} events)`,
  );
  if (!stateUnchanged) {
    for (const line of diffFingerprints(before, after)) print(`  ${line}`);
    print(`  documents changed: ${changed.slice(0, 20).join(', ')}${changed.length > 20 ? ', …' : ''}`);
  }
  print(`Writes to fingerprinted state during inputs: ${stateWrites.total}`);
  for (const [k, g] of stateWrites.groups)
    print(`  ${g.count}× ${k}\n      e.g. ${g.examples.map((e) => clip(e.label, 100)).join(' | ')}`);
  print(
    `Excluded writes (allowed): ${[...excludedWrites.entries()].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
  );
  print(`After restart:       ${reopened}`);
  print(`Handled errors logged by the bot: ${errorLogs.total} (not failures of a target; listed in the details file)`);
  for (const [k, g] of [...errorLogs.groups.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 15))
    print(`  ${g.count}× ${clip(k, 160)}`);
  if (ctx.adjusted.size) {
    const adjusted = [...ctx.adjusted.entries()];
    const byFamily = new Map<string, number>();
    for (const [k, v] of adjusted) byFamily.set(k.split(':')[0]!, (byFamily.get(k.split(':')[0]!) ?? 0) + v);
    print(
      `Refusal by construction: ${[...byFamily.entries()].map(([k, v]) => `${k} ${v}`).join(', ')} inputs were changed by the safety check (details file: "adjusted")`,
    );
  }
  if (generatorErrors.total)
    print(
      `Generator errors:    ${generatorErrors.total} (${[...generatorErrors.groups.keys()].slice(0, 3).join('; ')})`,
    );
  print('Per family (count, statuses, mean/max ms):');
  for (const [name, f] of [...perFamily.entries()].sort()) {
    print(
      `  ${name.padEnd(24)} ${String(f.count).padStart(5)}  ${[...f.statuses.entries()]
        .sort()
        .map(([k, v]) => `${k}:${v}`)
        .join(' ')
        .padEnd(34)} ${(f.ms / f.count).toFixed(1)}/${f.maxMs.toFixed(0)} ms`,
    );
  }
  print();
  const edgeMissed: string[] = [];
  for (const r of edgeReports) {
    const { lines, missed } = edgeSummary(r);
    for (const line of lines) print(line);
    edgeMissed.push(...missed);
  }
  print(
    `Files left in the temp directory (${uploadsDir}): ${leftInTmp.length}${leftInTmp.length ? ` (${leftInTmp.slice(0, 5).join(', ')})` : ''}`,
  );
  print(`Duration:            ${seconds.toFixed(1)} s`);

  fs.writeFileSync(
    OUT,
    JSON.stringify(
      {
        seed: SEED,
        count: total,
        statusHistogram: Object.fromEntries(statusHistogram),
        allowed501: Object.fromEntries(allowed501.groups),
        unexpected5xx: Object.fromEntries(unexpected5xx.groups),
        hangs: Object.fromEntries(hangs.groups),
        crashes,
        controlFailures,
        stateUnchanged,
        fingerprintBefore: before,
        fingerprintAfter: after,
        changedDocuments: changed,
        stateWrites: Object.fromEntries(stateWrites.groups),
        excludedWrites: Object.fromEntries(excludedWrites),
        reopened,
        errorLogs: Object.fromEntries(errorLogs.groups),
        adjusted: Object.fromEntries(ctx.adjusted),
        edge: edgeReports.map((r) => ({
          ...r,
          statuses: Object.fromEntries(r.statuses),
          perFamily: Object.fromEntries(
            [...r.perFamily].map(([k, f]) => [k, { ...f, statuses: Object.fromEntries(f.statuses) }]),
          ),
          wrongStatus: Object.fromEntries(r.wrongStatus),
        })),
        leftInTmp,
        seconds,
      },
      null,
      1,
    ),
  );
  print(`Details:             ${OUT}`);

  try {
    await h.stop();
  } catch (err) {
    print(`(card check at stop: ${clip((err as Error).message.split('\n').slice(0, 4).join(' | '), 400)})`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(uploadsDir, { recursive: true, force: true });

  const missed = [
    crashes.length > 0 && 'crashes',
    unexpected5xx.total > 0 && 'unexpected 5xx',
    hangs.total > 0 && 'hangs',
    controlFailures.length > 0 && 'control message',
    !stateUnchanged && 'state changed',
    stateWrites.total > 0 && 'writes from refused input',
    polluted.length > 0 && 'prototype pollution',
    total < 10_000 && 'fewer than 10,000 inputs',
    leftInTmp.length > 0 && 'files left in the temp directory',
    ...edgeMissed,
  ].filter(Boolean);
  print(missed.length ? `TARGETS MISSED: ${missed.join(', ')}` : 'All targets met.');
  return missed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`fuzz run failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
