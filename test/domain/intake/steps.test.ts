import { describe, expect, it } from 'vitest';
import { missingRequirements } from '../../../src/domain/intake/completeness.js';
import type { IntakeData } from '../../../src/domain/intake/intake.js';
import { detailQuestions, nextStep, parseStep, previousStep, stepsFor } from '../../../src/domain/intake/steps.js';

const ctx = { today: '2026-11-23', valueIds: ['privacy', 'autonomie'] };

const complete: IntakeData = {
  projectName: 'Slimme lantaarnpalen',
  orgUnit: 'Stadsbeheer',
  leadIsMe: true,
  phase: 'pilot',
  plannedDate: '2027-03-01',
  purpose: 'Energie besparen',
  means: 'Sensoren',
  affectedGroups: ['residents'],
  technologies: ['sensors-iot'],
  personalData: 'no',
  supplier: 'in-house',
  dpiaStatus: 'not-needed',
  dpiaNote: 'Geen persoonsgegevens',
  algorithmRegister: 'no',
  values: { privacy: 'Sensoren op straat' },
  experts: 'nog niet bekend',
};

describe('intake steps', () => {
  it('checks each field and keeps the valid ones when others are wrong', () => {
    const r = parseStep(
      'basics',
      { projectName: ' Drones ', orgUnit: '', phase: 'launch', plannedDate: '2020-01-01', leadIsMe: 'true' },
      {},
      ctx,
    );
    expect(r.values).toMatchObject({ projectName: 'Drones', leadIsMe: true });
    expect(r.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'orgUnit:required',
      'phase:invalidChoice',
      'plannedDate:pastDate',
    ]);
  });

  it('asks for the lead when it is not the person filling in, with a real e-mail address', () => {
    const r = parseStep('basics', { ...complete, leadIsMe: 'false', leadName: 'Noor', leadEmail: 'noor@' }, {}, ctx);
    expect(r.errors).toEqual([{ field: 'leadEmail', code: 'invalidEmail' }]);
  });

  it('refuses a lead or a subject expert whose name holds a link, and keeps the field as it was', () => {
    const basics = { projectName: 'Drones', leadIsMe: 'false', leadEmail: 'jan@x.nl', phase: 'idea' };
    const lead = (leadName: string) => parseStep('basics', { ...basics, leadName }, {}, ctx);
    expect(lead('Jan https://evil.example').errors).toContainEqual({ field: 'leadName', code: 'nameLink' });
    expect(lead('Jan https://evil.example').values).not.toHaveProperty('leadName');
    expect(lead("J.P. O'Neill-de Vries").values).toMatchObject({ leadName: "J.P. O'Neill-de Vries" });
    const experts = (text: string) => parseStep('experts', { experts: text }, {}, ctx);
    expect(experts('Jan (jan@x.nl); Piet evil.example/cv').errors).toEqual([{ field: 'experts', code: 'expertLink' }]);
    expect(experts('Jan (jan@x.nl); Piet evil.example/cv').values).not.toHaveProperty('experts');
    expect(experts('Jan (jan@x.nl), piet@x.nl, Dr. A.B. Klein').errors).toEqual([]);
  });

  it('rejects impossible dates, too long texts and choices outside the list', () => {
    expect(parseStep('basics', { ...complete, plannedDate: '2027-02-30' }, {}, ctx).errors).toContainEqual({
      field: 'plannedDate',
      code: 'invalidDate',
    });
    expect(parseStep('purpose', { purpose: 'x'.repeat(2001), means: 'y' }, {}, ctx).errors).toEqual([
      { field: 'purpose', code: 'tooLong', max: 2000 },
    ]);
    expect(
      parseStep(
        'technology',
        { technologies: 'cameras,teleportation', personalData: 'no', supplier: 'in-house' },
        {},
        ctx,
      ).errors,
    ).toContainEqual({ field: 'technologies', code: 'invalidChoice' });
  });

  it('needs a why for every value chosen, and at least one value', () => {
    expect(parseStep('values', { value_privacy: 'true' }, {}, ctx).errors).toEqual([
      { field: 'why_privacy', code: 'whyRequired' },
    ]);
    expect(parseStep('values', {}, {}, ctx).errors).toEqual([{ field: 'values', code: 'chooseOne' }]);
    expect(parseStep('values', { value_privacy: 'true', why_privacy: 'Omdat' }, {}, ctx).values).toEqual({
      values: { privacy: 'Omdat' },
      valuesServed: [],
    });
    // a project may serve one value and put another at stake; serving alone is not enough
    const served = parseStep(
      'values',
      { serves_autonomie: 'true', value_privacy: 'true', why_privacy: 'Camera' },
      {},
      ctx,
    );
    expect(served.values).toEqual({ values: { privacy: 'Camera' }, valuesServed: ['autonomie'] });
    expect(parseStep('values', { serves_autonomie: 'true' }, {}, ctx).errors).toEqual([
      { field: 'values', code: 'chooseOne' },
    ]);
  });

  it('asks follow-up questions only when the answers call for them', () => {
    expect(detailQuestions({ technologies: ['dashboard'], personalData: 'no' })).toEqual([]);
    expect(
      detailQuestions({ technologies: ['cameras', 'automated-decisions', 'chatbot'], personalData: 'yes' }),
    ).toEqual(['specialCategories', 'camerasPublicSpace', 'automatedDecisionsResidents', 'genAiResidentFacing']);
    expect(stepsFor({ technologies: ['dashboard'] })).not.toContain('details');
    expect(nextStep('technology', { technologies: ['cameras'] })).toBe('details');
    expect(previousStep('legal', { technologies: ['dashboard'] })).toBe('technology');
  });

  it('lists what a complete description still needs', () => {
    expect(missingRequirements(complete)).toEqual([]);
    expect(missingRequirements({}).map((m) => m.requirement)).toContain('projectName');
    expect(missingRequirements({ ...complete, dpiaNote: '' }).map((m) => m.requirement)).toEqual(['dpiaNote']);
    expect(
      missingRequirements({ ...complete, affectedGroups: ['vulnerable-groups'] }).map((m) => m.requirement),
    ).toEqual(['affectedNote']);
    expect(missingRequirements({ ...complete, technologies: ['cameras'] }).map((m) => m.requirement)).toEqual([
      'details',
    ]);
  });
});
