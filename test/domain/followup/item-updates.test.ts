import { describe, expect, it } from 'vitest';
import {
  allSettled,
  applyStatus,
  recordAnswer,
  recordDelivered,
  recordEscalation,
  recordNudge,
  snooze,
} from '../../../src/domain/followup/item-updates.js';
import { DEFAULT_FOLLOW_UP_POLICY, followUpPolicy } from '../../../src/domain/followup/policy.js';
import { at, followUpCase, item } from './fixtures.js';

describe('applyStatus', () => {
  it.each(['not-followed', 'no-longer-relevant'])('%s needs a non-empty reason', (status) => {
    expect(applyStatus(item(), status)).toEqual({ ok: false, error: { code: 'reason-required', status } });
    expect(applyStatus(item(), status, '   ')).toEqual({ ok: false, error: { code: 'reason-required', status } });
    expect(applyStatus(item(), status, '  budget cut  ')).toEqual({
      ok: true,
      item: { ...item(), status, statusReason: 'budget cut' },
    });
  });

  it('accepts the other statuses without a reason and drops an old reason', () => {
    const before = item({ status: 'not-followed', statusReason: 'old' });
    const result = applyStatus(before, 'implemented');
    expect(result).toEqual({ ok: true, item: { ...item(), status: 'implemented' } });
    expect(before.statusReason).toBe('old');
  });

  it('refuses a status that does not exist', () => {
    expect(applyStatus(item(), 'done')).toEqual({ ok: false, error: { code: 'unknown-status', status: 'done' } });
  });

  it('refuses no status at all: nothing was chosen', () => {
    expect(applyStatus(item(), '')).toEqual({ ok: false, error: { code: 'no-status' } });
  });
});

describe('snooze', () => {
  const policy = followUpPolicy();
  it('a week: +7 days, moved past Tweede Pinksterdag to the start of office hours', () => {
    expect(snooze(item(), 'week', at('2026-05-18 14:30'), policy).item.snoozedUntil).toBe(
      at('2026-05-26 09:00').toISOString(),
    );
  });
  it('a month: +1 calendar month, moved past Koningsdag', () => {
    expect(snooze(item(), 'month', at('2026-03-27 14:30'), policy).item.snoozedUntil).toBe(
      at('2026-04-28 09:00').toISOString(),
    );
  });
  it('a month from 31 January ends in February (Saturday 28th → Monday 2 March)', () => {
    expect(snooze(item(), 'month', at('2026-01-31 11:00'), policy).item.snoozedUntil).toBe('2026-03-02T08:00:00.000Z');
  });
});

describe('the snooze limit', () => {
  const policy = followUpPolicy();
  it('the first two snoozes in a row count as an answer, the third does not; a change of status starts again', () => {
    const nudged = { ...item(), unansweredNudges: 1, lastNudgeAt: at('2026-05-04 09:00').toISOString() };
    const one = snooze(nudged, 'week', at('2026-05-04 10:00'), policy);
    const two = snooze({ ...one.item, unansweredNudges: 1 }, 'week', at('2026-05-12 10:00'), policy);
    const three = snooze(
      { ...two.item, unansweredNudges: 1, lastNudgeAt: at('2026-05-19 09:00').toISOString() },
      'week',
      at('2026-05-19 10:00'),
      policy,
    );
    expect([one.counted, two.counted, three.counted]).toEqual([true, true, false]);
    expect([one.item.unansweredNudges, two.item.unansweredNudges, three.item.unansweredNudges]).toEqual([0, 0, 1]);
    expect(three.item.snoozesInRow).toBe(3);
    const progressed = applyStatus(three.item, 'in-progress');
    expect(progressed.ok && progressed.item.snoozesInRow).toBeUndefined();
    const same = applyStatus(three.item, 'open');
    expect(same.ok && same.item.snoozesInRow).toBe(3);
  });
});

