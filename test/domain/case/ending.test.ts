import { describe, expect, it } from 'vitest';
import { earliestHeldOn } from '../../../src/domain/case/ending.js';
import { caseRecord } from '../../support/case-record.js';

describe('earliestHeldOn', () => {
  it('is the local day the case was registered, not the UTC day', () => {
    expect(earliestHeldOn(caseRecord({ createdAt: '2026-12-07T10:00:00Z' }), 'Europe/Amsterdam')).toBe('2026-12-07');
    // 23:30 UTC on 6 December is already 7 December in Amsterdam
    expect(earliestHeldOn(caseRecord({ createdAt: '2026-12-06T23:30:00Z' }), 'Europe/Amsterdam')).toBe('2026-12-07');
  });
});
