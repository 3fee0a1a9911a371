import { describe, expect, it } from 'vitest';
import { earliestHeldOn, holdOutside } from '../../../src/domain/case/ending.js';
import { assessmentWhen } from '../../../src/domain/time.js';
import { caseRecord } from '../../support/case-record.js';

describe('earliestHeldOn', () => {
  it('is the local day the case was registered, not the UTC day', () => {
    expect(earliestHeldOn(caseRecord({ createdAt: '2026-12-07T10:00:00Z' }), 'Europe/Amsterdam')).toBe('2026-12-07');
    // 23:30 UTC on 6 December is already 7 December in Amsterdam
    expect(earliestHeldOn(caseRecord({ createdAt: '2026-12-06T23:30:00Z' }), 'Europe/Amsterdam')).toBe('2026-12-07');
  });
});

describe('holdOutside', () => {
  const input = {
    actor: 'aad-member',
    now: new Date('2026-12-07T12:00:00Z'),
    heldOn: '2026-12-07',
    slot: { start: '2026-12-07T08:00:00Z', end: '2026-12-07T09:30:00Z' },
    participants: [],
    panelPresent: [],
    algorithm: false,
  };
  it('follows a schedule that was called off with the next calendar sequence, so its notices stay out of date', () => {
    const first = holdOutside(caseRecord({ state: 'accepted' }), input).next.schedule!;
    expect(first).toMatchObject({ heldOutside: true, sequence: 0 });
    const calledOff = { ...first, heldOutside: false, sequence: 1, cancelledAt: '2026-12-01T10:00:00Z' };
    expect(holdOutside(caseRecord({ state: 'accepted', schedule: calledOff }), input).next.schedule!.sequence).toBe(2);
  });
});

describe('assessmentWhen', () => {
  const slot = { start: '2026-11-23T08:00:00Z' };
  it('shows the day and time of a planned assessment, and only the day of one held outside the bot', () => {
    expect(assessmentWhen({ slot }, 'Europe/Amsterdam', 'nl')).toBe('ma 23 nov 2026 09:00');
    expect(assessmentWhen({ slot, heldOutside: true }, 'Europe/Amsterdam', 'nl')).toBe('ma 23 nov 2026');
  });
});
