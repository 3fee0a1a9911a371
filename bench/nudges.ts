/**
 * Fan-out benchmark: N follow-up nudges due at the same moment, sent through the real bot
 * (job scheduler, proactive sender, connector pipeline) to a fake Bot Connector that throttles
 * like Teams: more than LIMIT sends in any second are answered 429 with Retry-After.
 *
 *   npm run bench:nudges [-- --nudges 2000 --limit 50]
 *
 * Prints delivered, duplicates, lost, 429s seen, and the time against the rate-limit minimum
 * (N / LIMIT seconds).
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

const options = benchOptions(['nudges', 'limit']);
const NUDGES = options.number('nudges', 2000);
const LIMIT = options.number('limit', 50);

/** A connector that allows LIMIT sends per rolling second and counts what it accepted per conversation. */
function throttlingConnector() {
  const accepted = new Map<string, number>();
  const window: number[] = [];
  let throttled = 0;
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
      res.end(JSON.stringify({ id: `a-${++id}` }));
    });
  });
  return { server, accepted, throttled: () => throttled };
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

  await bot.stop();
  connector.server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exitCode = lost === 0 && duplicates === 0 ? 0 : 1;
}

void main();
