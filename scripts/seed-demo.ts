/**
 * Fills a data directory with a believable history of cases (2025–2026), written through the
 * store like the bot writes it, so the reports and the dashboard have something to show.
 *
 *   npm run seed:demo [-- ./data]      (only into an empty data directory)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../src/domain/clock.js';
import type { CaseRecord } from '../src/domain/case/case.js';
import { JournalStore } from '../src/store/journal-store.js';

const NAMES = [
  'Slimme lantaarnpalen',
  'Drukte tellen op pleinen',
  'Chatbot afvalvragen',
  'Risicoscore bijstand',
  'Parkeersensoren binnenstad',
  'Drones voor groenbeheer',
  'Koppeling leerplicht en jeugdhulp',
  'Dashboard wijkmeldingen',
  'Scanauto handhaving',
  'Voorspelling onderhoud kademuren',
];
const day = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

export async function seedDemo(dataDir: string, count = 30): Promise<string[]> {
  const clock = new ManualClock('2025-01-06T09:00:00Z');
  const store = await JournalStore.open({ dataDir, clock });
  if (store.all('cases').length > 0) {
    await store.close();
    throw new Error(`${dataDir} already holds cases; seed only an empty data directory`);
  }
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = day('2025-01-06T09:00:00Z', i * 21);
    const id = `UTH-${start.slice(0, 4)}-${String(i + 1).padStart(3, '0')}`;
    const high = i % 3 === 0;
    const assessed = i % 5 !== 4;
    const at = (d: number) => day(start, d);
    const record = (type: string, d: number, extra: Record<string, unknown> = {}) =>
      store.transact((tx) => tx.record({ type, actor: 'demo', caseId: id, at: at(d), ...extra }));
    if (i % 2 === 0)
      await store.transact((tx) =>
        tx.record({
          type: 'signal.detected',
          actor: 'system',
          at: at(-3),
          data: { signalId: `sig-demo-${i}`, score: 0.8, scope: 'channel' },
        }),
      );
    await record('case.created', 0, { to: 'intake', data: { origin: i % 2 === 0 ? 'signal' : 'command' } });
    if (i % 2 === 0) await record('signal.converted', 0, { data: { signalId: `sig-demo-${i}` } });
    await record('case.submit', 2, { from: 'intake', to: 'submitted' });
    await record('case.accept', 6, {
      from: 'submitted',
      to: 'accepted',
      data: { handlerId: 'demo-handler', impact: high ? 'high' : 'medium', suggestedImpact: high ? 'high' : 'medium' },
    });
    let state: CaseRecord['state'] = 'accepted';
    const advice: CaseRecord['advice'] = [];
    if (assessed) {
      await record('case.schedule', 8, {
        from: 'accepted',
        to: 'scheduled',
        data: { start: at(25), sequence: 0, urgent: false, panelIds: high ? ['p1'] : [], experts: 0 },
      });
      await record('case.record-assessment', 25, {
        from: 'scheduled',
        to: 'assessed',
        data: {
          heldAt: at(25).slice(0, 10),
          adviceCount: 2,
          panelPresent: high && i % 4 !== 0 ? ['p1'] : [],
          dpiaStatus: i % 4 === 1 ? 'in-progress' : 'done',
          algorithm: i % 3 === 1,
        },
      });
      for (let k = 0; k < 2; k++)
        advice.push({
          id: `adv-${i}-${k}`,
          text: `Advies ${k + 1}`,
          values: ['privacy'],
          dueDate: at(60 + k * 30).slice(0, 10),
          status: 'open',
          unansweredNudges: 0,
        });
      await record('case.start-follow-up', 30, { from: 'assessed', to: 'follow-up' });
      state = 'follow-up';
      if (i % 3 !== 2) {
        await record('advice.status', 70, { data: { itemId: `adv-${i}-0`, status: 'implemented' } });
        advice[0] = { ...advice[0]!, status: 'implemented' };
      }
    }
    clock.set(at(30));
    await store.transact((tx) =>
      tx.put('cases', {
        id,
        state,
        createdAt: at(0),
        updatedAt: at(30),
        createdBy: `demo-lead-${i}`,
        leadId: `demo-lead-${i}`,
        origin: { kind: i % 2 === 0 ? 'signal' : 'command' },
        intake: {
          projectName: NAMES[i % NAMES.length],
          leadIsMe: true,
          technologies: i % 3 === 1 ? ['algorithm-ai'] : ['sensors-iot'],
          dpiaStatus: 'done',
        },
        intakeStep: 'review',
        advice,
      }),
    );
    ids.push(id);
  }
  await store.close();
  return ids;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(process.argv[2] ?? process.env.DATA_DIR ?? './data');
  fs.mkdirSync(dir, { recursive: true });
  seedDemo(dir)
    .then((ids) => process.stdout.write(`Seeded ${ids.length} demo cases into ${dir}\n`))
    .catch((err: Error) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    });
}
