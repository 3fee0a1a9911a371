import type { CaseDays, Figure, LeadTime } from './types.js';
import { DAY_MS } from './time.js';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Distinct values in code-unit order (the built-in sort is that order for strings, and faster).
 * Ids mostly come in order already (cases are kept in the order of their numbers): then one pass
 * that drops repeats is enough, and sorting ten years of advice items was a third of a report.
 */
export function distinctSorted(values: Iterable<string>): string[] {
  const list = Array.isArray(values) ? (values as readonly string[]) : [...values];
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const v = list[i]!;
    if (typeof v !== 'string' || (i > 0 && v < list[i - 1]!)) return sorted(list);
    if (i === 0 || v !== list[i - 1]) out.push(v);
  }
  return out;
}

function sorted(list: readonly string[]): string[] {
  const distinct = [...new Set(list)];
  return distinct.every((v) => typeof v === 'string') ? distinct.sort() : distinct.sort(byText);
}

/** A figure over distinct case ids (and distinct finer ids, when given), sorted. */
export function figure(caseIds: Iterable<string>, ids?: Iterable<string>): Figure {
  const cases = distinctSorted(caseIds);
  if (!ids) return { value: cases.length, caseIds: cases };
  const fine = distinctSorted(ids);
  return { value: fine.length, caseIds: cases, ids: fine };
}

/** Days between two instants, to two decimals. */
export const daysBetween = (from: number, to: number): number => round2((to - from) / DAY_MS);

/** Percentile with linear interpolation between closest ranks (as Excel PERCENTILE.INC). */
function percentile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const low = sorted[lo] ?? NaN;
  const high = sorted[Math.ceil(pos)] ?? NaN;
  return round2(low + (high - low) * (pos - lo));
}

export function leadTime(cases: CaseDays[]): LeadTime {
  const listed = [...cases].sort((a, b) => byText(a.caseId, b.caseId));
  const days = listed.map((c) => c.days).sort((a, b) => a - b);
  const stat = (q: number): number | null => (days.length ? percentile(days, q) : null);
  return {
    n: listed.length,
    median: stat(0.5),
    p25: stat(0.25),
    p75: stat(0.75),
    min: stat(0),
    max: stat(1),
    caseIds: listed.map((c) => c.caseId),
    cases: listed,
  };
}
