/**
 * Fan-out benchmark: N follow-up nudges due at the same moment, sent through the real bot
 * (job scheduler, proactive sender, connector pipeline) to a fake Bot Connector that throttles
 * like Teams: more than LIMIT sends in any second are answered 429 with Retry-After. Then one
 * assessment notice to RECIPIENTS participants through the same connector, of whom UNREACHABLE
 * have no chat with the bot and share no team with it: those must be reported to the case
 * handler in Team Uthiek's channel, every other one delivered once.
 *
 *   npm run bench:nudges [-- --nudges 2000 --limit 50 --recipients 200 --unreachable 10]
 *
 * Prints delivered, duplicates, lost, 429s seen, and the time against the rate-limit minimum
 * (N / LIMIT seconds), for each part.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config/env.js';
import { startBot } from '../src/compose.js';
import { ManualClock } from '../src/domain/clock.js';
import type { CaseRecord } from '../src/domain/case/case.js';
import { benchOptions } from './support/args.js';

const options = benchOptions(['nudges', 'limit', 'recipients', 'unreachable']);
const NUDGES = options.number('nudges', 2000);
const LIMIT = options.number('limit', 50);
const RECIPIENTS = options.number('recipients', 200);
const UNREACHABLE = options.number('unreachable', 10);
const TEAM = '19:team-uthiek@thread.tacv2';
const CHANNEL = '19:triage@thread.tacv2';

/** A connector that allows LIMIT sends per rolling second and counts what it accepted per conversation. */
function throttlingConnector() {
  const accepted = new Map<string, number>();
  const window: number[] = [];
  let throttled = 0;
  let channelPosts = 0;
  let id = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(decodeURIComponent(req.url ?? ''));
      const now = Date.now();
      while (window.length && now - window[0]! >= 1000) window.shift();
      if (window.length >= LIMIT) {
        throttled++;
        const wait = Math.max(0.05, (1000 - (now - window[0]!)) / 1000);
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': wait.toFixed(2) });
        res.end(JSON.stringify({ error: { code: 'Throttled' } }));
        return;
      }
      window.push(now);
      if (match && req.method === 'POST') accepted.set(match[1]!, (accepted.get(match[1]!) ?? 0) + 1);
      res.writeHead(201, { 'content-type': 'application/json' });
      // a new channel post (POST /v3/conversations) is named "<channel>;messageid=<id>"
      const post = `a-${++id}`;
      if (req.url === '/v3/conversations') {
        channelPosts++;
        res.end(JSON.stringify({ id: `${CHANNEL};messageid=${post}`, activityId: post }));
      } else res.end(JSON.stringify({ id: post }));
    });
  });
  return { server, accepted, throttled: () => throttled, channelPosts: () => channelPosts };
}

function seedCase(i: number, leadId: string, now: string): CaseRecord {
  return {
    id: `UTH-2026-${String(i + 1).padStart(4, '0')}`,
    state: 'follow-up',
    createdAt: now,
    updatedAt: now,
    createdBy: leadId,
    leadId,
    origin: { kind: 'command' },
    intake: { projectName: `Project ${i + 1}`, leadIsMe: true },
    intakeStep: 'review',
    triage: { suggestedImpact: 'medium', impact: 'medium', handlerId: 'aad-handler', requests: [] },
    advice: [
      {
        id: `adv-${i}`,
        text: 'Sla geen beelden op.',
        values: ['privacy'],
        ownerId: leadId,
        dueDate: '2027-01-11',
        status: 'open',
        unansweredNudges: 0,
      },
    ],
    decision: { overall: 'adopt', reason: 'ok', at: now },
    leadLocale: 'nl',
  };
}

