import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { welcomeCard } from '../../src/teams/routes/install.js';
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
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 'a' }, { type: 'Input.Text', id: 'a' }] }).join()).toMatch(/Duplicate/);
  });
});
