import { DateTime } from 'luxon';
import type { AdviceItem, CaseRecord } from '../../../src/domain/case/case.js';
import { caseRecord } from '../../support/case-record.js';

/** An instant given as Amsterdam wall-clock time, e.g. at('2026-04-28 09:00'). */
export const at = (local: string): Date => DateTime.fromSQL(local, { zone: 'Europe/Amsterdam' }).toJSDate();

export function item(overrides: Partial<AdviceItem> = {}): AdviceItem {
  return {
    id: 'a1',
    text: 'Advice',
    values: ['privacy'],
    dueDate: '2026-04-24',
    status: 'open',
    unansweredNudges: 0,
    ...overrides,
  };
}

/** A case in follow-up with these advice items: lead 'aad-lead', handler 'aad-handler'. */
export const followUpCase = (advice: AdviceItem[], overrides: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({
    id: 'UTH-2026-001',
    state: 'follow-up',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-04-01T09:00:00.000Z',
    createdBy: 'aad-lead',
    leadId: 'aad-lead',
    advice,
    triage: { suggestedImpact: 'medium', handlerId: 'aad-handler', requests: [] },
    ...overrides,
  });
