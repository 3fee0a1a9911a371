import type { CaseRecord } from '../case/case.js';
import type { Locale } from '../locale.js';
import { localDate } from '../time.js';

import type { PanelExpense } from './expense-types.js';

export type { PanelExpense };

/** The most one amount may be (a typing error like 12500 for 125,00 is caught). */
export const MAX_AMOUNT_CENTS = 100_000;

/**
 * An amount as people type it, in euro: "12,50", "12.50", "€ 12,50", "1.250,00" (nl) or
 * "1,250.00" (en), "0" or empty for nothing. Returns cents, or undefined when it is not an amount
 * (negative, more than two decimals, over MAX_AMOUNT_CENTS, letters).
 */
export function parseAmount(input: string, locale: Locale): number | undefined {
  const text = input.replace(/€|eur(o)?/gi, '').replace(/\s+/g, '');
  if (text === '') return 0;
  const [thousands, decimal] = locale === 'nl' ? ['.', ','] : [',', '.'];
  // the other separator: accept "12.50" in Dutch (and "12,50" in English) when it can only be decimals
  const other = new RegExp(`^\\d+\\${thousands}\\d{1,2}$`);
  const normal = other.test(text)
    ? text.replace(thousands, '.')
    : /^\d{1,3}(\.\d{3})+(,\d{1,2})?$|^\d{1,3}(,\d{3})+(\.\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(text)
      ? text.split(thousands).join('').replace(decimal, '.')
      : undefined;
  if (normal === undefined || !/^\d+(\.\d{1,2})?$/.test(normal)) return undefined;
  const [whole, fraction = ''] = normal.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) && cents <= MAX_AMOUNT_CENTS ? cents : undefined;
}

/** Cents as the reader writes euro: 1250 → "12,50" (nl) or "12.50" (en); no thousands separator. */
export function formatAmount(cents: number, locale: Locale): string {
  const s = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return locale === 'nl' ? s.replace('.', ',') : s;
}

/** Whether the case's assessment took place by `now`: confirmed, not called off, and begun. */
export function assessmentHeld(c: Pick<CaseRecord, 'schedule'>, now: Date): boolean {
  const s = c.schedule;
  return Boolean(s && !s.cancelledAt && Date.parse(s.slot.start) <= now.getTime());
}

/** Keeps one record per member per assessment: the new one replaces an earlier entry. */
export function putExpense(list: readonly PanelExpense[], e: PanelExpense): PanelExpense[] {
  return [...list.filter((x) => !(x.panelId === e.panelId && x.assessmentStart === e.assessmentStart)), e];
}

/** One line of the finance export: only what finance needs to pay (no address, no e-mail). */
export interface ExpenseRow {
  member: string;
  caseId: string;
  date: string;
  travelCents: number;
  feeCents: number;
}

/**
 * Expense lines of assessments held from `from` to `to` (YYYY-MM-DD, both included, local dates),
 * sorted by date, case and member. `nameOf` names a member (their record may have been erased).
 */
export function expenseRows(
  cases: readonly Pick<CaseRecord, 'id' | 'expenses'>[],
  period: { from: string; to: string },
  tz: string,
  nameOf: (panelId: string) => string,
): ExpenseRow[] {
  const rows: ExpenseRow[] = [];
  for (const c of cases)
    for (const e of c.expenses ?? []) {
      const date = localDate(new Date(e.assessmentStart), tz);
      if (date < period.from || date > period.to) continue;
      rows.push({ member: nameOf(e.panelId), caseId: c.id, date, travelCents: e.travelCents, feeCents: e.feeCents });
    }
  return rows.sort(
    (a, b) => a.date.localeCompare(b.date) || a.caseId.localeCompare(b.caseId) || a.member.localeCompare(b.member),
  );
}
