/**
 * Crash test: the bot runs as its own process (as `npm start` does: node with tsx, src/index.ts,
 * local mode, a temporary DATA_DIR) and is killed with SIGKILL in the middle of a burst of
 * writes; then restarted on the same data directory. Every write the bot acknowledged (HTTP 200,
 * which it sends only after the write is saved) must be there after the restart, and the data
 * files must be valid.
 *
 *   npm run bench:crash [-- --cycles 3 --requests 4000 --concurrency 32 --seed 7]
 *
 * The write is "aanmelden" (register) from a new user each time: the bot creates the case in
 * one store transaction, then sends the first intake card, and only then answers 200
 * (src/teams/routes/intake.ts). During the burst, history is rewritten while writes go on:
 * - erasures: a Team Uthiek member erases, through /api/messages (the command, then the
 *   confirmation card's action), users registered just before the burst ("victims");
 * - retention sweeps: the bot's clock is moved a month on (POST /_clock), which runs the sweep;
 *   users who only chose a language are by then no longer needed, so each sweep rewrites history;
 * - a second bot process is started on the same DATA_DIR: it must refuse to start.
 * The kill comes after a random number of acknowledgements, and not before the second process's
 * verdict. After each kill: the data files must pass the store's own checks (checksums, no
 * gaps), except an unfinished last line; the restarted bot must listen; "mijn zaken" through the
 * restarted bot must list each acknowledged case of a user not erased; after a clean stop the
 * store must hold every acknowledged case of every cycle so far (erased users' cases under a
 * pseudonym), no acknowledged case number may belong to two registrations, and no file may
 * contain the id of an erased user. Exit code 1 if any target is missed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { readCurrent } from '../src/store/generations.js';
import { JournalStore } from '../src/store/journal-store.js';
import { systemClock } from '../src/domain/clock.js';
import { freshSeed, Rng } from './reliability/prng.js';
import {
  checkDataFiles,
  QuickConnector,
  startBotProcess,
  startSecondProcess,
  type BotProcess,
  type DataCheck,
  type SecondProcess,
} from './reliability/crash-support.js';
import { benchOptions } from './support/args.js';

const options = benchOptions([
  'cycles',
  'requests',
  'concurrency',
  'seed',
  'kill-min',
  'kill-max',
  'victims',
  'erase-every',
  'sweep-every',
]);
const CYCLES = options.number('cycles', 3);
const REQUESTS = options.number('requests', 4000);
const CONCURRENCY = options.number('concurrency', 32);
const SEED = options.text('seed') !== undefined ? options.number('seed', 0) >>> 0 : freshSeed();
const KILL_MIN = options.number('kill-min', 400);
const KILL_MAX = options.number('kill-max', 1100);
const VICTIMS = options.number('victims', 6);
const ERASE_EVERY = options.number('erase-every', 90);
const SWEEP_EVERY = options.number('sweep-every', 150);
const IDLE_USERS = 5;
const MONTH_MS = 31 * 86_400_000;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const print = (line = '') => process.stdout.write(`${line}\n`);

const TENANT = '00000000-0000-0000-0000-000000000001';
const MEMBER = 'crash-member';

interface Sent {
  aad: string;
  conversationId: string;
  acked: boolean;
  caseId?: string;
  cycle: number;
  /** An erasure of this user was acknowledged. */
  erased?: boolean;
}

/** Teams' conversation ids are opaque, not the user's object id (which erasure must remove). */
const conversationOf = (aad: string) => `a:personal-${createHash('sha256').update(aad).digest('hex').slice(0, 16)}`;

