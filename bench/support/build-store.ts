/**
 * Builds "ten years of data" for the benchmarks in a data directory, in its own process (so the
 * measuring process opens the store the way the bot does at start, without the builder's
 * garbage): CASES case documents and EVENTS audit events spread over 2016–2026 (or over the last
 * YEARS years before mid-2026), written through JournalStore in batches of BATCH per
 * transaction, then closed.
 *
 *   tsx bench/support/build-store.ts DATA_DIR [CASES] [EVENTS] [BATCH] [YEARS]
 *
 * Reports { ms, cases, events } to the parent (IPC) or prints it.
 */
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../../src/domain/clock.js';
import { JournalStore } from '../../src/store/journal-store.js';
import type { NewAuditEvent } from '../../src/store/store.js';
import { caseEvents, caseRecord, HISTORY_END, lastYears, TEN_YEARS } from './store-fixtures.js';

export interface BuildResult {
  ms: number;
  cases: number;
  events: number;
}

export async function buildStore(
  dataDir: string,
  cases: number,
  events: number,
  batch = 500,
  years?: number,
): Promise<BuildResult> {
  const span = years === undefined ? TEN_YEARS : lastYears(years);
  const started = performance.now();
  const clock = new ManualClock('2016-01-01T00:00:00Z');
  const store = await JournalStore.open({ dataDir, clock });
  if (store.all('cases').length > 0 || store.events().length > 0) throw new Error(`${dataDir} is not empty`);

  // Every case's own history (~40 events each), trimmed or topped up to exactly `events`, in time order.
  const all: NewAuditEvent[] = [];
  for (let n = 0; n < cases && all.length < events; n++) all.push(...caseEvents(n, cases, span));
  for (let n = 0; all.length < events; n++)
    all.push(...caseEvents(n % cases, cases, span).slice(0, events - all.length));
  all.length = events;
  all.sort((a, b) => a.at!.localeCompare(b.at!));

  for (let i = 0; i < all.length; i += batch) {
    const chunk = all.slice(i, i + batch);
    clock.set(chunk[chunk.length - 1]!.at!);
    await store.transact((tx) => {
      for (const e of chunk) tx.record(e);
    });
  }
  clock.set(new Date(HISTORY_END));
  for (let i = 0; i < cases; i += batch) {
    await store.transact((tx) => {
      for (let n = i; n < Math.min(cases, i + batch); n++) tx.put('cases', caseRecord(n, cases, undefined, span));
    });
  }
  await store.close();
  return { ms: performance.now() - started, cases, events };
}

if (process.argv[1]?.endsWith('build-store.ts')) {
  const [dataDir, cases = '5000', events = '200000', batch = '500', years] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: build-store.ts DATA_DIR [CASES] [EVENTS] [BATCH] [YEARS]');
  const result = await buildStore(
    dataDir,
    Number(cases),
    Number(events),
    Number(batch),
    years === undefined ? undefined : Number(years),
  );
  if (process.send) process.send(result);
  else console.log(JSON.stringify(result));
}
