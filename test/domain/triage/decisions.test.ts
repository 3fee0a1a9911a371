import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import { IllegalTransition } from '../../../src/domain/case/lifecycle.js';
import { accept, decline, markDuplicate, provideInfo, requestInfo } from '../../../src/domain/triage/decisions.js';
import { possibleDuplicates } from '../../../src/domain/triage/duplicates.js';
import { caseRecord } from '../../support/case-record.js';

const now = new Date('2026-11-23T10:00:00Z');
const base = (id: string, over: Partial<CaseRecord> = {}): CaseRecord =>
  caseRecord({
    id,
    state: 'submitted',
    createdAt: now.toISOString(),
    createdBy: 'lead',
    leadId: 'lead',
    intake: {
      projectName: "Slimme camera's drukte meten",
      purpose: "Drukte meten op pleinen met camera's",
      orgUnit: 'Veiligheid',
      technologies: ['cameras'],
    },
    triage: { suggestedImpact: 'high', requests: [] },
    ...over,
  });

describe('triage decisions', () => {
  it('accept records handler, impact, the suggestion and who decided', () => {
    expect(() => accept(base('A'), { actor: 'm1', handlerId: 'm2', impact: 'medium', now })).toThrow(/reason/);
    const d = accept(base('A'), { actor: 'm1', handlerId: 'm2', impact: 'medium', impactReason: ' Proef ', now });
    expect(d.next).toMatchObject({
      state: 'accepted',
      triage: { handlerId: 'm2', impact: 'medium', suggestedImpact: 'high', impactReason: 'Proef', decidedBy: 'm1' },
    });
    const same = accept(base('B'), { actor: 'm1', handlerId: 'm2', impact: 'high', impactReason: 'x', now });
    expect(same.next.triage).not.toHaveProperty('impactReason');
    expect(same.events[0]!.data).toMatchObject({ lowered: false });
    expect(d.events).toEqual([
      {
        type: 'case.accept',
        actor: 'm1',
        from: 'submitted',
        to: 'accepted',
        data: { handlerId: 'm2', impact: 'medium', suggestedImpact: 'high', lowered: true },
      },
    ]);
  });

  it('a question takes the case out of the queue until the lead answers', () => {
    const asked = requestInfo(base('A'), { actor: 'm1', question: "Welke camera's?", requestId: 'q1', now }).next;
    expect(asked.state).toBe('needs-info');
    const answered = provideInfo(asked, { actor: 'lead', requestId: 'q1', answer: "Telcamera's", now }).next;
    expect(answered.state).toBe('submitted');
    expect(answered.triage!.requests[0]).toMatchObject({ question: "Welke camera's?", answer: "Telcamera's" });
  });

  it('decline keeps the reason; duplicate points at the other case and merges into its history', () => {
    expect(decline(base('A'), { actor: 'm1', reason: 'Geen digitalisering', now }).next.triage!.declineReason).toBe(
      'Geen digitalisering',
    );
    const d = markDuplicate(base('B'), base('A'), { actor: 'm1', now });
    expect(d.next).toMatchObject({ state: 'duplicate', triage: { duplicateOf: 'A' } });
    expect(d.targetEvent).toEqual({ type: 'case.merged', actor: 'm1', caseId: 'A', data: { duplicate: 'B' } });
    expect(() => markDuplicate(base('A'), base('A'), { actor: 'm1', now })).toThrow();
  });

  it('refuses decisions the lifecycle does not allow', () => {
    expect(() => accept(base('A', { state: 'intake' }), { actor: 'm', handlerId: 'm', impact: 'low', now })).toThrow(
      IllegalTransition,
    );
  });

  it('suggests open cases with similar words as possible duplicates, not closed or unrelated ones', () => {
    const similar = base('B', {
      intake: {
        projectName: "Camera's voor drukte op pleinen",
        purpose: "Drukte meten met camera's",
        orgUnit: 'Veiligheid',
        technologies: ['cameras'],
      },
    });
    const closed = base('C', { state: 'declined', intake: similar.intake });
    const other = base('D', {
      intake: { projectName: 'Nieuwe bankjes in het park', purpose: 'Zitplekken', orgUnit: 'Groen' },
    });
    expect(possibleDuplicates(base('A'), [similar, closed, other]).map((d) => d.caseId)).toEqual(['B']);
  });
});
