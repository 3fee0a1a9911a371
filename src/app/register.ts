import { createHash } from 'node:crypto';
import fsp from 'node:fs/promises';
import type { CaseRecord } from '../domain/case/case.js';
import type { CaseEvent } from '../domain/case/events.js';
import { hasAlgorithm } from '../domain/followup/outcome.js';
import type { Locale } from '../domain/locale.js';
import { compareRegister, linkFromComparison, type RegisterComparison } from '../domain/register/compare.js';
import { caseEntry, type CaseEntry, type EntryContext, type EntryValue } from '../domain/register/entry.js';
import { parseRegister, type RegisterProblem } from '../domain/register/parse.js';
import { REGISTER_FIELD_KEYS, STANDARD_VERSION } from '../domain/register/standard.js';
import { CSV_DIALECTS, toCsv } from '../domain/report/export.js';
import { translator, type Translate } from '../i18n/index.js';
import { letterPath } from './advice-letter.js';
import type { AppDeps } from './deps.js';

/**
 * The algorithm register as a use case: the cases that belong in it, their entries in the
 * publication standard (JSON and CSV exports), and loading the municipality's open-data file to
 * compare it with the case records instead of typing what it says.
 */

/** Cases that can have a register entry: with an algorithm, submitted, not merged into another. */
export const registerCases = (deps: Pick<AppDeps, 'cases'>): CaseRecord[] =>
  deps.cases.all(hasAlgorithm).filter((c) => c.state !== 'intake' && c.state !== 'duplicate');

/** The register is in Dutch (lang "nld"), whatever the reader's language: its fixed phrases come from nl. */
export function entryContext(deps: Pick<AppDeps, 'config'>): EntryContext {
  const t = translator('nl');
  return {
    organization: deps.config.municipality.name,
    ...(deps.config.algorithmRegister.contact ? { contact: deps.config.algorithmRegister.contact } : {}),
    texts: {
      noDpia: (reason) => t('register.entry.noDpia', { reason }),
      inHouse: t('register.entry.inHouse'),
      letterTitle: (version) => t('register.entry.letter', { version }),
    },
  };
}

export const registerEntries = (deps: Pick<AppDeps, 'cases' | 'config'>): CaseEntry[] =>
  registerCases(deps).map((c) => caseEntry(c, entryContext(deps)));

/** A signed link to the current advice letter stays valid for a month, as on the cards. */
const LETTER_LINK_MS = 31 * 86_400_000;
const letterUrl = (deps: Pick<AppDeps, 'links'>, e: CaseEntry) =>
  e.letterVersion ? deps.links.url(letterPath(e.caseId, e.letterVersion), LETTER_LINK_MS) : null;

/**
 * The export as JSON: the standard's entries, plus per entry (under x_uthiek, not part of the
 * standard) the case, the link to its register entry, Team Uthiek's link to the advice letter,
 * and which fields a person must still fill in.
 */
export function registerJson(deps: Pick<AppDeps, 'cases' | 'config' | 'clock' | 'links'>): string {
  return JSON.stringify(
    {
      standard: 'Algoritmeregister publicatiestandaard',
      standard_version: STANDARD_VERSION,
      generated_at: deps.clock.now().toISOString(),
      entries: registerEntries(deps).map((e) => ({
        ...e.entry,
        x_uthiek: {
          case: e.caseId,
          register_url: e.registerUrl,
          letter_url: letterUrl(deps, e),
          not_filled: e.unknown,
          required_not_filled: e.missingRequired,
        },
      })),
    },
    null,
    2,
  );
}

/** A value in one CSV cell, as the register's own CSV writes lists ("1: title, link. 2: …"). */
function cell(value: EntryValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (value.every((v) => typeof v === 'string')) return (value as string[]).join(', ');
  return (value as { title: string; link: string | null }[])
    .map((r, i) => `${i + 1}: ${[r.title, r.link].filter(Boolean).join(', ')}`)
    .join('. ');
}

/** The export as CSV in the reader's dialect (Dutch: semicolons), the standard's field names as header. */
export function registerCsv(deps: Pick<AppDeps, 'cases' | 'config' | 'links'>, locale: Locale): string {
  const dialect = CSV_DIALECTS[locale];
  const header = [...REGISTER_FIELD_KEYS, 'x_uthiek_register_url', 'x_uthiek_letter_url', 'x_uthiek_not_filled'];
  const rows = registerEntries(deps).map((e) => [
    ...REGISTER_FIELD_KEYS.map((k) => cell(e.entry[k])),
    e.registerUrl ?? '',
    letterUrl(deps, e) ?? '',
    e.unknown.join(dialect.idSeparator),
  ]);
  return toCsv([header, ...rows], dialect);
}

/** The loaded register compared with the cases, or undefined when none was loaded. */
export function registerComparison(deps: Pick<AppDeps, 'cases' | 'registerFile'>): RegisterComparison | undefined {
  const loaded = deps.registerFile.current();
  return loaded ? compareRegister(registerCases(deps), loaded.entries) : undefined;
}

