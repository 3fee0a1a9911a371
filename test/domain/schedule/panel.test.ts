import { describe, expect, it } from 'vitest';
import { loadValueModel } from '../../../src/config/value-model.js';
import { TECHNOLOGIES } from '../../../src/domain/intake/vocabulary.js';
import { matchedExpertise, neededExpertise, TECHNOLOGY_EXPERTISE } from '../../../src/domain/schedule/panel.js';
import type { ValueModel } from '../../../src/domain/values.js';

const utrecht = loadValueModel();
const tags = (intake: Parameters<typeof neededExpertise>[0], model: ValueModel = utrecht) =>
  neededExpertise(intake, model).map((n) => n.tag);

describe('neededExpertise', () => {
  it('has a mapping for every technology of the intake vocabulary', () => {
    expect(Object.keys(TECHNOLOGY_EXPERTISE).sort()).toEqual([...TECHNOLOGIES].sort());
  });

  it('derives tags from technologies', () => {
    expect(tags({ technologies: ['automated-decisions'] })).toEqual(['algorithms', 'ai']);
    expect(tags({ technologies: ['cameras'] })).toEqual(['surveillance', 'privacy']);
    expect(tags({ technologies: ['generative-ai', 'chatbot'] })).toEqual(['ai']);
    expect(tags({ technologies: ['platform-app'] })).toEqual(['platforms']);
    expect(tags({ technologies: ['dashboard'] })).toEqual([]);
  });

  it('adds privacy and data protection when personal data is processed, not when unknown', () => {
    expect(tags({ personalData: 'yes' })).toEqual(['privacy', 'data-protection']);
    expect(tags({ personalData: 'unknown' })).toEqual([]);
  });

  it("adds each value at stake's expertise from the value model, ignoring unknown values", () => {
    expect(tags({ values: { rechtvaardigheid: 'scores per wijk', onbekend: 'x' } })).toEqual([
      'algorithms',
      'law',
      'discrimination',
    ]);
  });

  it('lists each tag once with every reason for it', () => {
    const needed = neededExpertise(
      { technologies: ['cameras', 'drones'], personalData: 'yes', values: { privacy: 'beelden van inwoners' } },
      utrecht,
    );
    expect(needed).toEqual([
      { tag: 'surveillance', because: 'technology:cameras, technology:drones' },
      { tag: 'privacy', because: 'technology:cameras, technology:drones, personal-data, value:privacy' },
      { tag: 'data-protection', because: 'personal-data, value:privacy' },
    ]);
  });

  it("follows another city's value model", () => {
    const other: ValueModel = {
      id: 'elders',
      name: { nl: 'Elders', en: 'Elsewhere' },
      values: [
        { id: 'duurzaamheid', name: { nl: 'D', en: 'S' }, description: { nl: 'd', en: 's' }, expertise: ['climate'] },
      ],
      expertise: [{ id: 'climate', name: { nl: 'klimaat', en: 'climate' }, synonyms: [] }],
    };
    expect(tags({ values: { duurzaamheid: 'energie' } }, other)).toEqual(['climate']);
  });
});

describe('matchedExpertise', () => {
  it('returns the needed tags the member has, in the order needed', () => {
    expect(matchedExpertise({ expertise: ['privacy', 'health', 'ai'] }, ['ai', 'algorithms', 'privacy'])).toEqual([
      'ai',
      'privacy',
    ]);
    expect(matchedExpertise({ expertise: [] }, ['ai'])).toEqual([]);
  });
});
