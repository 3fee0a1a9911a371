import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { clickKey, RESEND_WINDOW_MS, Resends } from '../../src/teams/routing/resends.js';

/** Work that counts how often it ran, and answers when released. */
function counted() {
  let runs = 0;
  let release: (v: string) => void = () => undefined;
  const work = () => {
    runs++;
    return new Promise<string>((resolve) => (release = resolve));
  };
  return { work, runs: () => runs, release: (v: string) => release(v) };
}

const key = (actorId: string, data: unknown, verb = 'triage.decline') =>
  clickKey({ actorId, verb, place: 'channel|card', locale: 'nl', data });

describe('the same click sent again (routing/resends.ts)', () => {
  it('the same data in another key order is the same click; another person, verb, place or data is not', () => {
    const k = key('a', { caseId: 'UTH-2026-001', rev: 3, reason: 'x' });
    expect(key('a', { reason: 'x', rev: 3, caseId: 'UTH-2026-001' })).toBe(k);
    expect(key('b', { caseId: 'UTH-2026-001', rev: 3, reason: 'x' })).not.toBe(k);
    expect(key('a', { caseId: 'UTH-2026-001', rev: 3, reason: 'x' }, 'triage.ask')).not.toBe(k);
    expect(key('a', { caseId: 'UTH-2026-001', rev: 4, reason: 'x' })).not.toBe(k);
    expect(
      clickKey({
        actorId: 'a',
        verb: 'triage.decline',
        place: 'chat|',
        locale: 'nl',
        data: { caseId: 'UTH-2026-001', rev: 3, reason: 'x' },
      }),
    ).not.toBe(k);
  });

  it('clicks at once are carried out once and all get its answer; sent again later too, within the window', async () => {
    const clock = new ManualClock('2026-12-07T09:00:00Z');
    const resends = new Resends<string>(clock);
    const w = counted();
    const all = [1, 2, 3].map(() => resends.once('k', 'a', true, w.work));
    w.release('gepland');
    expect(await Promise.all(all)).toEqual(['gepland', 'gepland', 'gepland']);
    clock.advance(RESEND_WINDOW_MS - 1);
    expect(await resends.once('k', 'a', true, w.work)).toBe('gepland');
    expect(w.runs()).toBe(1);
    clock.advance(1);
    const later = resends.once('k', 'a', true, w.work);
    w.release('opnieuw');
    expect(await later).toBe('opnieuw');
    expect(w.runs()).toBe(2);
  });

  it("an answer is kept until the person changes something else; another person's click or a view leaves it", async () => {
    const resends = new Resends<string>(new ManualClock('2026-12-07T09:00:00Z'));
    const run = (k: string, actor: string, keep: boolean, answer: string) =>
      resends.once(k, actor, keep, async () => answer);
    await run('plan', 'a', true, 'voorstellen 1');
    await run('view', 'a', false, 'stand');
    await run('other', 'b', true, 'iets van b');
    expect(await run('plan', 'a', true, 'voorstellen 2')).toBe('voorstellen 1');
    await run('confirm', 'a', true, 'gepland');
    expect(await run('plan', 'a', true, 'voorstellen 2')).toBe('voorstellen 2');
    // a view is shared only while it is being answered
    expect(await run('view', 'a', false, 'stand 2')).toBe('stand 2');
  });

  it("a message in between (forget) makes the person's next click a new one; another person's answers and clicks still being answered stay", async () => {
    const resends = new Resends<string>(new ManualClock('2026-12-07T09:00:00Z'));
    await resends.once('poll', 'a', true, async () => 'link 1');
    await resends.once('poll-b', 'b', true, async () => 'link b');
    const w = counted();
    const running = resends.once('slow', 'a', true, w.work);
    resends.forget('a');
    expect(await resends.once('poll', 'a', true, async () => 'link 2')).toBe('link 2');
    expect(await resends.once('poll-b', 'b', true, async () => 'link b 2')).toBe('link b');
    const copy = resends.once('slow', 'a', true, w.work);
    w.release('klaar');
    expect(await Promise.all([running, copy])).toEqual(['klaar', 'klaar']);
    expect(w.runs()).toBe(1);
  });

  it('a click that failed is carried out again when it comes again', async () => {
    const resends = new Resends<string>(new ManualClock('2026-12-07T09:00:00Z'));
    await expect(resends.once('k', 'a', true, () => Promise.reject(new Error('disk full')))).rejects.toThrow();
    expect(await resends.once('k', 'a', true, async () => 'gelukt')).toBe('gelukt');
  });
});