describe('recording nudges and answers', () => {
  /** A nudge planned at `when` that arrived. */
  const arrived = (x: ReturnType<typeof item>, when: string) =>
    recordDelivered(recordNudge(x, at(when)), at(when).toISOString());

  it('counts nudges that arrived, and restarts the count after an answer', () => {
    const once = arrived(item(), '2026-05-04 09:00');
    const twice = arrived(once, '2026-05-11 09:00');
    expect([once.unansweredNudges, twice.unansweredNudges, twice.lastNudgeAt]).toEqual([
      1,
      2,
      at('2026-05-11 09:00').toISOString(),
    ]);
    expect(recordAnswer(twice, at('2026-05-12 10:00')).unansweredNudges).toBe(0);
    // An answer the caller did not reset yet still counts as an answer.
    expect(
      arrived({ ...twice, lastAnswerAt: at('2026-05-12 10:00').toISOString() }, '2026-05-19 09:00').unansweredNudges,
    ).toBe(1);
  });

  it('a nudge counts only once it has arrived, once, and not when answered or followed by another first', () => {
    const planned = recordNudge(item({ unansweredNudges: 1 }), at('2026-05-04 09:00'));
    const when = at('2026-05-04 09:00').toISOString();
    // planned (being sent, retried, or never delivered): paces the next one, counts for nothing
    expect(planned).toMatchObject({ unansweredNudges: 1, lastNudgeAt: when, pendingNudgeAt: when });
    const delivered = recordDelivered(planned, when);
    expect(delivered.unansweredNudges).toBe(2);
    expect(delivered.pendingNudgeAt).toBeUndefined();
    expect(recordDelivered(delivered, when)).toBe(delivered);
    // a job from before this rule (no moment) or about an earlier nudge changes nothing
    expect(recordDelivered(planned, undefined)).toBe(planned);
    const later = recordNudge(planned, at('2026-05-11 09:00'));
    expect(recordDelivered(later, when)).toBe(later);
    // answered while it was on its way: the count stays reset
    const answered = recordAnswer(planned, at('2026-05-04 09:05'));
    expect(recordDelivered(answered, when).unansweredNudges).toBe(0);
  });

  it('never lowers the escalation level', () => {
    expect(recordEscalation(item(), 'handler').escalation).toBe('handler');
    expect(recordEscalation(item({ escalation: 'report' }), 'handler').escalation).toBe('report');
  });
});

describe('allSettled', () => {
  it('needs at least one item and every item settled', () => {
    expect(allSettled(followUpCase([]))).toBe(false);
    expect(allSettled(followUpCase([item({ status: 'implemented' }), item({ id: 'a2', status: 'in-progress' })]))).toBe(
      false,
    );
    expect(
      allSettled(followUpCase([item({ status: 'implemented' }), item({ id: 'a2', status: 'no-longer-relevant' })])),
    ).toBe(true);
  });
});

describe('followUpPolicy', () => {
  it('has the documented defaults', () => {
    const { isHoliday, ...rest } = followUpPolicy();
    expect(rest).toEqual({
      tz: 'Europe/Amsterdam',
      cadenceWorkingDays: 5,
      officeHours: { start: '09:00', end: '17:00' },
      escalateToHandlerAfter: 2,
      escalateToReportAfter: 4,
      maxSnoozes: 2,
    });
    expect([
      isHoliday('2026-04-27'),
      isHoliday('2026-05-25'),
      isHoliday('2026-05-05'),
      isHoliday('2026-04-28'),
    ]).toEqual([true, true, false, false]);
    expect(isHoliday).toBe(DEFAULT_FOLLOW_UP_POLICY.isHoliday);
  });
  it('refuses policies that cannot work', () => {
    expect(() => followUpPolicy({ officeHours: { start: '17:00', end: '09:00' } })).toThrow(RangeError);
    expect(() => followUpPolicy({ officeHours: { start: '9:00', end: '17:00' } })).toThrow(RangeError);
    expect(() => followUpPolicy({ cadenceWorkingDays: 0 })).toThrow(RangeError);
    expect(() => followUpPolicy({ escalateToHandlerAfter: 3, escalateToReportAfter: 2 })).toThrow(RangeError);
  });
});
