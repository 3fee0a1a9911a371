import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextPool } from '../../src/store/text-pool.js';

describe('the pool of texts', () => {
  it('gives every text back as added, the same code for the same text, a new one for another', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', 'a', 'é')), {
          maxLength: 200,
        }),
        (texts) => {
          const pool = new TextPool();
          const codes = texts.map((t) => pool.code(t));
          texts.forEach((t, i) => expect(pool.text(codes[i]!)).toBe(t));
          const byText = new Map<string, number>();
          texts.forEach((t, i) => {
            if (!byText.has(t)) byText.set(t, codes[i]!);
            expect(codes[i]).toBe(byText.get(t));
          });
          expect(pool.size).toBe(byText.size);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps 100,000 texts over many pages, and texts longer than a page', () => {
    const pool = new TextPool();
    const long = 'x'.repeat(3 << 20);
    const texts = Array.from({ length: 100_000 }, (_, i) => (i === 50_000 ? long : `{"itemId":"adv-${i}","€":${i}}`));
    const codes = texts.map((t) => pool.code(t));
    expect(new Set(codes).size).toBe(texts.length);
    expect(texts.filter((t, i) => pool.text(codes[i]!) !== t || pool.code(t) !== codes[i])).toEqual([]);
    expect(pool.size).toBe(texts.length);
  });
});
