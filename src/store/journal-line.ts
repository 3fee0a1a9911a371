import { createHash } from 'node:crypto';
import { updateInChunks } from './files.js';
import type { AuditEvent, Stored } from './store.js';

/** One transaction as written to the journal. */
export interface Commit {
  seq: number;
  /** Data-format version the commit was written with. */
  v: number;
  at: string;
  puts?: [string, Stored][];
  dels?: [string, string][];
  events?: AuditEvent[];
}

/** Characters of the line checksum: the first 64 bits of a SHA-256 of the JSON. */
const CHECK_LENGTH = 16;

const checksum = (json: string) => updateInChunks(createHash('sha256'), json).digest('hex').slice(0, CHECK_LENGTH);

/** A journal line: `<checksum> <commit as JSON>` and a newline, written with one write call. */
export function encodeLine(commit: Commit): string {
  const json = JSON.stringify(commit);
  return `${checksum(json)} ${json}\n`;
}

export type DecodedLine = { ok: true; commit: Commit } | { ok: false; problem: string };

/**
 * Reads one line (without its newline). Lines written before checksums existed (`legacy`) are
 * plain JSON; every other line must carry a checksum that matches.
 */
export function decodeLine(line: string, legacy = false): DecodedLine {
  let json = line;
  if (!legacy || !line.startsWith('{')) {
    const space = line.indexOf(' ');
    if (space !== CHECK_LENGTH) return { ok: false, problem: 'has no checksum' };
    json = line.slice(space + 1);
    if (checksum(json) !== line.slice(0, space))
      return { ok: false, problem: 'fails its checksum (changed or damaged)' };
  }
  try {
    const commit = JSON.parse(json) as Commit;
    if (typeof commit.seq !== 'number' || typeof commit.at !== 'string')
      return { ok: false, problem: 'is not a commit' };
    return { ok: true, commit };
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
}
