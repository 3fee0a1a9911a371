import { describe, expect, it } from 'vitest';
import {
  accountRows,
  annualAccount,
  caseTraits,
  NOT_RECORDED,
  type CaseTraits,
} from '../../../src/domain/report/account.js';
import { computeReport } from '../../../src/domain/report/compute.js';
import { importedCase } from '../../../src/domain/history/import.js';
import type { AuditEvent } from '../../../src/domain/case/events.js';
import { AS_OF, CASES, EVENTS } from './dataset.js';

/** The registrations of the cases held in 2026 (see dataset.ts); UTH-2025-006 records nothing (imported-like). */
const TRAITS: Record<string, CaseTraits> = {
  'UTH-2025-003': {
    unit: 'Stadsbeheer',
    valuesAtStake: ['privacy', 'autonomie'],
    valuesServed: [],
    themes: ['cameras'],
  },
  'UTH-2026-001': {
    unit: ' stadsbeheer ',
    valuesAtStake: ['privacy'],
    valuesServed: ['veiligheid'],
    themes: ['cameras', 'algorithm-ai'],
  },
  'UTH-2026-002': { unit: 'Werk en Inkomen', valuesAtStake: ['rechtvaardigheid'], valuesServed: [], themes: [] },
  'UTH-2026-003': { unit: 'Werk en Inkomen', valuesAtStake: ['privacy'], valuesServed: [], themes: ['algorithm-ai'] },
  'UTH-2026-004': { unit: 'Publiekszaken', valuesAtStake: [], valuesServed: ['gezondheid'], themes: ['chatbot'] },
};

const report = computeReport(EVENTS, CASES, { asOf: AS_OF, year: 2026 });
const account = annualAccount(report, (id) => TRAITS[id]);
const group = (b: keyof typeof account.breakdowns, key: string) => account.breakdowns[b].find((g) => g.key === key);

