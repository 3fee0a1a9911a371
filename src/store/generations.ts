import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { decodeLine, encodeLine, type Commit } from './journal-line.js';
import { makeDir, realDisk, replaceFile, syncDir, TEMP_SUFFIX, type DiskIo } from './files.js';
import { parseSnapshot, SnapshotDamagedError, SnapshotFile, type Snapshot } from './snapshot-file.js';
import type { AuditEvent } from './store.js';

/**
 * The layout of a data directory. The data lives in one generation, `gen-NNNNNNNN/` (a snapshot
 * `uthiek.json` and journal segments `journal/NNNNNNNN.jsonl`); `CURRENT` names it. A history
 * rewrite (erasure, retention) writes a complete new generation beside the old one and then
 * replaces CURRENT atomically, so a crash leaves either the old generation or the new one whole.
 * Data directories written before generations existed keep `uthiek.json` and `journal/` at the
 * top level (the "legacy layout"); they are migrated into generation 1 on first open.
 */
export const CURRENT_FILE = 'CURRENT';
export const SNAPSHOT_FILE = 'uthiek.json';
export const JOURNAL_DIR = 'journal';
export const SECRETS_FILE = 'secrets.json';
export const SEGMENT_RE = /^(\d{8})\.jsonl$/;
const GENERATION_RE = /^gen-(\d{8})$/;
/** Audit events per line in a rewritten generation's history segment. */
const EVENTS_PER_LINE = 500;

const pad = (n: number) => String(n).padStart(8, '0');
export const generationName = (n: number) => `gen-${pad(n)}`;
export const segmentName = (n: number) => `${pad(n)}.jsonl`;
export const generationDir = (root: string, n: number) => path.join(root, generationName(n));

export class StoreDamagedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly problems: string[],
  ) {
    super(
      `The data in ${dataDir} is damaged or incomplete, so Uthiek Bot does not start (starting would silently lose records):\n` +
        problems.map((p) => `  - ${p}\n`).join('') +
        `See what is wrong:  npm run store:check -- ${dataDir}\n` +
        `Then restore the data directory from a backup, or keep what is intact with:  npm run store:check -- ${dataDir} --recover\n` +
        '(README.md, section "Store", says what recovery keeps and what it loses.)',
    );
    this.name = 'StoreDamagedError';
  }
}

/** The generation CURRENT names, or undefined when there is no CURRENT file. */
export function readCurrent(root: string): number | undefined {
  const file = path.join(root, CURRENT_FILE);
  if (!fs.existsSync(file)) return undefined;
  const m = GENERATION_RE.exec(fs.readFileSync(file, 'utf8').trim());
  if (!m) throw new StoreDamagedError(root, [`${file} does not name a generation`]);
  return Number(m[1]);
}

export async function switchCurrent(root: string, generation: number, io: DiskIo = realDisk): Promise<void> {
  await replaceFile(path.join(root, CURRENT_FILE), `${generationName(generation)}\n`, io);
}

export function listGenerations(root: string): number[] {
  return fs
    .readdirSync(root)
    .map((name) => GENERATION_RE.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

export function hasLegacyLayout(root: string): boolean {
  return fs.existsSync(path.join(root, SNAPSHOT_FILE)) || fs.existsSync(path.join(root, JOURNAL_DIR));
}

/**
 * Removes what is not the current generation: older or unfinished generations, the files of the
 * legacy layout once migrated, and temp files of interrupted writes.
 */
export async function removeStale(root: string, current: number): Promise<string[]> {
  const removed: string[] = [];
  const rm = async (file: string) => {
    if (!fs.existsSync(file)) return;
    await fsp.rm(file, { recursive: true, force: true });
    removed.push(path.relative(root, file));
  };
  for (const n of listGenerations(root)) if (n !== current) await rm(generationDir(root, n));
  for (const legacy of [SNAPSHOT_FILE, JOURNAL_DIR, `.${SNAPSHOT_FILE}.tmp`]) await rm(path.join(root, legacy));
  const gen = generationDir(root, current);
  for (const dir of [root, gen, path.join(gen, JOURNAL_DIR)]) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) if (name.endsWith(TEMP_SUFFIX)) await rm(path.join(dir, name));
  }
  return removed;
}

/** What a generation (or the legacy layout) holds, as read from disk and checked, not yet applied. */
export interface GenerationContent {
  snapshot: Snapshot | null;
  /** There is no snapshot file at all (as opposed to a damaged one, which is a problem). */
  snapshotMissing: boolean;
  /** Size of the snapshot file, in characters. */
  snapshotSize: number;
  /** Every intact commit up to the first damaged line, in order. */
  commits: { segment: number; commit: Commit }[];
  /** Lines from the first damaged one on, not taken into `commits`. */
  skipped: number;
  segments: number[];
  /** An unfinished last line (a write cut off by a crash, never acknowledged): where to cut it. */
  unfinished?: { segment: number; offset: number };
  /** Damage: the store does not open while there is any. */
  problems: string[];
  /** Oddities that lose nothing (or were lost before this version, in the legacy layout). */
  warnings: string[];
}

