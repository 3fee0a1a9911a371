import type { NudgeDecision } from './nudge.js';

/** One nudge message: every item of one case that is due for the same person. */
export interface NudgeGroup {
  caseId: string;
  recipient: 'lead' | 'owner';
  recipientId: string;
  itemIds: string[];
}

/** Groups the 'nudge' decisions per case and recipient, in the order they first appear. */
export function groupNudges(decisions: readonly NudgeDecision[]): NudgeGroup[] {
  const groups = new Map<string, NudgeGroup>();
  for (const d of decisions) {
    if (d.kind !== 'nudge') continue;
    const key = JSON.stringify([d.caseId, d.recipient, d.recipientId]);
    const group = groups.get(key);
    if (group) group.itemIds.push(d.itemId);
    else groups.set(key, { caseId: d.caseId, recipient: d.recipient, recipientId: d.recipientId, itemIds: [d.itemId] });
  }
  return [...groups.values()];
}