export type LoadResult =
  | { ok: true; entries: number; matched: number; contradictions: number; unchanged: boolean }
  | { ok: false; problems: RegisterProblem[] };

/**
 * Loads a register file: parsed and checked first; only a file without problems replaces the
 * loaded register. Then each matched case's register link is updated from the file (with a
 * `register.recorded` event, so the report counts it), unless nothing changed.
 */
export async function loadRegister(
  deps: Pick<AppDeps, 'cases' | 'registerFile' | 'clock'>,
  body: string,
  source: string,
  actor: string,
): Promise<LoadResult> {
  const parsed = parseRegister(body);
  if (!parsed.ok) return { ok: false, problems: parsed.errors };
  const hash = createHash('sha256').update(body).digest('hex');
  const now = deps.clock.now().toISOString();
  const before = deps.registerFile.current();
  const unchanged = before?.hash === hash && before.source === source;
  const comparison = compareRegister(registerCases(deps), parsed.entries);
  const matched = comparison.cases.filter((c) => c.entry);
  if (!unchanged) {
    await deps.registerFile.replace(
      { source, loadedAt: now, hash, entries: parsed.entries },
      { type: 'register.loaded', actor, data: { entries: parsed.entries.length, matched: matched.length } },
    );
  }
  await applyComparison(deps, comparison, actor);
  const contradictions =
    comparison.cases.reduce((n, c) => n + c.contradictions.length, 0) + comparison.assessedWithoutCase.length;
  return { ok: true, entries: parsed.entries.length, matched: matched.length, contradictions, unchanged };
}

/**
 * Updates each matched case's register link from the file (with a `register.recorded` event, so
 * the report counts it); a case whose link would not change is not written.
 */
export async function applyComparison(
  deps: Pick<AppDeps, 'cases' | 'clock'>,
  comparison: RegisterComparison,
  actor: string,
): Promise<void> {
  const now = deps.clock.now().toISOString();
  for (const cmp of comparison.cases) {
    const c = deps.cases.get(cmp.caseId);
    if (!c || !linkFromComparison(c, cmp, now)) continue;
    await deps.cases.update(cmp.caseId, undefined, (cur) => {
      const register = linkFromComparison(cur, cmp, now);
      if (!register) return { next: cur, events: [] };
      const event: CaseEvent = {
        type: 'register.recorded',
        actor,
        data: {
          statedAssessmentStatus: register.statedAssessmentStatus ?? null,
          statedDpia: register.statedDpia ?? null,
          source: 'file',
        },
      };
      return { next: { ...cur, register }, events: [event] };
    });
  }
}

export type FetchResult =
  | { ok: true; body: string }
  | { ok: false; reason: 'timeout' | 'status' | 'network' | 'file' | 'too-large'; detail: string };

/** Open-data registers are small; a file larger than this is not what was meant. */
const MAX_BYTES = 20 * 1024 * 1024;

/** Reads the configured register: an http(s) URL (with the configured timeout) or a file path. */
export async function fetchRegisterSource(deps: Pick<AppDeps, 'config'>, source: string): Promise<FetchResult> {
  const timeoutMs = deps.config.algorithmRegister.timeoutSeconds * 1000;
  if (!/^https?:\/\//i.test(source)) {
    try {
      const stat = await fsp.stat(source);
      if (stat.size > MAX_BYTES) return { ok: false, reason: 'too-large', detail: String(stat.size) };
      return { ok: true, body: await fsp.readFile(source, 'utf8') };
    } catch (err) {
      return { ok: false, reason: 'file', detail: (err as NodeJS.ErrnoException).code ?? 'unreadable' };
    }
  }
  try {
    const res = await fetch(source, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
      redirect: 'follow',
    });
    if (!res.ok) return { ok: false, reason: 'status', detail: String(res.status) };
    const body = await res.text();
    if (body.length > MAX_BYTES) return { ok: false, reason: 'too-large', detail: String(body.length) };
    return { ok: true, body };
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError')
      return { ok: false, reason: 'timeout', detail: `${timeoutMs}` };
    return { ok: false, reason: 'network', detail: String((err as Error).message).slice(0, 200) };
  }
}

/** The problems of a refused file as sentences, at most `max` (then how many more there are). */
export function problemLines(t: Translate, problems: readonly RegisterProblem[], max = 10): string[] {
  const lines = problems.slice(0, max).map((p) => {
    const where =
      p.position === 0
        ? t('register.problem.file')
        : p.line
          ? t('register.problem.entryLine', { position: p.position, line: p.line })
          : t('register.problem.entry', { position: p.position });
    return t(`register.problem.${p.code}`, { where, field: p.field ?? '', detail: p.detail ?? '' });
  });
  return problems.length > max ? [...lines, t('register.problem.more', { total: problems.length })] : lines;
}