function message(connectorUrl: string, aad: string, n: number, text: string) {
  return {
    type: 'message',
    id: `crash-activity-${n}`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    text,
    textFormat: 'plain',
    from: { id: `29:${aad}`, name: `Gebruiker ${aad}`, aadObjectId: aad },
    recipient: { id: '28:uthiek-bot', name: 'Uthiek Bot' },
    conversation: { id: conversationOf(aad), conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

function cardAction(connectorUrl: string, aad: string, n: number, data: Record<string, unknown>) {
  return {
    ...message(connectorUrl, aad, n, ''),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-activity-1',
    value: { action: { type: 'Action.Execute', verb: data.verb, data }, trigger: 'manual' },
  };
}

const caseIdIn = (texts: string[] | undefined) => texts?.map((t) => /UTH-\d{4}-\d{3,}/.exec(t)?.[0]).find(Boolean);
let activityNo = 0;

async function post(bot: BotProcess, body: object): Promise<{ status: number; text: string }> {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, text: await res.text() };
}

/** One registration; acknowledged when the bot answered 200. */
async function register(bot: BotProcess, connector: QuickConnector, s: Sent): Promise<void> {
  try {
    const res = await post(bot, message(connector.url, s.aad, ++activityNo, 'aanmelden'));
    if (res.status === 200) {
      s.acked = true;
      s.caseId = caseIdIn(connector.sent.get(s.conversationId));
    }
  } catch {
    /* refused or cut off by the kill: not acknowledged */
  }
}

/** The erasure as Team Uthiek does it: the command (a confirmation card), then its button. */
async function erase(bot: BotProcess, connector: QuickConnector, victim: Sent): Promise<boolean> {
  try {
    const asked = await post(bot, message(connector.url, MEMBER, ++activityNo, `wis gegevens ${victim.aad}`));
    if (asked.status !== 200) return false;
    const done = await post(
      bot,
      cardAction(connector.url, MEMBER, ++activityNo, { verb: 'erase.confirm', subject: victim.aad }),
    );
    return done.status === 200 && done.text.includes('De gegevens zijn gewist');
  } catch {
    return false;
  }
}

interface Chaos {
  /** History rewrites (generations switched), read from CURRENT. */
  rewrites: number;
  erasures: number;
  erasuresTried: number;
  sweeps: number;
  clock: string;
  second?: SecondProcess;
}

/** The burst with erasures, sweeps and a second process; SIGKILL after `killAfter` acknowledgements and the second process's verdict. */
async function burst(
  bot: BotProcess,
  connector: QuickConnector,
  env: Record<string, string>,
  cycle: number,
  killAfter: number,
  victims: Sent[],
  chaos: Chaos,
  rng: Rng,
) {
  const sent: Sent[] = [];
  let acks = 0;
  let killed = false;
  let next = 0;
  let killedAt = 0;
  const started = performance.now();
  const kill = () => {
    if (killed) return;
    killed = true;
    killedAt = performance.now();
    // a random moment: now, or a moment later while other requests are in flight
    const delay = rng.int(0, 3);
    if (delay === 0) bot.child.kill('SIGKILL');
    else setTimeout(() => bot.child.kill('SIGKILL'), delay);
  };
  const second = startSecondProcess(REPO, env).then((verdict) => (chaos.second = verdict));
  const worker = async () => {
    while (!killed && next < REQUESTS) {
      const aad = `crash-c${cycle}-u${String(next++).padStart(5, '0')}`;
      const s: Sent = { aad, conversationId: conversationOf(aad), acked: false, cycle };
      sent.push(s);
      await register(bot, connector, s);
      if (s.acked) acks++;
      if (acks >= killAfter && chaos.second) kill();
    }
  };
  const disrupt = async () => {
    let erased = 0;
    let swept = 0;
    while (!killed) {
      if (erased < victims.length && acks >= (erased + 1) * ERASE_EVERY) {
        const victim = victims[erased++]!;
        chaos.erasuresTried++;
        if (await erase(bot, connector, victim)) {
          victim.erased = true;
          chaos.erasures++;
        }
      } else if (acks >= (swept + 1) * SWEEP_EVERY) {
        swept++;
        try {
          // people who only chose a language: a month on, nobody needs their records, so the sweep has work
          for (let i = 0; i < 3; i++)
            await post(bot, message(connector.url, `crash-c${cycle}-idle-s${swept}-${i}`, ++activityNo, 'taal en'));
          const res = await fetch(`${bot.url}/_clock?advanceMs=${MONTH_MS}`, {
            method: 'POST',
            signal: AbortSignal.timeout(60_000),
          });
          if (res.status === 200) {
            chaos.sweeps++;
            chaos.clock = ((await res.json()) as { now: string }).now;
          }
        } catch {
          /* cut off by the kill */
        }
      } else await new Promise((r) => setTimeout(r, 10));
    }
  };
  const workers = Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // out of requests before the verdict: wait for it, then kill
  await Promise.all([workers.then(() => second).then(kill), disrupt(), second.then(() => acks >= killAfter && kill())]);
  const exit = await bot.exited;
  return { sent, acks, seconds: (killedAt - started) / 1000, exit };
}

/** Users set up before the burst: victims (registered, to be erased) and idle users (a language choice, nothing else). */
async function setUp(bot: BotProcess, connector: QuickConnector, cycle: number): Promise<Sent[]> {
  const victims: Sent[] = [];
  for (let i = 0; i < VICTIMS; i++) {
    const aad = `crash-c${cycle}-victim${i}`;
    const s: Sent = { aad, conversationId: conversationOf(aad), acked: false, cycle };
    await register(bot, connector, s);
    victims.push(s);
  }
  for (let i = 0; i < IDLE_USERS; i++)
    await post(bot, message(connector.url, `crash-c${cycle}-idle${i}`, ++activityNo, 'taal en'));
  return victims;
}

function filesContaining(dataDir: string, words: string[]): string[] {
  const files = fs
    .readdirSync(dataDir, { recursive: true })
    .map(String)
    .filter((f) => fs.statSync(path.join(dataDir, f)).isFile());
  const found: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(dataDir, f), 'utf8');
    for (const w of words) if (new RegExp(`${w}(?![0-9])`).test(text)) found.push(`${w} in ${f}`);
  }
  return found;
}

