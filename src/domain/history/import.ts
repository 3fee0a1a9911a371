import type { CaseRecord } from '../case/case.js';
import type { CaseEvent } from '../case/events.js';
import type { ImpactLevel } from '../impact/rules.js';
import { isCalendarDate } from '../time.js';

/**
 * Past assessments (from before the bot) read from a CSV file, so that the report can show the
 * trend the audit asked about. Every row is checked; one bad row refuses the whole file.
 */

export const HISTORY_COLUMNS = ['id', 'project', 'unit', 'assessed_on', 'impact', 'panel', 'report_url'] as const;
type Column = (typeof HISTORY_COLUMNS)[number];

export interface HistoryRow {
  line: number;
  id: string;
  project: string;
  unit: string;
  assessedOn: string;
  impact: ImpactLevel;
  panel: boolean;
  reportUrl?: string;
}

export interface HistoryParse {
  rows: HistoryRow[];
  /** Line numbers are 1-based, as an editor shows them (the header is line 1). */
  errors: { line: number; message: string }[];
}

const IMPACT: Record<string, ImpactLevel> = { laag: 'low', midden: 'medium', hoog: 'high' };
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Splits one CSV record (RFC 4180 quoting) on `sep`. */
function fields(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.trim());
}

/**
 * Reads the file's text: a header with at least the columns of HISTORY_COLUMNS (any order, comma
 * or semicolon separated, more columns allowed), dates YYYY-MM-DD not after `today`, impact
 * laag|midden|hoog, panel ja|nee, report_url empty or https. Ids must be unique in the file.
 */
export function parseHistoryCsv(text: string, today: string): HistoryParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: HistoryParse['errors'] = [];
  const headerLine = lines[0] ?? '';
  const sep = headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
  const header = fields(headerLine, sep).map((h) => h.toLowerCase());
  const missing = HISTORY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) return { rows: [], errors: [{ line: 1, message: `missing columns: ${missing.join(', ')}` }] };
  const at = (cells: string[], c: Column) => cells[header.indexOf(c)] ?? '';
  const rows: HistoryRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (!raw.trim()) return;
    const cells = fields(raw, sep);
    const problems: string[] = [];
    const id = at(cells, 'id');
    if (!ID.test(id)) problems.push('id: letters, digits, ".", "_" or "-", at most 40');
    else if (seen.has(id)) problems.push(`id ${id} also on line ${seen.get(id)}`);
    const project = at(cells, 'project');
    if (!project || project.length > 200) problems.push('project: required, at most 200 characters');
    const unit = at(cells, 'unit');
    if (!unit || unit.length > 200) problems.push('unit: required, at most 200 characters');
    const assessedOn = at(cells, 'assessed_on');
    if (!isCalendarDate(assessedOn)) problems.push('assessed_on: a date YYYY-MM-DD');
    else if (assessedOn > today) problems.push('assessed_on: in the future');
    const impact = IMPACT[at(cells, 'impact').toLowerCase()];
    if (!impact) problems.push('impact: laag, midden or hoog');
    const panel = at(cells, 'panel').toLowerCase();
    if (panel !== 'ja' && panel !== 'nee') problems.push('panel: ja or nee');
    const reportUrl = at(cells, 'report_url');
    if (reportUrl && !/^https:\/\/[^\s<>"]+$/.test(reportUrl)) problems.push('report_url: empty or an https link');
    if (problems.length) return void errors.push({ line, message: problems.join('; ') });
    seen.set(id, line);
    rows.push({
      line,
      id,
      project,
      unit,
      assessedOn,
      impact: impact!,
      panel: panel === 'ja',
      ...(reportUrl ? { reportUrl } : {}),
    });
  });
  if (!errors.length && !rows.length) errors.push({ line: 2, message: 'no rows' });
  return { rows: errors.length ? [] : rows, errors };
}

/** The case id of an imported row: its own id, marked as from before the bot. */
export const importedCaseId = (row: Pick<HistoryRow, 'id'>) => `HIST-${row.id}`;

/** A past assessment as a closed case, with the one event that says so. */
export function importedCase(row: HistoryRow, source: string, now: Date): { c: CaseRecord; event: CaseEvent } {
  const at = now.toISOString();
  const c: CaseRecord = {
    id: importedCaseId(row),
    state: 'closed',
    createdAt: at,
    updatedAt: at,
    createdBy: 'system',
    leadId: 'system',
    origin: { kind: 'import', source, line: row.line },
    intake: { projectName: row.project, orgUnit: row.unit },
    intakeStep: 'review',
    triage: { suggestedImpact: row.impact, impact: row.impact, requests: [] },
    assessment: {
      heldAt: row.assessedOn,
      reportUrl: row.reportUrl ?? '',
      recordedBy: 'system',
      recordedAt: at,
      panelPresent: [],
    },
    advice: [],
    closedReason: `imported from ${source}, line ${row.line}`,
  };
  return {
    c,
    event: {
      type: 'case.imported',
      actor: 'system',
      to: 'closed',
      data: { heldAt: row.assessedOn, impact: row.impact, panel: row.panel, source, line: row.line },
    },
  };
}
