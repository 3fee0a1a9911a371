import { describe, expect, it } from 'vitest';
import { clearanceIssues, reasonToLeave, vogExpiresOn, withoutNda } from '../../../src/domain/schedule/clearance.js';
import {
  assessmentHeld,
  expenseRows,
  formatAmount,
  parseAmount,
  putExpense,
  type PanelExpense,
} from '../../../src/domain/schedule/expenses.js';

describe('panel clearance: NDA and VOG', () => {
  it('a member stored before the dates existed is valid data, with both missing', () => {
    expect(clearanceIssues({}, '2026-12-06', 36)).toEqual([{ code: 'nda-missing' }, { code: 'vog-missing' }]);
  });

  it('a VOG counts for the configured months; on the day they end it no longer does', () => {
    expect(vogExpiresOn('2024-02-29', 12)).toBe('2025-02-28');
    const member = { ndaSignedOn: '2025-01-10', vogDate: '2023-12-06' };
    expect(clearanceIssues(member, '2026-12-05', 36)).toEqual([]);
    expect(clearanceIssues(member, '2026-12-06', 36)).toEqual([
      { code: 'vog-expired', date: '2023-12-06', expiredOn: '2026-12-06' },
    ]);
    expect(clearanceIssues(member, '2026-12-06', 48)).toEqual([]);
  });

  it('only panel members without an NDA on record are kept from the case description', () => {
    const panel = [{ id: 'p1', ndaSignedOn: '2026-01-05' }, { id: 'p2' }];
    const people = [
      { role: 'handler', name: 'Sanne' },
      { role: 'panel', panelId: 'p1', name: 'Carla' },
      { role: 'panel', panelId: 'p2', name: 'Sara' },
      // a member whose record is gone has no NDA on record either
      { role: 'panel', panelId: 'p3', name: 'Bram' },
      { role: 'expert', name: 'Jan', email: 'jan@utrecht.example' },
    ];
    expect(withoutNda(people, panel).map((p) => p.name)).toEqual(['Sara', 'Bram']);
  });

  it('a member leaves an assessment when no longer active, or unavailable on its day', () => {
    const member = { active: true, unavailable: ['2026-12-21'] };
    expect(reasonToLeave(member, '2026-12-22')).toBeUndefined();
    expect(reasonToLeave(member, '2026-12-21')).toBe('unavailable');
    expect(reasonToLeave({ ...member, active: false }, '2026-12-22')).toBe('inactive');
  });
});

describe('expense amounts', () => {
  it.each([
    ['12,50', 'nl', 1250],
    ['€ 12,50', 'nl', 1250],
    ['12.50', 'nl', 1250],
    ['1.250,00', 'nl', undefined], // over the maximum
    ['1.000,00', 'nl', 100_000],
    ['250', 'nl', 25_000],
    ['0', 'nl', 0],
    ['', 'nl', 0],
    ['12.5', 'en', 1250],
    ['1,000.00', 'en', 100_000],
    ['12,50', 'en', 1250],
    ['-5', 'nl', undefined],
    ['12,505', 'nl', undefined],
    ['twaalf', 'nl', undefined],
    ['1000,01', 'nl', undefined],
    ['1e3', 'en', undefined],
  ] as const)('%s (%s) → %s cents', (input, locale, cents) => {
    expect(parseAmount(input, locale)).toBe(cents);
  });

  it('writes euro with a decimal comma in Dutch and a point in English', () => {
    expect(formatAmount(1250, 'nl')).toBe('12,50');
    expect(formatAmount(7, 'en')).toBe('0.07');
    expect(formatAmount(100_000, 'nl')).toBe('1000,00');
  });
});

describe('expenses per member per held assessment', () => {
  const e = (panelId: string, start: string, travel: number, fee = 0): PanelExpense => ({
    panelId,
    assessmentStart: start,
    travelCents: travel,
    feeCents: fee,
    enteredBy: 'aad-m',
    enteredAt: '2026-12-01T10:00:00.000Z',
  });

  it('an assessment counts as held once it began and was not called off', () => {
    const slot = { start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T11:00:00.000Z' };
    const s = { slot, participants: [], uid: 'u', sequence: 0, confirmedAt: '', confirmedBy: '' };
    expect(assessmentHeld({ schedule: s }, new Date('2026-12-01T08:59:00Z'))).toBe(false);
    expect(assessmentHeld({ schedule: s }, new Date('2026-12-01T09:00:00Z'))).toBe(true);
    expect(assessmentHeld({ schedule: { ...s, cancelledAt: 'x' } }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(assessmentHeld({}, new Date())).toBe(false);
  });

  it('a new entry for the same member and assessment replaces the old one', () => {
    const list = putExpense([e('a', 'S1', 100), e('b', 'S1', 200)], e('a', 'S1', 300));
    expect(list.map((x) => [x.panelId, x.travelCents])).toEqual([
      ['b', 200],
      ['a', 300],
    ]);
  });

  it('the export takes the period by local assessment date, both ends included, sorted', () => {
    const cases = [
      { id: 'UTH-2026-002', expenses: [e('b', '2026-03-31T22:30:00.000Z', 500, 2500)] }, // 1 April in Amsterdam (summer time)
      { id: 'UTH-2026-001', expenses: [e('b', '2026-01-01T09:00:00.000Z', 1), e('a', '2026-03-31T09:00:00Z', 2)] },
    ];
    const rows = expenseRows(cases, { from: '2026-01-01', to: '2026-03-31' }, 'Europe/Amsterdam', (id) =>
      id === 'a' ? 'Anna' : 'Bram',
    );
    expect(rows).toEqual([
      { member: 'Bram', caseId: 'UTH-2026-001', date: '2026-01-01', travelCents: 1, feeCents: 0 },
      { member: 'Anna', caseId: 'UTH-2026-001', date: '2026-03-31', travelCents: 2, feeCents: 0 },
    ]);
  });
});
