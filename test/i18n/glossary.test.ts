import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl/index.js';

/**
 * One term per concept (src/i18n/README.md, "Glossary"): "beoordeling" / "beoordelen" is the case
 * handler's review of a decision not to follow advice, never the toets or the triage of a case.
 */
describe('the glossary', () => {
  it('uses "beoordelen" only for the review of a decision not to follow advice', () => {
    const misused = Object.entries(nl).filter(
      ([key, text]) =>
        /beoordel/i.test(text.replace(/gegevensbeschermingseffectbeoordeling/gi, '')) &&
        !/advies/i.test(text) &&
        !key.includes('followThrough'),
    );
    expect(misused).toEqual([]);
  });

  it('names an impact level laag, midden or hoog, and a case that has ended "gesloten"', () => {
    expect(Object.entries(nl).filter(([, text]) => /middelho/i.test(text))).toEqual([]);
    expect(Object.entries(nl).filter(([, text]) => /zaak( \{id\})? is afgerond/i.test(text))).toEqual([]);
  });

  it('calls the yearly account to the council "jaarverantwoording", and nothing else', () => {
    const other = Object.entries(nl).filter(([, text]) => /jaarverslag|jaarrapport/i.test(text));
    expect(other).toEqual([]);
  });
});