interface Row {
  cycle: number;
  sent: number;
  acked: number;
  present: number;
  lost: number;
  lostEarlier: number;
  reused: number;
  erasures: string;
  erasedLeft: number;
  sweeps: number;
  second: string;
  files: DataCheck;
}

async function main(): Promise<number> {
  print(
    `Uthiek Bot crash test — seed ${SEED}, ${CYCLES} cycles of up to ${REQUESTS} registrations (concurrency ${CONCURRENCY}), SIGKILL after ${KILL_MIN}–${KILL_MAX} acknowledgements`,
  );
  print(
    `during each burst: ${VICTIMS} erasures (one every ${ERASE_EVERY} acknowledgements), a retention sweep every ${SWEEP_EVERY}, a second process on the same DATA_DIR`,
  );
  const rng = new Rng(SEED);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-crash-'));
  const connector = await new QuickConnector().start();
  const chaos: Chaos = { rewrites: 0, erasures: 0, erasuresTried: 0, sweeps: 0, clock: '2026-03-02T09:00:00.000Z' };
  const env = () => ({
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    UTHIEK_MEMBER_IDS: MEMBER,
    RETENTION_DAYS: '30',
    STORE_LOCK_STALE_SECONDS: '3',
    CLOCK_START: chaos.clock,
  });
  const all: Sent[] = [];
  const rows: Row[] = [];
  let failed = false;

  let bot = await startBotProcess(REPO, env());
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const killAfter = rng.int(KILL_MIN, KILL_MAX);
    const victims = await setUp(bot, connector, cycle);
    const before = {
      erasures: chaos.erasures,
      tried: chaos.erasuresTried,
      sweeps: chaos.sweeps,
      generation: readCurrent(dataDir) ?? 0,
    };
    chaos.second = undefined;
    const { sent, acks, seconds, exit } = await burst(bot, connector, env(), cycle, killAfter, victims, chaos, rng);
    all.push(...victims, ...sent);
    const acked = [...victims, ...sent].filter((s) => s.acked);
    const second = chaos.second as SecondProcess | undefined;
    // the files exactly as the kill left them
    const files = await checkDataFiles(dataDir);
    const rewrites = (readCurrent(dataDir) ?? 0) - before.generation;
    chaos.rewrites += rewrites;
    print(
      `Cycle ${cycle}: ${sent.length} registrations sent, ${acks} acknowledged in ${seconds.toFixed(1)} s; ${chaos.erasures - before.erasures}/${chaos.erasuresTried - before.tried} erasures and ` +
        `${chaos.sweeps - before.sweeps} retention sweeps acknowledged (${rewrites} history rewrites); second process ${second?.refused ? `refused after ${second.seconds.toFixed(1)} s` : `NOT refused (${second?.detail ?? 'no verdict'})`}; then SIGKILL (exit signal ${exit.signal ?? exit.code})`,
    );

    let restarted = 'yes';
    let viaBot = 'not checked';
    try {
      bot = await startBotProcess(REPO, env());
    } catch (err) {
      restarted = `NO: ${(err as Error).message.split('\n').slice(0, 3).join(' ')}`;
      failed = true;
    }
    if (restarted === 'yes') {
      let shown = 0;
      const missing: string[] = [];
      const visible = acked.filter((s) => !s.erased);
      for (let i = 0; i < visible.length; i += CONCURRENCY) {
        await Promise.all(
          visible.slice(i, i + CONCURRENCY).map(async (s) => {
            connector.sent.delete(s.conversationId);
            const res = await post(bot, message(connector.url, s.aad, ++activityNo, 'mijn zaken'));
            const reply = (connector.sent.get(s.conversationId) ?? []).join('\n');
            if (res.status === 200 && s.caseId && reply.includes(s.caseId)) shown++;
            else missing.push(s.caseId ?? s.aad);
          }),
        );
      }
      viaBot = `${shown}/${visible.length} shown by "mijn zaken"${missing.length ? ` (missing: ${missing.slice(0, 5).join(', ')})` : ''}`;
      bot.child.kill('SIGTERM');
      const stopped = await bot.exited;
      if (stopped.code !== 0) viaBot += `; clean stop exited with ${stopped.code ?? stopped.signal}`;
    }

    const row: Row = {
      cycle,
      sent: sent.length,
      acked: acked.length,
      present: 0,
      lost: 0,
      lostEarlier: 0,
      reused: 0,
      erasures: `${chaos.erasures - before.erasures}/${chaos.erasuresTried - before.tried}`,
      erasedLeft: 0,
      sweeps: chaos.sweeps - before.sweeps,
      second: second?.refused ? 'refused' : 'NOT REFUSED',
      files,
    };
    const problems: string[] = [];
    try {
      const store = await JournalStore.open({ dataDir, clock: systemClock });
      // every acknowledged registration of every cycle: its case, created by that user (or, once erased, by a pseudonym)
      for (const s of all.filter((x) => x.acked)) {
        const c = s.caseId ? store.get('cases', s.caseId) : undefined;
        const ok =
          c !== undefined && (c.createdBy === s.aad || (s.erased === true && c.createdBy.startsWith('erased-')));
        if (ok && s.cycle === cycle) row.present++;
        if (!ok) {
          if (s.cycle === cycle) row.lost++;
          else row.lostEarlier++;
          problems.push(`lost: ${s.aad} (${s.caseId ?? 'no case id'})`);
        }
      }
      const owners = new Map<string, string[]>();
      for (const s of all.filter((x) => x.acked && x.caseId))
        owners.set(s.caseId!, [...(owners.get(s.caseId!) ?? []), s.aad]);
      const reused = [...owners.entries()].filter(([, users]) => users.length > 1);
      row.reused = reused.length;
      for (const [id, users] of reused.slice(0, 5))
        problems.push(`case number ${id} acknowledged to ${users.join(' and ')}`);
      if (store.events({ type: 'person.erased' }).length < all.filter((s) => s.erased).length)
        problems.push('fewer person.erased events than acknowledged erasures');
      await store.close();
    } catch (err) {
      problems.push(`store did not open: ${(err as Error).message.split('\n')[0]}`);
      row.lost = acked.length;
    }
    const left = filesContaining(
      dataDir,
      all.filter((s) => s.erased).map((s) => s.aad),
    );
    row.erasedLeft = left.length;
    problems.push(...left.slice(0, 5).map((l) => `erased user still on disk: ${l}`));
    rows.push(row);
    if (
      row.lost ||
      row.lostEarlier ||
      row.reused ||
      row.erasedLeft ||
      !files.valid ||
      restarted !== 'yes' ||
      row.second !== 'refused'
    )
      failed = true;
    print(
      `  acknowledged ${acked.length}, present ${row.present}, lost ${row.lost}, earlier cycles' writes missing now ${row.lostEarlier}, case numbers reused ${row.reused}, ` +
        `erased users still on disk ${row.erasedLeft}; data files ${files.valid ? 'valid' : 'INVALID'} (${files.generation}, snapshot ${files.snapshot}, ${files.segments} journal segments, ${files.lines} lines${files.unfinishedLastLine ? ', an unfinished last line' : ''}); restarted: ${restarted}; ${viaBot}`,
    );
    for (const p of files.problems) print(`    file problem: ${p}`);
    for (const p of problems.slice(0, 10)) print(`    ${p}`);

    if (cycle < CYCLES) bot = await startBotProcess(REPO, env());
  }
  await connector.stop();

  const sum = (k: 'sent' | 'acked' | 'present' | 'lost' | 'reused' | 'erasedLeft' | 'sweeps') =>
    rows.reduce((n, r) => n + r[k], 0);
  const lostTotal = sum('lost') + (rows.at(-1)?.lostEarlier ?? 0);
  print();
  print(
    'cycle  sent  acknowledged  present  lost  reused ids  erasures  sweeps  second process  erased left  data files',
  );
  for (const r of rows) {
    print(
      `${String(r.cycle).padStart(5)}  ${String(r.sent).padStart(4)}  ${String(r.acked).padStart(12)}  ${String(r.present).padStart(7)}  ${String(r.lost).padStart(4)}  ${String(r.reused).padStart(10)}  ` +
        `${r.erasures.padStart(8)}  ${String(r.sweeps).padStart(6)}  ${r.second.padStart(14)}  ${String(r.erasedLeft).padStart(11)}  ${r.files.valid ? 'valid' : 'INVALID'}${r.files.unfinishedLastLine ? ' (unfinished last line dropped on restart)' : ''}`,
    );
  }
  print(
    `Lost acknowledged writes: ${lostTotal} of ${sum('acked')} (every cycle's writes are checked again after each later kill).`,
  );
  print(
    `Reused case numbers: ${sum('reused')}. Erasures acknowledged: ${chaos.erasures} of ${chaos.erasuresTried}; retention sweeps: ${chaos.sweeps}; history rewrites (generations switched) during the bursts: ${chaos.rewrites}; erased users still on disk: ${sum('erasedLeft')}.`,
  );
  print(
    `Second process on the same DATA_DIR: refused ${rows.filter((r) => r.second === 'refused').length} of ${rows.length} times.`,
  );
  if (sum('acked') < 1000) {
    print('Fewer than 1,000 writes acknowledged: raise --requests or --kill-min.');
    failed = true;
  }
  if (chaos.erasures === 0 || chaos.sweeps === 0) {
    print(
      'No erasure or no retention sweep happened during the bursts: lower --erase-every / --sweep-every or raise --kill-min.',
    );
    failed = true;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  print(
    failed
      ? 'TARGET MISSED.'
      : 'Target met: 0 lost writes, 0 reused case numbers, every second process refused, data files valid after every kill.',
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`crash run failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
