import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctSorted } from '../../../src/domain/report/stats.js';

/** What distinctSorted did before it looked for ids already in order. */
const reference = (values: string[]) => [...new Set(values)].sort();

describe('distinct values in order', () => {
  const id = fc.oneof(
    fc.constantFrom('UTH-2026-001', 'UTH-2026-002', 'UTH-2026-010', 'UTH-2026-002/a1', 'UTH-2026-002/a10', ''),
    fc.string({ maxLength: 4 }),
  );

  it('gives what sorting the distinct values gives, for values in any order', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 30 }), (values) => {
        expect(distinctSorted(values)).toEqual(reference(values));
      }),
    );
  });

  it('gives the same for values already in order, with repeats, as a list or as any iterable', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 30 }), (values) => {
        const ordered = [...values].sort();
        expect(distinctSorted(ordered)).toEqual(reference(values));
        expect(distinctSorted(new Set(ordered))).toEqual(reference(values));
        expect(distinctSorted(ordered.values())).toEqual(reference(values));
      }),
    );
  });

  it('leaves the list it was given as it was', () => {
    const values = ['b', 'a', 'a'];
    distinctSorted(values);
    expect(values).toEqual(['b', 'a', 'a']);
  });
});
