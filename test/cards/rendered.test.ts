import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { welcomeCard } from '../../src/teams/cards/welcome-card.js';
import { cardProblems } from '../support/card-check.js';

/** Every card as it is actually rendered, in both languages, checked with the Adaptive Cards SDK. */
describe('rendered cards', () => {
  for (const locale of ['nl', 'en'] as const) {
    const t = translator(locale);
    it(`welcome (${locale}) has no validation problems`, () => {
      const card = welcomeCard({ t });
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).toContain(t('welcome.title'));
    });
  }

  it('the checker does report a broken card', () => {
    expect(
      cardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [
          { type: 'Input.Text', id: 'a' },
          { type: 'Input.Text', id: 'a' },
        ],
      }).join(),
    ).toMatch(/Duplicate/);
  });
});

describe('rendered intake cards', () => {
  it('every step and the review render without validation problems, in both languages, within the size limit', async () => {
    const { loadValueModel } = await import('../../src/config/value-model.js');
    const { intakeStepCard, intakeReviewCard, caseSummaryCard } = await import('../../src/teams/cards/intake-cards.js');
    const { newDraft } = await import('../../src/domain/intake/draft.js');
    const { STEP_IDS } = await import('../../src/domain/intake/steps.js');
    const valueModel = loadValueModel();
    const c = newDraft({
      id: 'UTH-2026-001',
      now: new Date('2026-11-23T09:00:00Z'),
      actorId: 'a',
      origin: { kind: 'command' },
    });
    c.intake = {
      ...c.intake,
      personalData: 'yes',
      technologies: ['cameras', 'automated-decisions', 'chatbot'],
      projectName: 'x'.repeat(120),
      purpose: 'y'.repeat(2000),
    };
    for (const locale of ['nl', 'en'] as const) {
      const ctx = { t: translator(locale), locale, valueModel };
      for (const step of STEP_IDS.filter((s) => s !== 'review')) {
        const card = intakeStepCard({ c, step, errors: [{ field: 'projectName', code: 'tooLong', max: 120 }] }, ctx);
        expect(cardProblems(card), `${step} ${locale}`).toEqual([]);
      }
      expect(cardProblems(intakeReviewCard({ c }, ctx))).toEqual([]);
      expect(cardProblems(caseSummaryCard(c, ctx))).toEqual([]);
    }
  });
});
