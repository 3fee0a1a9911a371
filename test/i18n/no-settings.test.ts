import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/index.js';

describe('texts for people', () => {
  it.each(['nl', 'en'] as const)('name no configuration setting (%s): that is for the log and the README', (lang) => {
    const named = Object.entries(catalogue(lang))
      .filter(([, text]) => /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/.test(text))
      .map(([key, text]) => `${key}: ${text}`);
    expect(named).toEqual([]);
  });
});
