/**
 * The labelled detector data (bench/data/detect-*.jsonl): one JSON object per line,
 *
 *   {"id": "cd-001", "text": "…", "lang": "nl", "label": true, "kind": "scope-change", "source": "",
 *    "parent": "…", "reply": true}
 *
 * `parent` (optional) is the text of the message this one replies to, as the bot would still have
 * it in memory; `reply: true` marks a reply, also one whose parent is not known. The label is
 * about the message itself read in its thread: a reply that only reacts to a project in its
 * parent is no signal, a reply that adds a plan of its own (or a new use) is.
 */
import fs from 'node:fs';

export interface Example {
  readonly id: string;
  readonly text: string;
  readonly label: boolean;
  readonly lang: string;
  readonly kind: string;
  /** The real project a positive paraphrases; '' when none. */
  readonly source: string;
  readonly parent?: string;
  readonly reply: boolean;
}

const optionalString = (v: unknown, name: string): string | undefined => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new Error(`"${name}" must be a string`);
  return v;
};

export function parseExample(line: string, fallbackId: string): Example {
  const row = JSON.parse(line) as Record<string, unknown>;
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new Error('expected a JSON object');
  if (typeof row.text !== 'string' || typeof row.label !== 'boolean')
    throw new Error('needs "text" (string) and "label" (boolean)');
  if (row.reply !== undefined && typeof row.reply !== 'boolean') throw new Error('"reply" must be a boolean');
  const parent = optionalString(row.parent, 'parent');
  return {
    id: String(row.id ?? fallbackId),
    text: row.text,
    label: row.label,
    lang: optionalString(row.lang, 'lang') ?? '',
    kind: optionalString(row.kind, 'kind') ?? '',
    source: optionalString(row.source, 'source') ?? '',
    ...(parent !== undefined ? { parent } : {}),
    reply: row.reply === true || parent !== undefined,
  };
}

/** Reads a JSONL file; blank lines are skipped, a bad line stops with its file and line number. */
export function loadExamples(file: string, content = fs.readFileSync(file, 'utf8')): Example[] {
  const out: Example[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(parseExample(line, `line-${i + 1}`));
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}