async function main(): Promise<void> {
  const connector = throttlingConnector();
  await new Promise<void>((r) => connector.server.listen(0, '127.0.0.1', r));
  const serviceUrl = `http://127.0.0.1:${(connector.server.address() as AddressInfo).port}/`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uthiek-bench-nudges-'));
  const clock = new ManualClock('2027-01-08T09:00:00Z');
  const config = loadConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    JOB_INTERVAL_SECONDS: '3600',
    SEND_RATE_PER_SECOND: String(LIMIT),
    SEND_CONCURRENCY: '16',
    UTHIEK_TEAM_ID: TEAM,
    UTHIEK_CHANNEL_ID: CHANNEL,
  });
  const bot = await startBot(config, { clock });
  const { store } = bot.deps;
  const now = clock.now().toISOString();

  await store.transact((tx) => {
    for (let i = 0; i < NUDGES; i++) {
      const leadId = `aad-lead-${i}`;
      const conversationId = `a:lead-${i}`;
      tx.put('conversations', {
        id: conversationId,
        kind: 'personal',
        userId: leadId,
        tenantId: 't',
        reference: {
          channelId: 'msteams',
          serviceUrl,
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 't' },
          bot: { id: '28:bot' },
          user: { id: `29:${i}` },
        },
        installedAt: now,
        updatedAt: now,
      });
      const c = seedCase(i, leadId, now);
      tx.put('cases', c);
      tx.put('jobs', {
        id: `followup.plan:${c.id}:1`,
        kind: 'followup.plan',
        dueAt: '2027-01-11T08:00:00.000Z',
        status: 'pending',
        attempts: 0,
        payload: { caseId: c.id, seq: 1 },
        createdAt: now,
        updatedAt: now,
      });
    }
  });

  clock.set('2027-01-11T09:30:00Z'); // Monday, office hours
  const started = Date.now();
  const due = () =>
    store.find(
      'jobs',
      (j) =>
        j.status === 'pending' &&
        j.dueAt <= clock.now().toISOString() &&
        (j.kind === 'followup.plan' || j.kind === 'nudge.send'),
    );
  // Throttled sends are retried a minute later: let that simulated minute pass instead of stopping.
  for (;;) {
    if (due().length > 0) await bot.deps.jobs.tick();
    else {
      const later = store
        .find('jobs', (j) => j.status === 'pending' && j.kind === 'nudge.send')
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
      if (!later) break;
      clock.set(later.dueAt);
    }
  }
  const seconds = (Date.now() - started) / 1000;

  const perConversation = [...Array(NUDGES).keys()].map((i) => connector.accepted.get(`a:lead-${i}`) ?? 0);
  const delivered = perConversation.filter((n) => n >= 1).length;
  const duplicates = perConversation.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const lost = perConversation.filter((n) => n === 0).length;
  const jobs = store.find('jobs', (j) => j.kind === 'nudge.send');
  const byStatus = jobs.reduce<Record<string, number>>(
    (acc, j) => ({ ...acc, [j.status]: (acc[j.status] ?? 0) + 1 }),
    {},
  );
  const minimum = NUDGES / LIMIT;

  console.log(`nudges due: ${NUDGES}; connector limit: ${LIMIT}/s (429 with Retry-After above it)`);
  console.log(`delivered:  ${delivered}`);
  console.log(`duplicates: ${duplicates}`);
  console.log(`lost:       ${lost}`);
  console.log(`429s seen:  ${connector.throttled()}`);
  console.log(`send jobs:  ${JSON.stringify(byStatus)}`);
  console.log(
    `time:       ${seconds.toFixed(1)} s (rate-limit minimum ${minimum.toFixed(1)} s, ratio ${(seconds / minimum).toFixed(2)})`,
  );

  const notices = await assessmentNotices(bot, connector, clock, serviceUrl);

  await bot.stop();
  connector.server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exitCode = lost === 0 && duplicates === 0 && notices ? 0 : 1;
}

type Bot = Awaited<ReturnType<typeof startBot>>;

