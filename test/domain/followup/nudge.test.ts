import { describe, expect, it } from 'vitest';
import { nextNudgeAt, nudgePlan, type NudgeDecision } from '../../../src/domain/followup/nudge.js';
import { followUpPolicy } from '../../../src/domain/followup/policy.js';
import { at, followUpCase, item } from './fixtures.js';

const policy = followUpPolicy();
const kinds = (decisions: NudgeDecision[]) => decisions.map((d) => d.kind);

describe('first nudge', () => {
  // Due Saturday 25 April 2026; Monday 27 April is Koningsdag.
  const c = followUpCase([item({ dueDate: '2026-04-25' })]);

  it('waits over the weekend and Koningsdag, then goes out at the start of office hours', () => {
    expect(nudgePlan(c, at('2026-04-25 10:00'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-04-26 10:00'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-04-27 10:00'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-04-28 08:59'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-04-28 09:00'), policy)).toEqual([
      {
        kind: 'nudge',
        caseId: 'UTH-2026-001',
        itemId: 'a1',
        unansweredNudges: 0,
        recipient: 'lead',
        recipientId: 'aad-lead',
      },
    ]);
  });

  it('nextNudgeAt points at that moment', () => {
    expect(nextNudgeAt(c.advice[0]!, at('2026-04-25 10:00'), policy)).toEqual(at('2026-04-28 09:00'));
  });

  it('is due on the due date itself, not before', () => {
    const thursday = followUpCase([item({ dueDate: '2026-04-30' })]);
    expect(nudgePlan(thursday, at('2026-04-29 10:00'), policy)).toEqual([]);
    expect(kinds(nudgePlan(thursday, at('2026-04-30 09:00'), policy))).toEqual(['nudge']);
  });

  it('follows daylight saving time: 09:00 local is 08:00Z in winter and 07:00Z in summer', () => {
    expect(nextNudgeAt(item({ dueDate: '2026-03-27' }), at('2026-03-01 10:00'), policy)?.toISOString()).toBe(
      '2026-03-27T08:00:00.000Z',
    );
    expect(nextNudgeAt(item({ dueDate: '2026-03-30' }), at('2026-03-01 10:00'), policy)?.toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('uses the injected holiday predicate instead of the Dutch calendar', () => {
    const custom = followUpPolicy({ isHoliday: (d) => d === '2026-04-24' });
    const friday = item({ dueDate: '2026-04-24' });
    expect(nextNudgeAt(friday, at('2026-04-24 08:00'), custom)).toEqual(at('2026-04-27 09:00'));
    expect(nextNudgeAt(friday, at('2026-04-24 08:00'), policy)).toEqual(at('2026-04-24 09:00'));
  });
});

describe('office hours', () => {
  const c = followUpCase([item({ dueDate: '2026-04-20' })]);
  it('nudges from 09:00 up to but not at 17:00', () => {
    expect(kinds(nudgePlan(c, at('2026-04-22 16:59'), policy))).toEqual(['nudge']);
    expect(nudgePlan(c, at('2026-04-22 17:00'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-04-22 08:59'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-04-22 22:00'), policy)).toEqual([]);
  });
  it('after hours, the next moment is the next working morning', () => {
    expect(nextNudgeAt(c.advice[0]!, at('2026-04-22 17:00'), policy)).toEqual(at('2026-04-23 09:00'));
    expect(nextNudgeAt(c.advice[0]!, at('2026-04-22 11:30'), policy)).toEqual(at('2026-04-22 11:30'));
  });
  it('honours configured office hours', () => {
    const late = followUpPolicy({ officeHours: { start: '10:00', end: '12:00' } });
    expect(nudgePlan(c, at('2026-04-22 09:30'), late)).toEqual([]);
    expect(kinds(nudgePlan(c, at('2026-04-22 11:59'), late))).toEqual(['nudge']);
    expect(nudgePlan(c, at('2026-04-22 12:00'), late)).toEqual([]);
  });
});

describe('cadence and snooze', () => {
  // Last nudge Tue 19 May; 5 working days later skips Tweede Pinksterdag (Mon 25 May): Wed 27 May.
  const nudged = item({
    dueDate: '2026-05-01',
    lastNudgeAt: at('2026-05-19 09:00').toISOString(),
    unansweredNudges: 1,
  });

  it('waits cadenceWorkingDays working days after the last nudge', () => {
    const c = followUpCase([nudged]);
    expect(nudgePlan(c, at('2026-05-22 10:00'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-05-26 16:59'), policy)).toEqual([]);
    expect(kinds(nudgePlan(c, at('2026-05-27 09:00'), policy))).toEqual(['nudge']);
    expect(nextNudgeAt(nudged, at('2026-05-21 10:00'), policy)).toEqual(at('2026-05-27 09:00'));
  });

  it('a shorter cadence comes sooner', () => {
    expect(nextNudgeAt(nudged, at('2026-05-19 10:00'), followUpPolicy({ cadenceWorkingDays: 1 }))).toEqual(
      at('2026-05-20 09:00'),
    );
  });

  it('skips a snoozed item until the snooze ends', () => {
    const snoozed = item({ dueDate: '2026-05-01', snoozedUntil: at('2026-06-02 09:00').toISOString() });
    const c = followUpCase([snoozed]);
    expect(nudgePlan(c, at('2026-05-27 10:00'), policy)).toEqual([]);
    expect(nudgePlan(c, at('2026-06-01 16:00'), policy)).toEqual([]);
    expect(kinds(nudgePlan(c, at('2026-06-02 09:00'), policy))).toEqual(['nudge']);
    expect(nextNudgeAt(snoozed, at('2026-05-27 10:00'), policy)).toEqual(at('2026-06-02 09:00'));
  });

  it('never nudges about settled items, nor cases that are not in follow-up', () => {
    const settled = followUpCase([
      item({ status: 'implemented' }),
      item({ id: 'a2', status: 'not-followed', statusReason: 'x' }),
    ]);
    expect(nudgePlan(settled, at('2026-05-27 10:00'), policy)).toEqual([]);
    expect(nextNudgeAt(settled.advice[0]!, at('2026-05-27 10:00'), policy)).toBeUndefined();
    expect(nudgePlan(followUpCase([item()], { state: 'assessed' }), at('2026-05-27 10:00'), policy)).toEqual([]);
  });
});

describe('escalation', () => {
  const due = at('2026-05-27 09:00'); // cadence reached for a nudge on 19 May
  const plan = (overrides: Parameters<typeof item>[0]) =>
    kinds(
      nudgePlan(
        followUpCase([
          item({ dueDate: '2026-05-01', lastNudgeAt: at('2026-05-19 09:00').toISOString(), ...overrides }),
        ]),
        due,
        policy,
      ),
    );

  it('fires to the handler at 2 and to the report at 4 unanswered nudges, each once', () => {
    expect(plan({ unansweredNudges: 1 })).toEqual(['nudge']);
    expect(plan({ unansweredNudges: 2 })).toEqual(['nudge', 'escalate-handler']);
    expect(plan({ unansweredNudges: 2, escalation: 'handler' })).toEqual(['nudge']);
    expect(plan({ unansweredNudges: 3, escalation: 'handler' })).toEqual(['nudge']);
    expect(plan({ unansweredNudges: 4, escalation: 'handler' })).toEqual(['nudge', 'escalate-report']);
    expect(plan({ unansweredNudges: 5, escalation: 'report' })).toEqual(['nudge']);
  });

  it('names the case handler', () => {
    const decisions = nudgePlan(
      followUpCase([item({ unansweredNudges: 2, lastNudgeAt: at('2026-05-19 09:00').toISOString() })]),
      due,
      policy,
    );
    expect(decisions[1]).toMatchObject({ kind: 'escalate-handler', handlerId: 'aad-handler', unansweredNudges: 2 });
  });

  it('an answer after the last nudge resets the count', () => {
    const answered = { unansweredNudges: 4, lastAnswerAt: at('2026-05-20 10:00').toISOString() };
    expect(plan(answered)).toEqual(['nudge']);
    expect(
      nudgePlan(
        followUpCase([item({ dueDate: '2026-05-01', lastNudgeAt: at('2026-05-19 09:00').toISOString(), ...answered })]),
        due,
        policy,
      )[0],
    ).toMatchObject({
      unansweredNudges: 0,
    });
    // An answer before the last nudge does not count.
    expect(plan({ unansweredNudges: 2, lastAnswerAt: at('2026-05-18 10:00').toISOString() })).toEqual([
      'nudge',
      'escalate-handler',
    ]);
  });

  it('follows configured thresholds', () => {
    const eager = followUpPolicy({ escalateToHandlerAfter: 1, escalateToReportAfter: 1 });
    const c = followUpCase([item({ unansweredNudges: 1, lastNudgeAt: at('2026-05-19 09:00').toISOString() })]);
    expect(kinds(nudgePlan(c, due, eager))).toEqual(['nudge', 'escalate-handler', 'escalate-report']);
  });
});

describe('recipients', () => {
  it('nudges the lead, or the owner of a delegated item', () => {
    const c = followUpCase([item(), item({ id: 'a2', delegated: true, ownerId: 'aad-owner' })]);
    const decisions = nudgePlan(c, at('2026-04-28 10:00'), policy);
    expect(decisions.map((d) => (d.kind === 'nudge' ? [d.itemId, d.recipient, d.recipientId] : []))).toEqual([
      ['a1', 'lead', 'aad-lead'],
      ['a2', 'owner', 'aad-owner'],
    ]);
  });
});
