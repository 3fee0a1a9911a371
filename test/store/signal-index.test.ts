import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { SignalRecord } from '../../src/domain/signal/signal.js';
import { JournalStore } from '../../src/store/journal-store.js';
import { Signals } from '../../src/store/repositories/signals.js';
import type { Store } from '../../src/store/store.js';
import { Rng } from '../../bench/reliability/prng.js';
import { dataDir } from './helpers.js';

const clock = new ManualClock('2026-03-02T09:00:00Z');
const AUTHORS = ['a', 'b', 'c', 'd'];
const CHANNELS = ['19:x@thread.tacv2', '19:y@thread.tacv2'];

/** What the index must answer, by scanning every signal (how the repository answered before). */
const scan = {
  byAuthor: (store: Store, authorId: string) => store.find('signals', (s) => s.authorId === authorId),
  recognisedParent: (store: Store, parentId: string, threadKey: string | undefined) =>
    store
      .find('signals', (s) => s.messageId === parentId || (s.scope === 'channel' && s.threadKey === threadKey))
      .some((s) => s.dismissReason !== 'not-a-project'),
};

function randomSignal(rng: Rng, n: number): SignalRecord {
  const scope = rng.pick(['channel', 'groupChat', 'personal'] as const);
  const root = `m${rng.int(0, 30)}`;
  const channel = rng.pick(CHANNELS);
  return {
    id: `sig-${n}`,
    authorId: rng.pick(AUTHORS),
    scope,
    threadKey: scope === 'channel' ? `${channel};messageid=${root}` : `19:chat@thread.v2#${root}`,
    fingerprint: [n],
    status: 'open',
    createdAt: clock.now().toISOString(),
    expiresAt: '2026-04-01T00:00:00.000Z',
    conversationId: scope === 'channel' ? `${channel};messageid=${root}` : '19:chat@thread.v2',
    messageId: `m${rng.int(0, 30)}`,
  };
}

describe('the signal index', () => {
  it('answers "whose signals" and "is this parent recognised" as a scan of every signal would, through creates, answers, deletes and a history rewrite', async () => {
    const store = await JournalStore.open({ dataDir: dataDir(), clock });
    const signals = new Signals(store, clock);
    const rng = new Rng(7);
    const check = () => {
      for (const author of [...AUTHORS, 'e', 'nobody'])
        expect(signals.byAuthor(author).map((s) => s.id)).toEqual(scan.byAuthor(store, author).map((s) => s.id));
      for (let m = 0; m < 31; m++)
        for (const thread of [undefined, ...CHANNELS.map((c) => `${c};messageid=m${m}`)])
          expect(signals.recognisedParent(`m${m}`, thread)).toBe(scan.recognisedParent(store, `m${m}`, thread));
    };
    let answeredAsNoProject = 0;
    for (let n = 0; n < 300; n++) {
      const r = rng.next();
      const existing = store.all('signals');
      if (r < 0.62 || existing.length === 0) {
        await signals.create(randomSignal(rng, n), {});
      } else if (r < 0.85) {
        // answered: the message is no longer named; "not a project" no longer counts as recognised
        const s = rng.pick(existing);
        const reason = rng.pick(['not-a-project', 'already-registered'] as const);
        if (reason === 'not-a-project') answeredAsNoProject++;
        await signals.update(s.id, (current) => ({
          next: {
            id: current.id,
            authorId: current.authorId,
            scope: current.scope,
            threadKey: current.threadKey,
            fingerprint: current.fingerprint,
            createdAt: current.createdAt,
            expiresAt: current.expiresAt,
            status: 'dismissed',
            dismissReason: reason,
          },
        }));
      } else if (r < 0.97) {
        await store.transact((tx) => tx.delete('signals', rng.pick(existing).id));
      } else {
        // an erasure: one author's signals go, another's are handed to a pseudonym
        const [gone, renamed] = [rng.pick(AUTHORS), rng.pick(AUTHORS)];
        await store.rewriteHistory({
          doc: (collection, doc) => {
            if (collection !== 'signals') return doc;
            const s = doc as SignalRecord;
            if (s.authorId === gone) return null;
            return s.authorId === renamed ? { ...s, authorId: 'e' } : s;
          },
        });
      }
      if (n % 10 === 0) check();
    }
    check();
    expect(answeredAsNoProject).toBeGreaterThan(10);
    expect(store.all('signals').length).toBeGreaterThan(20);
    // a repository made later on the same store is given everything it holds
    const later = new Signals(store, clock);
    for (const author of AUTHORS)
      expect(later.byAuthor(author).map((s) => s.id)).toEqual(scan.byAuthor(store, author).map((s) => s.id));
    await store.close();
  });
});
