import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../src/domain/case/case.js';
import {
  closeManually,
  hasAlgorithm,
  recordDecision,
  recordOutcome,
  updateItems,
} from '../../../src/domain/followup/outcome.js';

const now = new Date('2026-12-01T10:00:00Z');
const scheduled: CaseRecord = {
  id: 'UTH-2026-001',
  state: 'scheduled',
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  createdBy: 'lead',
  leadId: 'lead',
  origin: { kind: 'command' },
  intake: { projectName: 'P', technologies: ['algorithm-ai'], dpiaStatus: 'done' },
  intakeStep: 'review',
  advice: [],
};
const items = [
  { id: 'a1', text: 'Een', values: ['privacy'], ownerId: 'lead', dueDate: '2027-01-10' },
  { id: 'a2', text: 'Twee', values: ['autonomie'], ownerName: 'Olga', dueDate: '2027-02-10' },
];

describe('outcome, decision and closing', () => {
  it('assessed only with advice items and a report link; the event carries what reports need', () => {
    expect(() =>
      recordOutcome(scheduled, {
        actor: 'm',
        now,
        heldAt: '2026-12-01',
        reportUrl: 'https://x/r.pdf',
        panelPresent: [],
        items: [],
      }),
    ).toThrow();
    expect(() =>
      recordOutcome(scheduled, {
        actor: 'm',
        now,
        heldAt: '2026-12-01',
        reportUrl: 'http://x',
        panelPresent: [],
        items,
      }),
    ).toThrow();
    const r = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: ['p1'],
      items,
    });
    expect(r.next.state).toBe('assessed');
    expect(r.next.advice.map((a) => a.status)).toEqual(['open', 'open']);
    expect(r.events[0]!.data).toEqual({
      heldAt: '2026-12-01',
      adviceCount: 2,
      panelPresent: ['p1'],
      panelWritten: [],
      noPanel: false,
      dpiaStatus: 'done',
      dpiaDate: null,
      algorithm: true,
    });
    expect(hasAlgorithm(scheduled)).toBe(true);
  });

  it('high impact: a panel member takes part (present or in writing), or the reason why none did is recorded', () => {
    const high: CaseRecord = { ...scheduled, triage: { suggestedImpact: 'high', impact: 'high', requests: [] } };
    const base = { actor: 'm', now, heldAt: '2026-12-01', reportUrl: 'https://x/r.pdf', items };
    expect(() => recordOutcome(high, { ...base, panelPresent: [] })).toThrow(/reason/);
    const written = recordOutcome(high, { ...base, panelPresent: [], panelWritten: ['p2'] });
    expect(written.next.assessment).toMatchObject({ panelPresent: [], panelWritten: ['p2'] });
    expect(written.events[0]!.data).toMatchObject({ panelWritten: ['p2'], noPanel: false });
    const none = recordOutcome(high, { ...base, panelPresent: [], noPanelReason: ' Ziek afgemeld ' });
    expect(none.next.assessment).toMatchObject({ noPanelReason: 'Ziek afgemeld' });
    expect(none.events[0]!.data).toMatchObject({ noPanel: true });
    // the DPIA as recorded (with its date) goes into the event, not the intake's tick box
    const dated = recordOutcome(
      { ...scheduled, dpia: { status: 'done', date: '2026-11-02', recordedAt: '', recordedBy: 'x', source: 'update' } },
      { ...base, panelPresent: [] },
    );
    expect(dated.events[0]!.data).toMatchObject({ dpiaStatus: 'done', dpiaDate: '2026-11-02' });
  });

  it('an item not adopted is settled as not followed with the reason; all settled closes the case', () => {
    const assessed = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: [],
      items,
    }).next;
    const partly = recordDecision(assessed, {
      actor: 'lead',
      now,
      overall: 'partly',
      reason: 'Kosten',
      perItem: { a1: { decision: 'adopt', reason: '' }, a2: { decision: 'not', reason: 'Te duur' } },
    });
    expect(partly.next.state).toBe('follow-up');
    expect(partly.next.advice[1]).toMatchObject({ status: 'not-followed', statusReason: 'Te duur', decision: 'not' });
    const refused = updateItems(partly.next, {
      actor: 'lead',
      now,
      updates: [{ itemId: 'a1', status: 'no-longer-relevant' }],
    });
    expect(refused.ok).toBe(false);
    const done = updateItems(partly.next, { actor: 'lead', now, updates: [{ itemId: 'a1', status: 'implemented' }] });
    expect(done.ok && done.changed.next.state).toBe('closed');
    expect(done.ok && done.changed.events.map((e) => e.type)).toEqual(['advice.status', 'case.close']);
    const none = recordDecision(assessed, {
      actor: 'lead',
      now,
      overall: 'not',
      reason: 'Nee',
      perItem: { a1: { decision: 'not', reason: 'x' }, a2: { decision: 'not', reason: 'y' } },
    });
    expect(none.next.state).toBe('closed');
  });

  it('a member can close a case by hand, with a reason', () => {
    const assessed = recordOutcome(scheduled, {
      actor: 'm',
      now,
      heldAt: '2026-12-01',
      reportUrl: 'https://x/r.pdf',
      panelPresent: [],
      items,
    }).next;
    const closed = closeManually(assessed, 'm', 'Project gestopt');
    expect(closed.next).toMatchObject({ state: 'closed', closedReason: 'Project gestopt' });
    expect(closed.events[0]!.data).toEqual({ how: 'manual' });
  });
});
