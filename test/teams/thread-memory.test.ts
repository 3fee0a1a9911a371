import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { KEEP_MS, MAX_CHARS, parentIdOf, ThreadMemory } from '../../src/teams/thread-memory.js';

const CHANNEL = '19:general@thread.tacv2';
const activity = (id: string, conversationId: string, conversationType: string, replyToId?: string) =>
  ({ id, replyToId, conversation: { id: conversationId, conversationType } }) as Partial<Activity>;
const post = (id: string) => activity(id, `${CHANNEL};messageid=${id}`, 'channel');
const reply = (id: string, root: string, replyToId?: string) =>
  activity(id, `${CHANNEL};messageid=${root}`, 'channel', replyToId);
const chat = (id: string, replyToId?: string) => activity(id, '19:chat@thread.v2', 'groupChat', replyToId);

describe('parentIdOf', () => {
  it('is the thread root for a channel reply, replyToId when given, and nothing for a root or a plain chat message', () => {
    expect(parentIdOf(reply('r1', 'p1'))).toBe('p1');
    expect(parentIdOf(reply('r1', 'p1', 'p1'))).toBe('p1');
    expect(parentIdOf(post('p1'))).toBeUndefined();
    expect(parentIdOf(chat('c2', 'c1'))).toBe('c1');
    expect(parentIdOf(chat('c2'))).toBeUndefined();
  });
});

describe('ThreadMemory', () => {
  it('gives a reply the text of its parent, in the same channel or chat only', () => {
    const memory = new ThreadMemory(new ManualClock('2026-11-23T09:00:00Z'));
    memory.remember(post('p1'), 'de tekst van de post');
    memory.remember(chat('c1'), 'de tekst in de chat');
    expect(memory.parentOf(reply('r1', 'p1'))).toBe('de tekst van de post');
    expect(memory.parentOf(chat('c2', 'c1'))).toBe('de tekst in de chat');
    expect(memory.parentOf(activity('r1', '19:other@thread.tacv2;messageid=p1', 'channel'))).toBeUndefined();
    expect(memory.parentOf(post('p1'))).toBeUndefined();
  });

  it('forgets a text after the keeping time', () => {
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const memory = new ThreadMemory(clock);
    memory.remember(post('p1'), 'eerst');
    clock.advance(KEEP_MS - 1);
    expect(memory.parentOf(reply('r1', 'p1'))).toBe('eerst');
    clock.advance(1);
    expect(memory.parentOf(reply('r1', 'p1'))).toBeUndefined();
    memory.remember(post('p2'), 'later');
    expect(memory.size).toBe(1);
  });

  it('holds at most the given number of messages, the oldest go first, and only the start of a long one', () => {
    const memory = new ThreadMemory(new ManualClock('2026-11-23T09:00:00Z'), 3);
    for (const id of ['p1', 'p2', 'p3', 'p4']) memory.remember(post(id), `tekst ${id}`);
    expect(memory.size).toBe(3);
    expect(memory.parentOf(reply('r', 'p1'))).toBeUndefined();
    expect(memory.parentOf(reply('r', 'p4'))).toBe('tekst p4');
    memory.remember(post('p5'), 'x'.repeat(MAX_CHARS + 500));
    expect(memory.parentOf(reply('r', 'p5'))).toHaveLength(MAX_CHARS);
  });
});
