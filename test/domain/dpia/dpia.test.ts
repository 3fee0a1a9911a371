import { describe, expect, it } from 'vitest';
import { currentDpia, migrateDpiaTickBox, parseDpia, recordDpia } from '../../../src/domain/dpia/dpia.js';
import { caseRecord } from '../../support/case-record.js';

const now = new Date('2026-11-23T09:00:00Z');
// as data of an older version has it: the DPIA ticked in the intake, no DPIA record of its own
const accepted = caseRecord({
  state: 'accepted',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
  submittedAt: '2026-11-02T09:00:00Z',
  intake: { dpiaStatus: 'done' },
});

describe('the DPIA record', () => {
  it('reads a form: not needed needs a reason, done needs a date not after today, links are https', () => {
    expect(parseDpia({ status: 'maybe' }, '2026-11-23').errors).toEqual([{ field: 'status', code: 'status' }]);
    expect(parseDpia({ status: 'not-needed' }, '2026-11-23').errors).toEqual([
      { field: 'reason', code: 'reasonRequired' },
    ]);
    expect(parseDpia({ status: 'done' }, '2026-11-23').errors).toEqual([{ field: 'date', code: 'dateRequired' }]);
    expect(parseDpia({ status: 'done', date: '2026-11-24' }, '2026-11-23').errors).toEqual([
      { field: 'date', code: 'futureDate' },
    ]);
    expect(parseDpia({ status: 'planned', date: '2026-13-01', link: 'ftp://x' }, '2026-11-23').errors).toEqual([
      { field: 'date', code: 'invalidDate' },
      { field: 'link', code: 'invalidUrl' },
    ]);
    expect(parseDpia({ status: 'unknown' }, '2026-11-23')).toEqual({ errors: [], input: { status: 'unknown' } });
  });

  it('recording what is already there changes nothing; a change is an event without the reason text', () => {
    const first = recordDpia(accepted, { status: 'done', date: '2026-11-20', reason: 'geheim' }, 'lead', now);
    expect(first.next.dpia).toMatchObject({ status: 'done', date: '2026-11-20', source: 'update', recordedBy: 'lead' });
    expect(first.events).toEqual([
      {
        type: 'dpia.recorded',
        actor: 'lead',
        data: { status: 'done', date: '2026-11-20', link: false, source: 'update' },
      },
    ]);
    const again = recordDpia(first.next, { status: 'done', date: '2026-11-20', reason: 'geheim' }, 'lead', now);
    expect(again.next).toBe(first.next);
    expect(again.events).toEqual([]);
  });

  it('data of an older version: the ticked status becomes a record without a date, drafts stay as they are', () => {
    const migrated = migrateDpiaTickBox(accepted);
    expect(migrated.dpia).toEqual({
      status: 'done',
      recordedAt: '2026-11-02T09:00:00Z',
      recordedBy: 'system',
      source: 'migration',
    });
    expect(migrateDpiaTickBox({ ...accepted, state: 'intake' }).dpia).toBeUndefined();
    expect(currentDpia({ ...accepted, state: 'submitted' })).toMatchObject({ status: 'done', source: 'intake' });
  });
});
