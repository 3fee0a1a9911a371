import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import { anonymiseCase, dueForAnonymising, pseudonym, replaceId } from '../../../src/domain/privacy/person-data.js';

const now = new Date('2028-01-01T00:00:00Z');
const c: CaseRecord = {
  id: 'UTH-2026-001',
  state: 'closed',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  createdBy: 'aad-a',
  leadId: 'aad-a',
  origin: { kind: 'command' },
  intake: { projectName: 'P', leadIsMe: false, leadName: 'Noor Bakker', leadEmail: 'noor@x.nl', experts: 'Jan (jan@x.nl)', purpose: 'Doel' },
  intakeStep: 'review',
  advice: [{ id: 'a1', text: 'Advies', values: ['privacy'], ownerId: 'aad-b', ownerName: 'Olga', dueDate: '2026-03-01', status: 'implemented', unansweredNudges: 0 }],
  triage: { suggestedImpact: 'high', handlerId: 'aad-h', requests: [] },
};

describe('personal data', () => {
  it('a pseudonym is stable and says nothing about the person', () => {
    expect(pseudonym('aad-a')).toBe(pseudonym('aad-a'));
    expect(pseudonym('aad-a')).not.toContain('aad');
  });

  it('replaces an id wherever it stands', () => {
    expect(replaceId({ a: 'x', b: ['x', 'y'], c: { d: 'x' } }, 'x', 'z')).toEqual({ a: 'z', b: ['z', 'y'], c: { d: 'z' } });
  });

  it('anonymising keeps the facts and drops names, e-mail addresses and ids', () => {
    const a = anonymiseCase(c, now);
    expect(JSON.stringify(a)).not.toMatch(/Noor|noor@|jan@|Olga|aad-/);
    expect(a).toMatchObject({ state: 'closed', intake: { purpose: 'Doel' }, advice: [{ status: 'implemented' }] });
  });

  it('only finished cases past the retention period, once', () => {
    expect(dueForAnonymising(c, now, 365)).toBe(true);
    expect(dueForAnonymising(c, now, 1000)).toBe(false);
    expect(dueForAnonymising({ ...c, state: 'follow-up' }, now, 365)).toBe(false);
    expect(dueForAnonymising(anonymiseCase(c, now), now, 365)).toBe(false);
  });
});
