/** Entries per page of a column: a column is never more than one page larger than what it holds. */
const PAGE = 8192;
const SHIFT = 13;

/**
 * A column of numbers in typed-array pages of a fixed size. Unlike one array that doubles, its
 * unused room is at most one page, and growing never copies what it holds.
 */
export class Column<A extends Int32Array | Float64Array> {
  private readonly pages: A[] = [];

  constructor(private readonly make: (n: number) => A) {}

  get(i: number): number {
    return this.pages[i >>> SHIFT]![i & (PAGE - 1)]!;
  }

  set(i: number, value: number): void {
    const page = i >>> SHIFT;
    while (page >= this.pages.length) this.pages.push(this.make(PAGE));
    this.pages[page]![i & (PAGE - 1)] = value;
  }
}

export const ints = () => new Column((n) => new Int32Array(n));
export const floats = () => new Column((n) => new Float64Array(n));
