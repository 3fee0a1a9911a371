import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import {
  PUBLICATION_CATEGORIES,
  REGISTER_STATUSES,
  type ImpactAssessmentRef,
  type PublicationCategory,
  type RegisterStatus,
} from './standard.js';

/**
 * Reads the municipality's open-data export of its algorithm register: JSON (a list of entries,
 * or an object with `entries`/`results`, as the bot's own export) or CSV (comma or semicolon, a
 * header of the standard's field names, as the register's download). Each entry is checked with
 * zod; every problem names the entry (and the CSV line) and the field. One bad entry refuses the
 * whole file, so a half-read file never replaces a good one.
 */

/** An entry of the loaded register, reduced to what the comparison uses. */
export interface LoadedEntry {
  /** Stable within the register: its id (lars), else the owner's id (source_id), else `name:` + the name. */
  key: string;
  /** 1-based position in the file; `line` is the CSV line where it ends. */
  position: number;
  line?: number;
  name: string;
  organization?: string;
  status?: RegisterStatus;
  publicationCategory?: PublicationCategory;
  lars?: string;
  sourceId?: string;
  /** Links that identify the entry: its page, the link to the source registration. */
  links: string[];
  impactAssessments: ImpactAssessmentRef[];
}

/** What is wrong, as a code: the words are in i18n ('register.problem.<code>'). */
export type ProblemCode =
  'required' | 'choice' | 'tooLong' | 'type' | 'notEntry' | 'twice' | 'json' | 'shape' | 'csv' | 'empty';

export interface RegisterProblem {
  /** The entry (1-based); 0 = the file as a whole. */
  position: number;
  line?: number;
  field?: string;
  code: ProblemCode;
  /** The allowed values, the maximum length, the other entry, or the parser's own words. */
  detail?: string;
}

export type RegisterParse = { ok: true; entries: LoadedEntry[] } | { ok: false; errors: RegisterProblem[] };

function problem(issue: z.ZodIssue): Pick<RegisterProblem, 'code' | 'detail'> {
  if (issue.path.length === 0) return { code: 'notEntry' };
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return { code: 'required' };
  if (issue.code === 'invalid_enum_value') return { code: 'choice', detail: issue.options.join(' | ') };
  if (issue.code === 'too_big') return { code: 'tooLong', detail: String(issue.maximum) };
  if (issue.code === 'too_small') return { code: 'required' };
  return { code: 'type' };
}

const text = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' ? v.trim() || null : v), z.string().max(max).nullish());

/** "Impactvolle algoritmes (Categorie B)" as the handbook writes it → the register's value. */
const category = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s*\(Categorie [ABC]\)\s*$/i, '').trim() || null : v),
  z.enum(PUBLICATION_CATEGORIES).nullish(),
);

const ref = z.object({
  title: z.string().trim().min(1).max(500),
  link: z.preprocess((v) => (v === '' ? null : v), z.string().trim().max(500).nullish()),
});

/** The register's CSV writes lists of title/link pairs as "1: title, link. 2: title, link". */
export function refsFromText(value: string): ImpactAssessmentRef[] {
  return value
    .split(/(?:^|\.\s+)\d+:\s*/)
    .map((part) => part.trim().replace(/\.$/, ''))
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?),\s*(https?:\/\/\S+)$/.exec(part);
      return m ? { title: m[1]!.trim(), link: m[2]! } : { title: part, link: null };
    });
}

const entrySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    organization: text(200),
    status: z.preprocess((v) => (v === '' ? null : v), z.enum(REGISTER_STATUSES).nullish()),
    publication_category: category,
    lars: text(100),
    algorithm_id: text(100),
    source_id: text(100),
    url: text(500),
    website: text(500),
    impacttoetsen_grouping: z.preprocess(
      (v) => (typeof v === 'string' ? refsFromText(v) : v),
      z.array(ref).max(50).nullish(),
    ),
  })
  .passthrough();

const normalName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
export const nameKey = (name: string) => `name:${normalName(name)}`;

function toEntry(data: z.infer<typeof entrySchema>, position: number, line?: number): LoadedEntry {
  const lars = data.lars ?? data.algorithm_id ?? undefined;
  const sourceId = data.source_id ?? undefined;
  return {
    key: lars ?? sourceId ?? nameKey(data.name),
    position,
    ...(line ? { line } : {}),
    name: data.name,
    ...(data.organization ? { organization: data.organization } : {}),
    ...(data.status ? { status: data.status } : {}),
    ...(data.publication_category ? { publicationCategory: data.publication_category } : {}),
    ...(lars ? { lars } : {}),
    ...(sourceId ? { sourceId } : {}),
    links: [data.url, data.website].filter((l): l is string => Boolean(l)),
    impactAssessments: (data.impacttoetsen_grouping ?? []).map((r) => ({ title: r.title, link: r.link ?? null })),
  };
}

function check(records: { value: unknown; position: number; line?: number }[]): RegisterParse {
  const errors: RegisterProblem[] = [];
  const entries: LoadedEntry[] = [];
  const seen = new Map<string, number>();
  for (const { value, position, line } of records) {
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          position,
          ...(line ? { line } : {}),
          ...(issue.path.length ? { field: issue.path.join('.') } : {}),
          ...problem(issue),
        });
      continue;
    }
    const entry = toEntry(parsed.data, position, line);
    const twice = seen.get(entry.key);
    if (twice !== undefined) errors.push({ position, ...(line ? { line } : {}), code: 'twice', detail: String(twice) });
    seen.set(entry.key, position);
    entries.push(entry);
  }
  if (!errors.length && !entries.length) errors.push({ position: 0, code: 'empty' });
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

function parseJson(body: string): RegisterParse {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [{ position: 0, code: 'json', detail: (e as Error).message }] };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object'
      ? ((data as Record<string, unknown>).entries ?? (data as Record<string, unknown>).results)
      : undefined;
  if (!Array.isArray(list)) return { ok: false, errors: [{ position: 0, code: 'shape' }] };
  return check(list.map((value, i) => ({ value, position: i + 1 })));
}

function parseCsvText(body: string): RegisterParse {
  const header = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(body, { bom: true, columns: true, delimiter, skip_empty_lines: true, info: true, trim: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      ok: false,
      errors: [{ position: 0, ...(line ? { line } : {}), code: 'csv', detail: (e as Error).message }],
    };
  }
  return check(
    rows.map(({ record, info }, i) => ({
      // empty cells are absent fields, as in JSON
      value: Object.fromEntries(Object.entries(record).filter(([, v]) => v !== '')),
      position: i + 1,
      line: info.lines,
    })),
  );
}

/** Parses a register file; JSON when it starts with `[` or `{`, else CSV. */
export function parseRegister(body: string): RegisterParse {
  const trimmed = body.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) return { ok: false, errors: [{ position: 0, code: 'empty' }] };
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJson(trimmed) : parseCsvText(trimmed);
}
