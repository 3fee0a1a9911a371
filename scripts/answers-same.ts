/**
 * What the bot answers to the commands and card actions of bench:turns' real mix, written to a
 * file, to compare two versions of the code (e.g. main and a branch that made them faster):
 *
 *   npx tsx scripts/answers-same.ts OUT [TEN_YEARS_DIR]     # in each checkout, then: diff OUT1 OUT2
 *
 * On ten years of data (built into a temporary directory unless TEN_YEARS_DIR holds a copy made by
 * `npx tsx bench/support/build-store.ts DIR 5000 200000 500`, which is left as it is), with a fixed
 * clock: 12 requests of each label (`help`, `mijn zaken`, `zaken`, `intake step`, `triage accept`,
 * `triage ask`) and 30 channel messages, one at a time, each followed by the background jobs it set
 * off; then `zaken` with filters and pages. Writes, per request, the HTTP answer and every post to
 * the fake Bot Connector, with what differs per run (ports, activity and signal ids, times) masked.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { benchUsers, LABELS, MEMBERS, planner, tenYearSettings } from '../bench/support/turns-mix.js';
import { loadConfig } from '../src/config/env.js';
import { startBot } from '../src/compose.js';
import { ManualClock } from '../src/domain/clock.js';
import { cardAction, personalMessage } from '../test/support/activities.js';

const [outArg, given] = process.argv.slice(2);
if (!outArg) throw new Error('usage: npx tsx scripts/answers-same.ts OUT [TEN_YEARS_DIR]');
const out = outArg;

const mask = (s: string) =>
  s
    .replace(/127\.0\.0\.1:[0-9]+/g, 'HOST')
    .replace(/"(id|timestamp|localTimestamp|replyToId|activityId)":"[^"]*"/g, '"$1":"X"')
    .replace(/sig-[0-9a-f]{20}/g, 'SIG')
    .replace(/act-[0-9]+(-[a-z0-9]+)?/g, 'ACT')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID');

function build(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, '..', 'bench', 'support', 'build-store.ts'), [
      dir,
      '5000',
      '200000',
      '500',
    ]);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`store builder exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-answers-'));
  const posts: string[] = [];
  let next = 1;
  const connector = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST') posts.push(`${req.url ?? ''} ${Buffer.concat(chunks).toString('utf8')}`);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(`{"id":"act-${next++}"}`);
    });
  });
  await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  const dataDir = path.join(root, 'data');
  if (given) fs.cpSync(given, dataDir, { recursive: true });
  else await build(dataDir);
  const clock = new ManualClock('2026-07-01T10:00:00Z');
  const bot = await startBot(loadConfig(tenYearSettings(dataDir)), { clock });
  const lines: string[] = [];
  const ask = async (title: string, body: string) => {
    posts.length = 0;
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const answer = await res.text();
    while ((await bot.deps.jobs.tick()) > 0);
    clock.advance(1000);
    // the order of posts from background jobs may vary: sorted
    lines.push(`== ${title} ${res.status}`, mask(answer), ...posts.map(mask).sort());
  };
  try {
    while ((await bot.deps.jobs.tick()) > 0);
    const plan = planner('real', serviceUrl, 'same', benchUsers(1000), 1001);
    for (const [k, label] of [...LABELS.slice(1), LABELS[0]!].entries())
      for (const r of plan.planOnly!('uthiek', `s${k}-`, label, label === 'channel' ? 30 : 12))
        await ask(label, r.body);
    const member = { id: `29:1${MEMBERS[0]!}`, aadObjectId: MEMBERS[0]!, name: 'Lid' };
    for (const text of ['zaken ingediend', 'zaken hoog', 'zaken mijn', 'zaken vraag midden', 'zaken geaccepteerd'])
      await ask(text, JSON.stringify(personalMessage(member, text, { serviceUrl, locale: 'nl-NL' })));
    for (const page of [1, 2, 50, 499, 500, 10_000])
      await ask(
        `page ${page}`,
        JSON.stringify(cardAction(member, 'cases.page', { page, filter: '' }, { serviceUrl, locale: 'nl-NL' })),
      );
  } finally {
    await bot.stop();
    connector.closeAllConnections();
    connector.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} lines written to ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
