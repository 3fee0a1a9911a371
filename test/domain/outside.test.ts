import { describe, expect, it } from 'vitest';
import { activeLink, eraseOutside, linkState, revoke, type OutsideRecord } from '../../src/domain/outside/outside.js';
import { anonymiseCase } from '../../src/domain/privacy/retention.js';
import { caseRecord } from '../support/case-record.js';

const now = new Date('2026-11-23T09:00:00Z');
const record: OutsideRecord = {
  links: [
    {
      id: 'a',
      key: 'panel:carla',
      name: 'Carla Smit',
      createdAt: '',
      createdBy: 'x',
      expiresAt: '2026-12-01T00:00:00Z',
    },
    { id: 'b', key: 'panel:bram', name: 'Bram', createdAt: '', createdBy: 'x', expiresAt: '2026-11-01T00:00:00Z' },
  ],
  input: [
    { key: 'panel:carla', name: 'Carla Smit', text: 'mijn inbreng', at: '' },
    { key: 'panel:anna', name: 'Anna', text: 'zoals Carla Smit zei', at: '' },
  ],
  conflicts: [{ key: 'panel:carla', name: 'Carla Smit', conflict: false, at: '' }],
};

describe('links and answers of people outside Teams', () => {
  it('a link works until it expires or is revoked', () => {
    expect(linkState(record.links[0]!, now)).toBe('active');
    expect(linkState(record.links[1]!, now)).toBe('expired');
    const revoked = revoke(record, 'panel:carla', now, 'aad-member');
    expect(linkState(revoked.links[0]!, now)).toBe('revoked');
    expect(activeLink(revoked, 'panel:carla', now)).toBeUndefined();
  });

  it('erasure removes what the person wrote and their name from what others wrote; retention drops it all', () => {
    const erased = eraseOutside(record, new Set(['panel:carla']), (t) => t.replace('Carla Smit', '[gewist]'));
    expect(JSON.stringify(erased)).not.toContain('Carla');
    expect(erased.input).toEqual([{ key: 'panel:anna', name: 'Anna', text: 'zoals [gewist] zei', at: '' }]);
    const c = caseRecord({ outside: record });
    expect(anonymiseCase(c, now)).not.toHaveProperty('outside');
  });
});
