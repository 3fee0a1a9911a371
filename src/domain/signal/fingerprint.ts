import { normalise } from './normalise.js';

/**
 * A MinHash fingerprint of a message: 32 numbers from which the text cannot be read back,
 * but which tell whether two messages share most of their words. Lets the bot avoid asking a
 * person again about (nearly) the same message without keeping its text.
 */
const SIZE = 32;

function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function shingles(text: string): string[] {
  const words = normalise(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2);
  if (words.length < 2) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length - 1; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

export function fingerprint(text: string): number[] {
  const parts = shingles(text);
  const result = new Array<number>(SIZE).fill(0xffffffff);
  for (const part of parts) {
    for (let k = 0; k < SIZE; k++) {
      const h = fnv1a(part, k * 0x9e3779b1);
      if (h < result[k]!) result[k] = h;
    }
  }
  return result;
}

/** Estimated Jaccard similarity of the two messages' word pairs, 0..1. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== SIZE || b.length !== SIZE) return 0;
  let same = 0;
  for (let k = 0; k < SIZE; k++) if (a[k] === b[k] && a[k] !== 0xffffffff) same++;
  return same / SIZE;
}
