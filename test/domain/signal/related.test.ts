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

describe('searchCases', () => {
  it('matches every search word to a word or word start of the name', () => {
    expect(searchCases('lantaarn berlijn', cases)).toEqual(['UTH-2026-001']);
    expect(searchCases('UTH-2026-002', cases)).toEqual(['UTH-2026-002']);
    expect(searchCases('lantaarn zuilen', cases)).toEqual([]);
  });
});
