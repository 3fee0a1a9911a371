import type { CaseRecord } from '../case/case.js';
import { figure } from './stats.js';
import { yearBounds } from './time.js';
import type { Figure, Report } from './types.js';

/**
 * The yearly account to the council (jaarverantwoording): the year's figures of the report, broken
 * down by organisational unit, by value (at stake and served) and by theme, each figure with the
 * cases behind it. The figures are taken from a report of that year, never counted again, so the
 * account and `rapport YEAR` always agree; the breakdowns add only which group a case belongs to,
 * from its registration as recorded now.
 */

/** The account's figures: a case set of the report each. */
export const ACCOUNT_FIGURES = ['held', 'highImpact', 'withPanel', 'dpiaDoneBefore'] as const;
export type AccountFigure = (typeof ACCOUNT_FIGURES)[number];

/** How the cases are grouped. A theme is a kind of technology recorded at registration. */
export const BREAKDOWNS = ['unit', 'valueAtStake', 'valueServed', 'theme'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The group of the cases whose registration does not record it (imported history, for instance). */
export const NOT_RECORDED = '';

/** What the registration says about a case, for the breakdowns. */
export interface CaseTraits {
  unit?: string;
  valuesAtStake: readonly string[];
  valuesServed: readonly string[];
  themes: readonly string[];
}

export type AccountFigures = Record<AccountFigure, Figure>;

export interface AccountGroup {
  /** The unit as written, a value id, a technology code; NOT_RECORDED for the cases without one. */
  key: string;
  figures: AccountFigures;
}

export interface AnnualAccount {
  year: number;
  asOf: string;
  tz: string;
  totals: AccountFigures;
  /** Per breakdown, its groups: most assessments first, then by key; NOT_RECORDED last. */
  breakdowns: Record<Breakdown, AccountGroup[]>;
}

/** One unit written two ways ("Stadsbeheer ", "stadsbeheer") is one group; the first spelling names it. */
const unitKey = (unit: string | undefined): string => unit?.trim().replace(/\s+/g, ' ').toLowerCase() ?? '';

/** The traits of a case as its registration records them. */
export function caseTraits(c: Pick<CaseRecord, 'intake'>): CaseTraits {
  const unit = c.intake.orgUnit?.trim().replace(/\s+/g, ' ');
  return {
    ...(unit ? { unit } : {}),
    valuesAtStake: Object.keys(c.intake.values ?? {}),
    valuesServed: c.intake.valuesServed ?? [],
    themes: c.intake.technologies ?? [],
  };
}

/** The year's figures of the report, as the account counts them (the report's period must be its year). */
function totalsOf(report: Report): AccountFigures {
  return {
    held: report.assessments.held,
    highImpact: figure([...report.highImpact.withPanel.caseIds, ...report.highImpact.withoutPanel.caseIds]),
    withPanel: report.highImpact.withPanel,
    dpiaDoneBefore: report.dpia.doneBefore,
  };
}

/** The groups a case falls in, per breakdown (a case counts in each value and theme it has). */
function groupsOf(traits: CaseTraits | undefined, units: Map<string, string>): Record<Breakdown, string[]> {
  const orNone = (keys: readonly string[]) => (keys.length ? [...new Set(keys)] : [NOT_RECORDED]);
  const unit = traits?.unit;
  if (unit && !units.has(unitKey(unit))) units.set(unitKey(unit), unit);
  return {
    unit: [unit ? units.get(unitKey(unit))! : NOT_RECORDED],
    valueAtStake: orNone(traits?.valuesAtStake ?? []),
    valueServed: orNone(traits?.valuesServed ?? []),
    theme: orNone(traits?.themes ?? []),
  };
}

/**
 * The account of the report's year. `traitsOf` gives a case's registration (undefined when the
 * case is gone: it counts as not recorded). Every case of a figure is in exactly one unit, and in
 * every value and theme it has, so a breakdown by value or theme adds up to more than the total.
 */
export function annualAccount(report: Report, traitsOf: (caseId: string) => CaseTraits | undefined): AnnualAccount {
  const year = yearBounds(report.year, report.tz);
  if (Date.parse(report.period.from) !== year.from || Date.parse(report.period.to) !== year.to)
    throw new RangeError('the account needs the report of a whole calendar year');
  const totals = totalsOf(report);
  const units = new Map<string, string>();
  const members = new Map<Breakdown, Map<string, Set<string>>>(BREAKDOWNS.map((b) => [b, new Map()]));
  for (const id of totals.held.caseIds) {
    const groups = groupsOf(traitsOf(id), units);
    for (const b of BREAKDOWNS)
      for (const key of groups[b]) {
        const byKey = members.get(b)!;
        if (!byKey.has(key)) byKey.set(key, new Set());
        byKey.get(key)!.add(id);
      }
  }
  const breakdowns = Object.fromEntries(
    BREAKDOWNS.map((b) => [b, groupsFrom(members.get(b)!, totals)]),
  ) as AnnualAccount['breakdowns'];
  return { year: report.year, asOf: report.asOf, tz: report.tz, totals, breakdowns };
}

function groupsFrom(byKey: Map<string, Set<string>>, totals: AccountFigures): AccountGroup[] {
  const groups = [...byKey].map(([key, ids]) => ({
    key,
    figures: Object.fromEntries(
      ACCOUNT_FIGURES.map((f) => [f, figure(totals[f].caseIds.filter((id) => ids.has(id)))]),
    ) as AccountFigures,
  }));
  return groups.sort(
    (a, b) =>
      Number(a.key === NOT_RECORDED) - Number(b.key === NOT_RECORDED) ||
      b.figures.held.value - a.figures.held.value ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** One number of the account, flat: which breakdown and group (none for the totals), which figure, its cases. */
export interface AccountRow {
  breakdown: Breakdown | 'total';
  key: string;
  figure: AccountFigure;
  value: number;
  caseIds: readonly string[];
}

/** Every number of the account in a fixed order: the totals, then each breakdown group by group. */
export function accountRows(account: AnnualAccount): AccountRow[] {
  const rows = (breakdown: AccountRow['breakdown'], key: string, figures: AccountFigures) =>
    ACCOUNT_FIGURES.map((f) => ({ breakdown, key, figure: f, value: figures[f].value, caseIds: figures[f].caseIds }));
  return [
    ...rows('total', '', account.totals),
    ...BREAKDOWNS.flatMap((b) => account.breakdowns[b].flatMap((g) => rows(b, g.key, g.figures))),
  ];
}
