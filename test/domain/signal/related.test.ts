import { describe, expect, it } from 'vitest';
import { relatedCases, searchCases } from '../../../src/domain/signal/related.js';

const cases = [
  { id: 'UTH-2026-001', projectName: 'Slimme lantaarnpalen Berlijnplein' },
  { id: 'UTH-2026-002', projectName: 'Chatbot Wmo-loket' },
  { id: 'UTH-2026-003', projectName: 'Voorspelmodel bijstand' },
  { id: 'UTH-2026-004' },
];

describe('relatedCases', () => {
  it('finds a case by most of its telling words and by its number', () => {
    expect(relatedCases('de slimme lantaarnpalen op het Berlijnplein zijn al aangemeld', cases)).toEqual([
      'UTH-2026-001',
    ]);
    expect(relatedCases('zie uth-2026-003', cases)).toEqual(['UTH-2026-003']);
    expect(relatedCases('nieuwe lantaarnpalen in Zuilen', cases)).toEqual([]);
  });

  it('answers the same for a name seen before and sees a renamed project at once', () => {
    const text = 'de chatbot voor het wmo-loket staat al bij jullie';
    expect(relatedCases(text, cases)).toEqual(['UTH-2026-002']);
    expect(relatedCases(text, cases)).toEqual(['UTH-2026-002']);
    const renamed = [{ id: 'UTH-2026-002', projectName: 'Digitale assistent Wmo' }];
    expect(relatedCases(text, renamed)).toEqual([]);
    expect(relatedCases('de digitale assistent voor de wmo', renamed)).toEqual(['UTH-2026-002']);
  });
});

describe('relatedCases on many cases', () => {
  /** The rule as written, case by case: what the word index must answer too. */
  const telling = (t: string) => [
    ...new Set(
      t
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 4 && !['project', 'pilot', 'nieuwe', 'gemeente', 'utrecht'].includes(w)),
    ),
  ];
  const byRule = (text: string, list: { id: string; projectName?: string }[]) => {
    const words = new Set(telling(text));
    return list
      .filter((c) => {
        const name = telling(c.projectName ?? '');
        const hits = name.filter((w) => words.has(w)).length;
        return name.length > 0 && (hits === name.length || (name.length > 2 && hits / name.length >= 2 / 3));
      })
      .slice(0, 3)
      .map((c) => c.id);
  };

  it('answers what the rule gives for each case on its own, in the order of the list', () => {
    const vocabulary = ['camera', 'sensor', 'parkeren', 'bijstand', 'model', 'drone', 'wijk', 'loket', 'afval'];
    let seed = 7;
    const pick = () => vocabulary[(seed = (seed * 16807) % 2147483647) % vocabulary.length]!;
    const list = Array.from({ length: 400 }, (_, i) => ({
      id: `UTH-2026-${String(i).padStart(3, '0')}`,
      projectName: Array.from({ length: 1 + (i % 4) }, pick).join(' '),
    }));
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: 1 + (n % 6) }, pick).join(' en de ');
      expect(relatedCases(text, list)).toEqual(byRule(text, list));
    }
  });
});

describe('searchCases', () => {
  it('matches every search word to a word or word start of the name', () => {
    expect(searchCases('lantaarn berlijn', cases)).toEqual(['UTH-2026-001']);
    expect(searchCases('UTH-2026-002', cases)).toEqual(['UTH-2026-002']);
    expect(searchCases('lantaarn zuilen', cases)).toEqual([]);
  });
});
