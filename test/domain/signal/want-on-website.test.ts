import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * Found after the freeze of round 10 of issue 20, with sentences written for this test: "willen … op
 * de website" was read as wanting something for a page that exists (`sense.want-existing`), even
 * when what is wanted is a new system.
 */
const read = (text: string) => {
  const detection = detect(text);
  return { signal: detection.signal, codes: detection.reasons.map((r) => r.code) };
};

describe('detect: a new system wanted on the website is a plan', () => {
  it.each([
    'we willen een chatbot op de website voor vragen over afval',
    'we want a chatbot on the website for questions about waste collection',
  ])('%s', (text) => {
    const { signal, codes } = read(text);
    expect(signal).toBe(true);
    expect(codes).not.toContain('sense.want-existing');
  });

  it.each(['we willen het op de website, kan iemand dat regelen?', 'ik wil de cijfers op het intranet'])(
    'counter-example: content wanted on a page that exists: %s',
    (text) => {
      const { signal, codes } = read(text);
      expect(signal).toBe(false);
      expect(codes).toContain('sense.want-existing');
    },
  );
});