describe('the yearly account (jaarverantwoording)', () => {
  it('takes its totals from the report of the year, so both always agree', () => {
    expect(account.totals.held).toEqual(report.assessments.held);
    expect(account.totals.held.value).toBe(6);
    expect(account.totals.withPanel).toEqual(report.highImpact.withPanel);
    expect(account.totals.dpiaDoneBefore).toEqual(report.dpia.doneBefore);
    expect(account.totals.highImpact.caseIds).toEqual(
      [...report.highImpact.withPanel.caseIds, ...report.highImpact.withoutPanel.caseIds].sort(),
    );
    expect(account.totals.highImpact.value).toBe(2);
  });

  it('puts every case in exactly one unit, one spelling per unit, and the unrecorded apart', () => {
    const units = account.breakdowns.unit;
    expect(units.reduce((n, g) => n + g.figures.held.value, 0)).toBe(account.totals.held.value);
    expect(group('unit', 'Stadsbeheer')!.figures.held.caseIds).toEqual(['UTH-2025-003', 'UTH-2026-001']);
    expect(group('unit', ' stadsbeheer ')).toBeUndefined();
    expect(group('unit', NOT_RECORDED)!.figures.held.caseIds).toEqual(['UTH-2025-006']);
    // the group without a unit comes last, the others by their number of assessments
    expect(units.at(-1)!.key).toBe(NOT_RECORDED);
    expect(units[0]!.figures.held.value).toBe(2);
  });

  it('counts a case once for every value and theme it has, so those breakdowns add up to more', () => {
    expect(group('valueAtStake', 'privacy')!.figures.held.caseIds).toEqual([
      'UTH-2025-003',
      'UTH-2026-001',
      'UTH-2026-003',
    ]);
    expect(group('valueAtStake', 'autonomie')!.figures.held.caseIds).toEqual(['UTH-2025-003']);
    expect(group('valueServed', 'veiligheid')!.figures.held.caseIds).toEqual(['UTH-2026-001']);
    expect(group('theme', 'cameras')!.figures.held.caseIds).toEqual(['UTH-2025-003', 'UTH-2026-001']);
    expect(group('theme', 'algorithm-ai')!.figures.held.caseIds).toEqual(['UTH-2026-001', 'UTH-2026-003']);
    const atStake = account.breakdowns.valueAtStake.reduce((n, g) => n + g.figures.held.value, 0);
    expect(atStake).toBeGreaterThan(account.totals.held.value);
    expect(group('valueAtStake', NOT_RECORDED)!.figures.held.caseIds).toEqual(['UTH-2025-006', 'UTH-2026-004']);
    expect(group('theme', NOT_RECORDED)!.figures.held.caseIds).toEqual(['UTH-2025-006', 'UTH-2026-002']);
  });

  it('lists the cases behind every number, each a subset of the total of its figure', () => {
    for (const row of accountRows(account)) {
      expect(row.caseIds.length).toBe(row.value);
      const total = account.totals[row.figure].caseIds;
      for (const id of row.caseIds) expect(total).toContain(id);
    }
    // high impact per group: only the group's own high-impact cases
    const highIds = account.totals.highImpact.caseIds;
    for (const g of account.breakdowns.unit)
      expect(g.figures.highImpact.caseIds).toEqual(g.figures.held.caseIds.filter((id) => highIds.includes(id)));
  });

  it('reads the registration: unit, values at stake and served, technologies as themes', () => {
    const c = {
      intake: {
        orgUnit: '  Veiligheid   en Handhaving ',
        values: { privacy: 'camera', machtsverhoudingen: 'leverancier' },
        valuesServed: ['veiligheid'],
        technologies: ['cameras' as const],
      },
    };
    expect(caseTraits(c)).toEqual({
      unit: 'Veiligheid en Handhaving',
      valuesAtStake: ['privacy', 'machtsverhoudingen'],
      valuesServed: ['veiligheid'],
      themes: ['cameras'],
    });
    expect(caseTraits({ intake: { orgUnit: 'Stadsbeheer' } })).toEqual({
      unit: 'Stadsbeheer',
      valuesAtStake: [],
      valuesServed: [],
      themes: [],
    });
  });

  it('refuses a report that is not of a whole calendar year', () => {
    const part = computeReport(EVENTS, CASES, {
      asOf: AS_OF,
      year: 2026,
      period: { from: '2026-01-01', to: '2026-04-01' },
    });
    expect(() => annualAccount(part, () => undefined)).toThrow(RangeError);
  });

  it('counts imported history by unit, with high impact and panel from the file; values and themes not recorded', () => {
    const rows = [
      { id: '7', project: 'Wijkscan', unit: 'Wonen', assessedOn: '2021-03-04', impact: 'high', panel: true },
      { id: '8', project: 'Parkeerapp', unit: 'Mobiliteit', assessedOn: '2021-05-06', impact: 'low', panel: false },
    ] as const;
    const imported = rows.map((r) =>
      importedCase({ ...r, line: 2, reportUrl: undefined }, 'oud.csv', new Date('2026-11-01T10:00:00Z')),
    );
    const events = imported.map(
      ({ c, event }, i) => ({ ...event, seq: i + 1, at: '2026-11-01T10:00:00.000Z', caseId: c.id }) as AuditEvent,
    );
    const cases = imported.map(({ c }) => c);
    const r2021 = computeReport(events, cases, { asOf: '2026-12-01T00:00:00Z', year: 2021 });
    const acc = annualAccount(r2021, (id) => caseTraits(cases.find((c) => c.id === id)!));
    expect(acc.totals.held.caseIds).toEqual(['HIST-7', 'HIST-8']);
    expect(acc.totals.highImpact.caseIds).toEqual(['HIST-7']);
    expect(acc.totals.withPanel.caseIds).toEqual(['HIST-7']);
    expect(acc.totals.dpiaDoneBefore.value).toBe(0);
    expect(acc.breakdowns.unit.map((g) => [g.key, g.figures.held.caseIds])).toEqual([
      ['Mobiliteit', ['HIST-8']],
      ['Wonen', ['HIST-7']],
    ]);
    for (const b of ['valueAtStake', 'valueServed', 'theme'] as const)
      expect(acc.breakdowns[b].map((g) => [g.key, g.figures.held.value])).toEqual([[NOT_RECORDED, 2]]);
  });
});
