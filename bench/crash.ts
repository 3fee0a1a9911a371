/**
 * Crash test: the bot runs as its own process (as `npm start` does: node with tsx, src/index.ts,
 * local mode, a temporary DATA_DIR) and is killed with SIGKILL in the middle of a burst of
 * writes; then restarted on the same data directory. Every write the bot acknowledged (HTTP 200,
 * which it sends only after the case is saved) must be there after the restart, and the data
 * files must be valid.
 *
 *   npm run bench:crash [-- --cycles 3 --requests 1600 --concurrency 32 --seed 7]
 *
 * The write is "aanmelden" (register) from a new user each time: the bot creates the case in
 * one store transaction, then sends the first intake card, and only then answers 200
 * (src/teams/routes/intake.ts). The kill comes after a random number of acknowledgements.
 * After each kill: uthiek.json must parse and every journal line must parse, except an
 * unfinished last line; the restarted bot must listen; "mijn zaken" through the restarted bot
 * must list each acknowledged case; after a clean stop the store (JournalStore.open) must hold
 * every acknowledged case of every cycle so far. Exit code 1 if any write is lost, a file is
 * invalid, or fewer than 1,000 writes were acknowledged.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JournalStore } from '../src/store/journal-store.js';
import { systemClock } from '../src/domain/clock.js';
import { freshSeed, Rng } from './reliability/prng.js';
import { checkDataFiles, QuickConnector, startBotProcess, type BotProcess, type DataCheck } from './reliability/crash-support.js';
import { benchOptions } from './support/args.js';

const options = benchOptions(['cycles', 'requests', 'concurrency', 'seed', 'kill-min', 'kill-max']);
const CYCLES = options.number('cycles', 3);
const REQUESTS = options.number('requests', 1600);
const CONCURRENCY = options.number('concurrency', 32);
const SEED = options.text('seed') !== undefined ? options.number('seed', 0) >>> 0 : freshSeed();
const KILL_MIN = options.number('kill-min', 400);
const KILL_MAX = options.number('kill-max', 1100);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const print = (line = '') => process.stdout.write(`${line}\n`);

interface Sent {
  aad: string;
  conversationId: string;
  acked: boolean;
  caseId?: string;
}

const TENANT = '00000000-0000-0000-0000-000000000001';

function register(connectorUrl: string, aad: string, n: number, text = 'aanmelden') {
  return {
    type: 'message',
    id: `crash-${aad}-${n}`,
    channelId: 'msteams',
    serviceUrl: connectorUrl,
    timestamp: new Date().toISOString(),
    locale: 'nl-NL',
    text,
    textFormat: 'plain',
    from: { id: `29:${aad}`, name: `Gebruiker ${aad}`, aadObjectId: aad },
    recipient: { id: '28:uthiek-bot', name: 'Uthiek Bot' },
    conversation: { id: `a:personal-${aad}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

const caseIdIn = (texts: string[] | undefined) => texts?.map((t) => /UTH-\d{4}-\d{3,}/.exec(t)?.[0]).find(Boolean);

/** The burst: REQUESTS registrations from distinct users, CONCURRENCY at a time; SIGKILL after `killAfter` acknowledgements. */
async function burst(bot: BotProcess, connector: QuickConnector, cycle: number, killAfter: number, rng: Rng) {
  const sent: Sent[] = [];
  let acks = 0;
  let killed = false;
  let next = 0;
  let killedAt = 0;
  const started = performance.now();
  const worker = async () => {
    while (!killed && next < REQUESTS) {
      const i = next++;
      const aad = `crash-c${cycle}-u${String(i).padStart(5, '0')}`;
      const s: Sent = { aad, conversationId: `a:personal-${aad}`, acked: false };
      sent.push(s);
      try {
        const res = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(register(connector.url, aad, i)),
          signal: AbortSignal.timeout(30_000),
        });
        await res.text();
        if (res.status === 200) {
          s.acked = true;
          s.caseId = caseIdIn(connector.sent.get(s.conversationId));
          acks++;
          if (acks >= killAfter && !killed) {
            killed = true;
            killedAt = performance.now();
            // a random moment: now, or a moment later while other requests are in flight
            const delay = rng.int(0, 3);
            if (delay === 0) bot.child.kill('SIGKILL');
            else setTimeout(() => bot.child.kill('SIGKILL'), delay);
          }
        }
      } catch {
        /* refused or cut off by the kill: not acknowledged */
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (!killed) {
    killed = true;
    killedAt = performance.now();
    bot.child.kill('SIGKILL');
  }
  const exit = await bot.exited;
  return { sent, acks, seconds: (killedAt - started) / 1000, exit };
}

async function main(): Promise<number> {
  print(`Uthiek Bot crash test — seed ${SEED}, ${CYCLES} cycles of up to ${REQUESTS} registrations (concurrency ${CONCURRENCY}), SIGKILL after ${KILL_MIN}–${KILL_MAX} acknowledgements`);
  const rng = new Rng(SEED);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-crash-'));
  const connector = await new QuickConnector().start();
  const env = { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const allAcked: Sent[] = [];
  const allSent: Sent[] = [];
  const rows: { cycle: number; sent: number; acked: number; present: number; lost: number; lostEarlier: number; unackedPresent: number; files: DataCheck; restarted: string; viaBot: string; lostIds: string[]; seconds: number }[] = [];
  let failed = false;

  let bot = await startBotProcess(REPO, env);
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const killAfter = rng.int(KILL_MIN, KILL_MAX);
    const { sent, acks, seconds, exit } = await burst(bot, connector, cycle, killAfter, rng);
    allSent.push(...sent);
    const acked = sent.filter((s) => s.acked);
    allAcked.push(...acked);
    print(`Cycle ${cycle}: ${sent.length} registrations sent, ${acks} acknowledged in ${seconds.toFixed(1)} s, then SIGKILL (exit signal ${exit.signal ?? exit.code})`);

    // the files exactly as the kill left them
    const files = await checkDataFiles(dataDir);

    // restart on the same data: the store must open
    let restarted = 'yes';
    let viaBot = 'not checked';
    try {
      bot = await startBotProcess(REPO, env);
    } catch (err) {
      restarted = `NO: ${(err as Error).message.split('\n')[0]}`;
      failed = true;
    }
    if (restarted === 'yes') {
      // the restarted bot shows each acknowledged case to its owner ("mijn zaken")
      let shown = 0;
      const missing: string[] = [];
      for (let i = 0; i < acked.length; i += CONCURRENCY) {
        await Promise.all(
          acked.slice(i, i + CONCURRENCY).map(async (s, k) => {
            connector.sent.delete(s.conversationId);
            const res = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(register(connector.url, s.aad, 100_000 + i + k, 'mijn zaken')) });
            await res.text();
            const reply = (connector.sent.get(s.conversationId) ?? []).join('\n');
            if (res.status === 200 && s.caseId && reply.includes(s.caseId)) shown++;
            else missing.push(s.caseId ?? s.aad);
          }),
        );
      }
      viaBot = `${shown}/${acked.length} shown by "mijn zaken"${missing.length ? ` (missing: ${missing.slice(0, 5).join(', ')})` : ''}`;
      // a clean stop, then read the store directly
      bot.child.kill('SIGTERM');
      const stopped = await bot.exited;
      if (stopped.code !== 0) viaBot += `; clean stop exited with ${stopped.code ?? stopped.signal}`;
    }

    let present = 0;
    let lost = 0;
    let lostEarlier = 0;
    let unackedPresent = 0;
    const lostIds: string[] = [];
    const thisCycle = new Set(acked);
    try {
      const store = await JournalStore.open({ dataDir, clock: systemClock });
      const byCreator = new Map<string, string[]>();
      for (const c of store.all('cases')) byCreator.set(c.createdBy, [...(byCreator.get(c.createdBy) ?? []), c.id]);
      // every acknowledged write of this cycle, and again those of the cycles before
      for (const s of allAcked) {
        const ids = byCreator.get(s.aad) ?? [];
        const ok = ids.length > 0 && (!s.caseId || ids.includes(s.caseId));
        if (ok && thisCycle.has(s)) present++;
        if (!ok) {
          if (thisCycle.has(s)) lost++;
          else lostEarlier++;
          lostIds.push(`${s.aad}${s.caseId ? ` (${s.caseId})` : ''}`);
        }
      }
      for (const s of sent) if (!s.acked && byCreator.has(s.aad)) unackedPresent++;
      const duplicates = [...byCreator.entries()].filter(([aad, ids]) => aad.startsWith('crash-') && ids.length > 1);
      if (duplicates.length) lostIds.push(`${duplicates.length} users with more than one case`);
      await store.close();
    } catch (err) {
      lostIds.push(`store did not open: ${(err as Error).message}`);
      lost = acked.length;
      failed = true;
    }
    rows.push({ cycle, sent: sent.length, acked: acked.length, present, lost, lostEarlier, unackedPresent, files, restarted, viaBot, lostIds, seconds });
    if (lost || lostEarlier || !files.valid || restarted !== 'yes') failed = true;
    print(
      `  acknowledged ${acked.length}, present ${present}, lost ${lost}, earlier cycles' writes missing now ${lostEarlier}, unacknowledged but present ${unackedPresent}; ` +
        `data files ${files.valid ? 'valid' : 'INVALID'} (${files.generation}, snapshot ${files.snapshot}, ${files.segments} journal segments, ${files.lines} lines${files.unfinishedLastLine ? ', an unfinished last line' : ''}); restarted: ${restarted}; ${viaBot}`,
    );
    for (const p of files.problems) print(`    file problem: ${p}`);
    if (lostIds.length) print(`    lost: ${lostIds.slice(0, 10).join(', ')}`);

    if (cycle < CYCLES) bot = await startBotProcess(REPO, env);
  }
  await connector.stop();

  const total = rows.reduce(
    (s, r) => ({ sent: s.sent + r.sent, acked: s.acked + r.acked, present: s.present + r.present, unackedPresent: s.unackedPresent + r.unackedPresent }),
    { sent: 0, acked: 0, present: 0, unackedPresent: 0 },
  );
  const lostTotal = rows.reduce((s, r) => s + r.lost, 0) + (rows.at(-1)?.lostEarlier ?? 0);
  print();
  print('cycle  sent  acknowledged  present  lost  unacked-but-present  data files');
  for (const r of rows) {
    print(`${String(r.cycle).padStart(5)}  ${String(r.sent).padStart(4)}  ${String(r.acked).padStart(12)}  ${String(r.present).padStart(7)}  ${String(r.lost).padStart(4)}  ${String(r.unackedPresent).padStart(19)}  ${r.files.valid ? 'valid' : 'INVALID'}${r.files.unfinishedLastLine ? ' (unfinished last line dropped on restart)' : ''}`);
  }
  print(`total  ${String(total.sent).padStart(4)}  ${String(total.acked).padStart(12)}  ${String(total.present).padStart(7)}  ${String(lostTotal).padStart(4)}  ${String(total.unackedPresent).padStart(19)}  ${rows.every((r) => r.files.valid) ? 'valid' : 'INVALID'}`);
  print(`Lost writes: ${lostTotal} of ${total.acked} acknowledged (every cycle's writes are checked again after each later kill).`);
  if (total.acked < 1000) {
    print('Fewer than 1,000 writes acknowledged: raise --requests or --kill-min.');
    failed = true;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  print(failed ? 'TARGET MISSED.' : 'Target met: 0 lost writes, data files valid after every kill.');
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`crash run failed: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
