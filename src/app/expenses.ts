import type { CaseRecord } from '../domain/case/case.js';
import type { Locale } from '../domain/locale.js';
import { CSV_DIALECTS, toCsv } from '../domain/report/export.js';
import {
  assessmentHeld,
  expenseRows,
  formatAmount,
  parseAmount,
  putExpense,
  type PanelExpense,
} from '../domain/schedule/expenses.js';
import { translator } from '../i18n/index.js';
import type { MessageKey } from '../i18n/index.js';
import type { UpdateResult } from '../store/repositories/cases.js';
import type { AppDeps } from './deps.js';
import { isCalendarDate } from '../domain/time.js';

/** The external panel members who took part in the case's (held) assessment. */
export function panelParticipants(c: CaseRecord): { panelId: string; name: string }[] {
  return (c.schedule?.participants ?? []).flatMap((p) =>
    p.role === 'panel' && p.panelId ? [{ panelId: p.panelId, name: p.name }] : [],
  );
}

export type ExpenseForm =
  | { ok: true; entries: Omit<PanelExpense, 'enteredBy' | 'enteredAt'>[] }
  | { ok: false; errors: Record<string, MessageKey> };

/** Reads the expenses card: `travel_<panelId>` and `fee_<panelId>` per member, as euro amounts. */
export function readExpenseForm(c: CaseRecord, data: Record<string, unknown>, locale: Locale): ExpenseForm {
  const errors: Record<string, MessageKey> = {};
  const entries: Omit<PanelExpense, 'enteredBy' | 'enteredAt'>[] = [];
  const start = c.schedule!.slot.start;
  for (const { panelId } of panelParticipants(c)) {
    const amount = (field: string) => {
      const raw = data[field];
      const cents = parseAmount(typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '', locale);
      if (cents === undefined) errors[field] = 'expenses.error.amount';
      return cents ?? 0;
    };
    entries.push({
      panelId,
      assessmentStart: start,
      travelCents: amount(`travel_${panelId}`),
      feeCents: amount(`fee_${panelId}`),
    });
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, entries };
}

/** Keeps the expenses of the case's held assessment, with an audit event (without amounts or names). */
export function saveExpenses(
  deps: Pick<AppDeps, 'cases' | 'clock'>,
  c: CaseRecord,
  entries: readonly Omit<PanelExpense, 'enteredBy' | 'enteredAt'>[],
  actor: string,
): Promise<UpdateResult> {
  const at = deps.clock.now().toISOString();
  return deps.cases.update(c.id, c.rev, (cur) => {
    let expenses = cur.expenses ?? [];
    for (const e of entries) expenses = putExpense(expenses, { ...e, enteredBy: actor, enteredAt: at });
    return {
      next: { ...cur, expenses },
      events: [{ type: 'case.expenses-saved', actor, data: { members: entries.length } }],
    };
  });
}

/** Whether expenses can be entered for the case now: the assessment took place and had panel members. */
export function expensesOpen(c: CaseRecord, now: Date): 'ok' | 'not-held' | 'no-panel' {
  if (!assessmentHeld(c, now)) return 'not-held';
  return panelParticipants(c).length ? 'ok' : 'no-panel';
}

export const expensesPath = (from: string, to: string) => `/files/expenses/onkosten-${from}-${to}.csv`;

/**
 * The finance department's export for a period: member, case, assessment date, travel, fee, total,
 * in the reader's CSV dialect (Dutch: semicolons and decimal commas). Only the member's name: no
 * address, e-mail or anything else finance does not need to pay.
 */
export function expensesCsv(
  deps: Pick<AppDeps, 'cases' | 'panel' | 'config'>,
  period: { from: string; to: string },
  locale: Locale,
): { csv: string; count: number } {
  const t = translator(locale);
  const names = new Map(deps.panel.all().map((m) => [m.id, m.name]));
  const rows = expenseRows(
    deps.cases.all((c) => (c.expenses?.length ?? 0) > 0),
    period,
    deps.config.timeZone,
    (id) => names.get(id) ?? t('expenses.erasedMember'),
  );
  const money = (cents: number) => formatAmount(cents, locale);
  const header = [
    t('expenses.csv.member'),
    t('expenses.csv.case'),
    t('expenses.csv.date'),
    t('expenses.csv.travel'),
    t('expenses.csv.fee'),
    t('expenses.csv.total'),
  ];
  const lines = rows.map((r) => [
    r.member,
    r.caseId,
    r.date,
    money(r.travelCents),
    money(r.feeCents),
    money(r.travelCents + r.feeCents),
  ]);
  return { csv: toCsv([header, ...lines], CSV_DIALECTS[locale]), count: rows.length };
}

/** A period as typed: "2026", "2026-03", or "2026-01-01 2026-03-31" (both days included). */
export function parsePeriod(args: string): { from: string; to: string } | undefined {
  const year = /^(\d{4})$/.exec(args);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(args);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { from: `${args}-01`, to: `${args}-${String(last).padStart(2, '0')}` };
  }
  const range = /^(\d{4}-\d{2}-\d{2})\s+(\d{4}-\d{2}-\d{2})$/.exec(args);
  if (range && isCalendarDate(range[1]!) && isCalendarDate(range[2]!) && range[1]! <= range[2]!)
    return { from: range[1]!, to: range[2]! };
  return undefined;
}
