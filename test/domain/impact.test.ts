import { describe, expect, it } from 'vitest';
import { loadImpactRules } from '../../src/config/impact-rules.js';
import { suggestImpact } from '../../src/domain/impact/rules.js';

const rules = loadImpactRules();

describe('impact rules', () => {
  it('suggests high for automated decisions about residents, with the reason in both languages', () => {
    const s = suggestImpact({ technologies: ['automated-decisions'], automatedDecisionsResidents: 'yes' }, rules);
    expect(s.level).toBe('high');
    expect(s.reasons[0]).toMatchObject({
      ruleId: 'automated-decisions-residents',
      text: { nl: 'neemt automatisch besluiten over inwoners', en: 'makes automated decisions about residents' },
    });
  });

  it('takes the highest level of all rules that fire, and lists them all', () => {
    const s = suggestImpact(
      { technologies: ['cameras', 'data-linking'], camerasPublicSpace: 'yes', personalData: 'yes' },
      rules,
    );
    expect(s.level).toBe('high');
    expect(s.reasons.map((r) => r.ruleId)).toEqual([
      'cameras-public-space',
      'personal-data',
      'data-linking',
      'public-space-sensing',
    ]);
  });

  it('is low when no rule fires', () => {
    expect(suggestImpact({ technologies: ['dashboard'], personalData: 'no' }, rules)).toEqual({
      level: 'low',
      reasons: [],
    });
  });

  it('cameras not in public space are not high by that rule', () => {
    expect(suggestImpact({ technologies: ['cameras'], camerasPublicSpace: 'no' }, rules).level).toBe('medium');
  });
});
