import { describe, expect, it } from 'vitest';
import { loadValueModel } from '../../src/config/value-model.js';
import { ACCOUNT_FIGURES, type AccountGroup, type AnnualAccount } from '../../src/domain/report/account.js';
import type { Figure } from '../../src/domain/report/types.js';
import { translator } from '../../src/i18n/index.js';
import { accountCard } from '../../src/teams/cards/account-card.js';
import { cardProblems } from '../support/card-check.js';
import { cardText } from '../support/cards.js';

const fig = (n: number): Figure => ({ value: n, caseIds: Array.from({ length: n }, (_, i) => `UTH-2025-${i + 100}`) });
const group = (key: string, n: number): AccountGroup => ({
  key,
  figures: Object.fromEntries(ACCOUNT_FIGURES.map((f) => [f, fig(n)])) as AccountGroup['figures'],
});

/** A large municipality's year: 40 units with long names, every value and technology. */
const account: AnnualAccount = {
  year: 2025,
  asOf: '2026-01-01T00:00:00.000Z',
  tz: 'Europe/Amsterdam',
  totals: Object.fromEntries(ACCOUNT_FIGURES.map((f) => [f, fig(120)])) as AnnualAccount['totals'],
  breakdowns: {
    unit: Array.from({ length: 40 }, (_, i) => group(`Organisatieonderdeel ${i} `.padEnd(180, 'x'), 40 - i)),
    valueAtStake: ['privacy', 'autonomie', 'rechtvaardigheid'].map((v) => group(v, 3)),
    valueServed: [group('', 120)],
    theme: ['cameras', 'algorithm-ai', 'chatbot'].map((v) => group(v, 2)),
  },
};

describe('the yearly account card', () => {
  for (const locale of ['nl', 'en'] as const)
    it(`stays valid and within the Teams size limit with many groups (${locale})`, () => {
      const ctx = { t: translator(locale), locale, timeZone: 'Europe/Amsterdam', valueModel: loadValueModel() };
      const links = { csv: 'https://bot.example/a.csv', json: 'https://bot.example/a.json' };
      const card = accountCard(account, 'unit', { year: 2025 }, ctx, links);
      expect(cardProblems(card)).toEqual([]);
      const text = cardText(card);
      expect(text).toContain(locale === 'nl' ? 'Nog 25 groepen staan in de CSV- en JSON-export.' : '25 more groups');
      const values = accountCard(account, 'valueServed', { year: 2025 }, ctx, links);
      expect(cardText(values)).toContain(locale === 'nl' ? 'Niet vastgelegd' : 'Not recorded');
      const themes = cardText(accountCard(account, 'theme', { year: 2025 }, ctx, links));
      expect(themes).toContain(locale === 'nl' ? 'Algoritme of AI' : 'Algorithm or AI');
    });
});