/**
 * Reads and checks a generation directory: the snapshot's checksum, every line's checksum, no
 * segment missing, commits after the snapshot numbered without gaps, audit events 1…N without
 * gaps. With `legacy`, lines without a checksum are accepted and gaps are only warnings (older
 * versions could lose writes after an erasure; that loss happened before this check existed).
 */
export async function readGeneration(dir: string, options: { legacy?: boolean } = {}): Promise<GenerationContent> {
  const legacy = options.legacy ?? false;
  const content: GenerationContent = {
    snapshot: null,
    snapshotMissing: false,
    snapshotSize: 0,
    commits: [],
    skipped: 0,
    segments: [],
    problems: [],
    warnings: [],
  };
  const gap = (text: string) => (legacy ? content.warnings : content.problems).push(text);
  const snapshotFile = path.join(dir, SNAPSHOT_FILE);
  if (fs.existsSync(snapshotFile)) {
    const text = await fsp.readFile(snapshotFile, 'utf8');
    content.snapshotSize = text.length;
    try {
      content.snapshot = parseSnapshot(text, snapshotFile, legacy);
    } catch (err) {
      if (!(err instanceof SnapshotDamagedError)) throw err;
      content.problems.push(err.message);
    }
  } else content.snapshotMissing = true;
  const journalDir = path.join(dir, JOURNAL_DIR);
  const names = fs.existsSync(journalDir)
    ? fs
        .readdirSync(journalDir)
        .filter((f) => SEGMENT_RE.test(f))
        .sort()
    : [];
  content.segments = names.map((f) => Number(SEGMENT_RE.exec(f)![1]));
  content.segments.forEach((no, i) => {
    const expected = i === 0 ? (legacy ? no : 1) : content.segments[i - 1]! + 1;
    if (no !== expected) gap(`journal segment ${segmentName(expected)} is missing`);
  });
  let damaged = false;
  for (let i = 0; i < names.length; i++) {
    const file = path.join(journalDir, names[i]!);
    const segment = content.segments[i]!;
    const text = await fsp.readFile(file, 'utf8');
    const lines = text.split('\n');
    const tail = lines.pop()!; // after the last newline: '' or a line whose write was cut off
    let offset = 0;
    lines.forEach((line, n) => {
      if (line.trim()) {
        const decoded = decodeLine(line, legacy);
        if (!decoded.ok) {
          content.problems.push(`${path.relative(dir, file)} line ${n + 1} ${decoded.problem}`);
          damaged = true;
        }
        if (damaged) content.skipped++;
        else if (decoded.ok) content.commits.push({ segment, commit: decoded.commit });
      }
      offset += Buffer.byteLength(line) + 1;
    });
    if (tail.trim()) {
      if (i === names.length - 1) content.unfinished = { segment, offset };
      else
        content.problems.push(
          `${path.relative(dir, file)} ends with an unfinished line, but it is not the last segment`,
        );
    }
  }
  checkSequence(content, gap);
  return content;
}

function checkSequence(content: GenerationContent, gap: (text: string) => void): void {
  const snapSeq = content.snapshot?.seq ?? 0;
  let expectedSeq = snapSeq + 1;
  let expectedEvent = 1;
  for (const { commit } of content.commits) {
    if (commit.seq > snapSeq) {
      if (commit.seq !== expectedSeq) gap(`journal commits ${expectedSeq}–${commit.seq - 1} are missing`);
      expectedSeq = commit.seq + 1;
    }
    for (const e of commit.events ?? []) {
      if (e.seq !== expectedEvent) gap(`audit events ${expectedEvent}–${e.seq - 1} are missing`);
      expectedEvent = e.seq + 1;
    }
  }
  const eventSeq = content.snapshot?.eventSeq ?? 0;
  if (expectedEvent - 1 < eventSeq)
    gap(`audit events ${expectedEvent}–${eventSeq} are missing (the snapshot counts ${eventSeq})`);
}

/**
 * Writes a complete generation: the snapshot, and one journal segment with every audit event (the
 * journal's only copy of history), both flushed to disk. CURRENT is not touched.
 */
export async function writeGeneration(
  root: string,
  generation: number,
  input: { snapshot: Snapshot; events: readonly AuditEvent[]; version: number; at: string },
  io: DiskIo = realDisk,
): Promise<number> {
  const dir = generationDir(root, generation);
  const journal = path.join(dir, JOURNAL_DIR);
  await fsp.rm(dir, { recursive: true, force: true });
  await makeDir(dir);
  await makeDir(journal);
  const lines: string[] = [];
  for (let i = 0; i < input.events.length; i += EVENTS_PER_LINE) {
    lines.push(
      encodeLine({
        seq: input.snapshot.seq,
        v: input.version,
        at: input.at,
        events: input.events.slice(i, i + EVENTS_PER_LINE) as AuditEvent[],
      }),
    );
  }
  await io.writeNew(path.join(journal, segmentName(1)), lines.join(''));
  const snapshot = new SnapshotFile(path.join(dir, SNAPSHOT_FILE), io);
  await snapshot.write(input.snapshot);
  await syncDir(journal);
  await syncDir(dir);
  await syncDir(root);
  return snapshot.size;
}
