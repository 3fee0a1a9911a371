import { describe, expect, it } from 'vitest';
import { groupNudges } from '../../../src/domain/followup/groups.js';
import { nudgePlan } from '../../../src/domain/followup/nudge.js';
import { followUpPolicy } from '../../../src/domain/followup/policy.js';
import { at, followUpCase, item } from './fixtures.js';

describe('groupNudges', () => {
  it('puts the items due for one person of one case into one message', () => {
    const c = followUpCase([
      item({ id: 'a1' }),
      item({ id: 'a2', delegated: true, ownerId: 'aad-owner' }),
      item({ id: 'a3', unansweredNudges: 2, lastNudgeAt: at('2026-04-10 09:00').toISOString() }),
      // Delegated to an owner outside the tenant: the lead still gets it.
      item({ id: 'a4', delegated: true, ownerName: 'Extern Bureau' }),
      item({ id: 'a5', dueDate: '2026-12-01' }),
    ]);
    const decisions = nudgePlan(c, at('2026-04-28 10:00'), followUpPolicy());
    expect(decisions.filter((d) => d.kind !== 'nudge').map((d) => [d.kind, d.itemId])).toEqual([
      ['escalate-handler', 'a3'],
    ]);
    expect(groupNudges(decisions)).toEqual([
      { caseId: 'UTH-2026-001', recipient: 'lead', recipientId: 'aad-lead', itemIds: ['a1', 'a3', 'a4'] },
      { caseId: 'UTH-2026-001', recipient: 'owner', recipientId: 'aad-owner', itemIds: ['a2'] },
    ]);
  });

  it('keeps different cases apart even for the same lead', () => {
    const policy = followUpPolicy();
    const one = nudgePlan(followUpCase([item()]), at('2026-04-28 10:00'), policy);
    const two = nudgePlan(followUpCase([item()], { id: 'UTH-2026-002' }), at('2026-04-28 10:00'), policy);
    expect(groupNudges([...one, ...two]).map((g) => g.caseId)).toEqual(['UTH-2026-001', 'UTH-2026-002']);
  });
});