/** One assessment notice to RECIPIENTS people in Teams; true when none is lost, doubled or unreported. */
async function assessmentNotices(
  bot: Bot,
  connector: ReturnType<typeof throttlingConnector>,
  clock: ManualClock,
  serviceUrl: string,
): Promise<boolean> {
  const { store } = bot.deps;
  const now = clock.now().toISOString();
  const reference = (id: string, type: string) => ({
    channelId: 'msteams',
    serviceUrl,
    conversation: { id, conversationType: type, tenantId: 't' },
    bot: { id: '28:bot' },
  });
  const c: CaseRecord = {
    ...seedCase(NUDGES + 1, 'aad-p-0', now),
    state: 'scheduled',
    advice: [],
    schedule: {
      slot: { start: '2027-02-15T09:00:00.000Z', end: '2027-02-15T11:00:00.000Z' },
      participants: [...Array(RECIPIENTS).keys()].map((i) => ({
        role: i === 0 ? 'lead' : i === 1 ? 'handler' : 'member',
        aadObjectId: `aad-p-${i}`,
        name: `Deelnemer ${i}`,
      })),
      uid: 'bench-uid',
      sequence: 1,
      confirmedAt: now,
      confirmedBy: 'aad-p-1',
    },
  };
  c.triage = { ...c.triage!, handlerId: 'aad-p-1' };
  await store.transact((tx) => {
    tx.put('conversations', {
      id: CHANNEL,
      kind: 'channel',
      teamId: TEAM,
      channelId: CHANNEL,
      tenantId: 't',
      reference: reference(CHANNEL, 'channel'),
      installedAt: now,
      updatedAt: now,
    });
    // the last UNREACHABLE participants never talked to the bot and share no team with it
    for (let i = 0; i < RECIPIENTS - UNREACHABLE; i++)
      tx.put('conversations', {
        id: `a:p-${i}`,
        kind: 'personal',
        userId: `aad-p-${i}`,
        tenantId: 't',
        reference: { ...reference(`a:p-${i}`, 'personal'), user: { id: `29:p-${i}`, aadObjectId: `aad-p-${i}` } },
        installedAt: now,
        updatedAt: now,
      });
    tx.put('cases', c);
  });
  const sentBefore = connector.throttled();
  const postsBefore = connector.channelPosts();
  const started = Date.now();
  await bot.deps.jobs.enqueue({
    id: `schedule.notify:${c.id}:1`,
    kind: 'schedule.notify',
    dueAt: clock.now(),
    payload: { caseId: c.id, sequence: 1, kind: 'invite' },
  });
  const open = () =>
    store.find(
      'jobs',
      (j) =>
        (j.status === 'pending' || j.status === 'running') &&
        ['schedule.notify', 'schedule.notice', 'delivery.report'].includes(j.kind),
    );
  for (;;) {
    const pending = open();
    if (pending.length === 0) break;
    const next = pending.map((j) => j.dueAt).sort()[0]!;
    if (next > clock.now().toISOString()) clock.set(next);
    await bot.deps.jobs.tick();
  }
  const seconds = (Date.now() - started) / 1000;
  const counts = [...Array(RECIPIENTS).keys()].map((i) => connector.accepted.get(`a:p-${i}`) ?? 0);
  const reachable = counts.slice(0, RECIPIENTS - UNREACHABLE);
  const delivered = reachable.filter((n) => n >= 1).length;
  const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const records = bot.deps.deliveries.forCase(c.id).filter((d) => d.kind === 'assessment-notice');
  const undelivered = records.filter((d) => d.status === 'failed' || d.status === 'unknown');
  const reported = undelivered.filter((d) => d.reportedAt).length;
  const lost = RECIPIENTS - delivered - reported;
  const reports = connector.channelPosts() - postsBefore;
  const minimum = RECIPIENTS / LIMIT;

  console.log('');
  console.log(`assessment notice to ${RECIPIENTS} participants (${UNREACHABLE} with no way to reach them)`);
  console.log(`delivered:  ${delivered} of ${RECIPIENTS - UNREACHABLE} reachable`);
  console.log(`duplicates: ${duplicates}`);
  console.log(`reported:   ${reported} undelivered, in ${reports} post(s) to Team Uthiek's channel`);
  console.log(`lost:       ${lost} (neither delivered nor reported)`);
  console.log(`429s seen:  ${connector.throttled() - sentBefore}`);
  console.log(`records:    ${JSON.stringify(countBy(records.map((d) => d.status)))}`);
  console.log(
    `time:       ${seconds.toFixed(1)} s (rate-limit minimum ${minimum.toFixed(1)} s, ratio ${(seconds / minimum).toFixed(2)})`,
  );
  return lost === 0 && duplicates === 0 && reported === UNREACHABLE && records.length === RECIPIENTS;
}

function countBy(values: string[]): Record<string, number> {
  return values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
}

void main();
