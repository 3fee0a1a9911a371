import { describe, expect, it } from 'vitest';
import type { AdviceItem } from '../../../src/domain/case/case.js';
import { recordDelivered, recordEscalation, recordNudge } from '../../../src/domain/followup/item-updates.js';
import { nudgePlan } from '../../../src/domain/followup/nudge.js';
import { followUpPolicy } from '../../../src/domain/followup/policy.js';
import { ManualClock } from '../../../src/domain/clock.js';
import { at, followUpCase, item } from './fixtures.js';

/** Runs the plan every 15 minutes, storing what the caller would store (every nudge arrives), and returns what happened when. */
function simulate(start: string, end: string, first: AdviceItem): string[] {
  const policy = followUpPolicy();
  const clock = new ManualClock(at(start));
  let current = first;
  const log: string[] = [];
  while (clock.now() < at(end)) {
    for (const d of nudgePlan(followUpCase([current]), clock.now(), policy)) {
      log.push(`${clock.now().toISOString()} ${d.kind} ${d.unansweredNudges}`);
      current =
        d.kind === 'nudge'
          ? recordDelivered(recordNudge(current, clock.now()), clock.now().toISOString())
          : recordEscalation(current, d.kind === 'escalate-handler' ? 'handler' : 'report');
    }
    clock.advance(15 * 60_000);
  }
  return log;
}

describe('an ignored item over six weeks', () => {
  it('is nudged every 5 working days (skipping Koningsdag, Hemelvaart and Tweede Pinksterdag) and escalates once per level', () => {
    // Due Fri 24 Apr. +5 working days: 28,29,30 Apr, 1,4 May → Mon 4 May; then 5–8,11 → Mon 11 May;
    // then 12,13,15,18,19 (14 = Hemelvaartsdag) → Tue 19 May; then 20,21,22,26,27 (25 = Tweede Pinksterdag) → Wed 27 May;
    // then 28,29 May, 1,2,3 Jun → Wed 3 Jun. 09:00 local is 07:00Z in summer time.
    expect(simulate('2026-04-24 00:00', '2026-06-09 00:00', item({ dueDate: '2026-04-24' }))).toEqual([
      '2026-04-24T07:00:00.000Z nudge 0',
      '2026-05-04T07:00:00.000Z nudge 1',
      '2026-05-11T07:00:00.000Z nudge 2',
      '2026-05-11T07:00:00.000Z escalate-handler 2',
      '2026-05-19T07:00:00.000Z nudge 3',
      '2026-05-27T07:00:00.000Z nudge 4',
      '2026-05-27T07:00:00.000Z escalate-report 4',
      '2026-06-03T07:00:00.000Z nudge 5',
    ]);
  });
});
