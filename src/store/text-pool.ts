import { ints } from './columns.js';

/** Bytes per page of text; a longer text gets a page of its own. */
const PAGE_BYTES = 1 << 20;
const EMPTY = -1;

/**
 * Texts kept once each, as UTF-8 bytes in pages outside the JavaScript heap, by number: a text
 * costs its bytes and sixteen more, where a string costs a header, two bytes a character for
 * anything not Latin-1, and a map entry to find it again. Finding a text again hashes its bytes
 * (FNV-1a) into an open-addressing table of codes; the hashes are kept, so the table grows
 * without reading the texts again.
 */
export class TextPool {
  private readonly pages: Buffer[] = [];
  private used = PAGE_BYTES;
  private readonly page = ints();
  private readonly start = ints();
  private readonly length = ints();
  /** Each text's hash, so that growing the table never reads the texts again (a stall at 100,000s of texts). */
  private readonly hashes = ints();
  private count = 0;
  private table = new Int32Array(1024).fill(EMPTY);
  private scratch = Buffer.alloc(1024);

  get size(): number {
    return this.count;
  }

  /** The code of a text, adding it if it is new. */
  code(text: string): number {
    if (this.scratch.length < text.length * 3) this.scratch = Buffer.alloc(text.length * 3);
    const bytes = this.scratch.write(text, 'utf8');
    const mask = this.table.length - 1;
    const h = hash(this.scratch, bytes);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const code = this.table[slot]!;
      if (code === EMPTY) {
        const added = this.add(bytes, h);
        this.table[slot] = added;
        if (this.count * 2 > this.table.length) this.grow();
        return added;
      }
      if (this.hashes.get(code) === h && this.length.get(code) === bytes && this.equals(code, bytes)) return code;
    }
  }

  text(code: number): string {
    const start = this.start.get(code);
    return this.pages[this.page.get(code)]!.toString('utf8', start, start + this.length.get(code));
  }

  private equals(code: number, bytes: number): boolean {
    const start = this.start.get(code);
    return this.pages[this.page.get(code)]!.compare(this.scratch, 0, bytes, start, start + bytes) === 0;
  }

  private add(bytes: number, h: number): number {
    if (this.used + bytes > PAGE_BYTES || this.pages.length === 0) {
      this.pages.push(Buffer.allocUnsafeSlow(Math.max(PAGE_BYTES, bytes)));
      this.used = 0;
    }
    const code = this.count++;
    this.scratch.copy(this.pages.at(-1)!, this.used, 0, bytes);
    this.page.set(code, this.pages.length - 1);
    this.start.set(code, this.used);
    this.length.set(code, bytes);
    this.hashes.set(code, h);
    this.used += bytes;
    return code;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2).fill(EMPTY);
    const mask = table.length - 1;
    for (let code = 0; code < this.count; code++) {
      let slot = this.hashes.get(code) & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = code;
    }
    this.table = table;
  }
}

/** FNV-1a of the first `length` bytes, as a 32-bit signed integer (what an Int32Array keeps). */
function hash(bytes: Uint8Array, length: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h;
}
