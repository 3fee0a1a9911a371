import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { StringDecoder } from 'node:string_decoder';
import { decodeLine, encodeLine, type Commit } from './journal-line.js';
import { CHUNK_BYTES, makeDir, realDisk, replaceFile, syncDir, TEMP_SUFFIX, type DiskIo } from './files.js';
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
 * Journal bytes read at a time when a generation is read whole (opening, checking, backing up):
 * nothing else waits for it then, and each read is a trip through the thread pool.
 */
const READ_CHUNK_BYTES = 1024 * 1024;

/** One intact commit as read from a journal segment. */
export interface JournalEntry {
  segment: number;
  commit: Commit;
}

export interface ReadOptions {
  /** Lines without a checksum are accepted and gaps are only warnings (see readGeneration). */
  legacy?: boolean;
  /**
   * Called with every intact commit in order, instead of keeping them in `commits` (opening the
   * store folds them into its state as they are read, so the whole journal is never in memory at once).
   */
  visit?: (entry: JournalEntry, snapshot: Snapshot | null) => void;
}

/**
 * Reads and checks a generation directory: the snapshot's checksum, every line's checksum, no
 * segment missing, commits after the snapshot numbered without gaps, audit events 1…N without
 * gaps. With `legacy`, lines without a checksum are accepted and gaps are only warnings (older
 * versions could lose writes after an erasure; that loss happened before this check existed).
 */
export async function readGeneration(dir: string, options: ReadOptions = {}): Promise<GenerationContent> {
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
  const sequence = new SequenceCheck(content.snapshot, gap);
  const visit = options.visit ?? ((entry: JournalEntry) => content.commits.push(entry));
  let damaged = false;
  for (let i = 0; i < names.length; i++) {
    const file = path.join(journalDir, names[i]!);
    const segment = content.segments[i]!;
    const tail = await forEachLine(
      file,
      (line, n) => {
        if (!line.trim()) return;
        const decoded = decodeLine(line, legacy);
        if (!decoded.ok) {
          content.problems.push(`${path.relative(dir, file)} line ${n + 1} ${decoded.problem}`);
          damaged = true;
        }
        if (damaged) content.skipped++;
        else if (decoded.ok) {
          sequence.see(decoded.commit);
          visit({ segment, commit: decoded.commit }, content.snapshot);
        }
      },
      READ_CHUNK_BYTES,
    );
    if (tail.text.trim()) {
      if (i === names.length - 1) content.unfinished = { segment, offset: tail.offset };
      else
        content.problems.push(
          `${path.relative(dir, file)} ends with an unfinished line, but it is not the last segment`,
        );
    }
  }
  sequence.finish();
  return content;
}

/**
 * Calls `visit` with each complete line of a file (without its newline), its number and byte
 * offset, reading `chunkBytes` at a time (other work runs while each chunk is read); returns
 * what follows the last newline (a line whose write was cut off) and where it starts.
 */
export async function forEachLine(
  file: string,
  visit: (line: string, n: number, offset: number) => void,
  chunkBytes = CHUNK_BYTES,
): Promise<{ text: string; offset: number }> {
  const handle = await fsp.open(file, 'r');
  try {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    // a line longer than a chunk is collected as text (never as one large buffer: see CHUNK_BYTES)
    const decoder = new StringDecoder('utf8');
    let pending: string[] = [];
    let lineStart = 0; // byte offset in the file of the line being read
    let position = 0; // byte offset in the file of chunk[0]
    let n = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0 && nl < bytesRead; nl = chunk.indexOf(10, from)) {
        const rest = pending.length ? decoder.write(chunk.subarray(from, nl)) : chunk.toString('utf8', from, nl);
        const line = pending.length ? pending.join('') + rest : rest;
        pending = [];
        visit(line, n++, lineStart);
        from = nl + 1;
        lineStart = position + from;
      }
      if (from < bytesRead) pending.push(decoder.write(chunk.subarray(from, bytesRead)));
      position += bytesRead;
    }
    pending.push(decoder.end());
    return { text: pending.join(''), offset: lineStart };
  } finally {
    await handle.close();
  }
}

/** Checks, commit by commit, that commits after the snapshot and audit events 1…N have no gaps. */
class SequenceCheck {
  private readonly snapSeq: number;
  private expectedSeq: number;
  private expectedEvent = 1;

  constructor(
    private readonly snapshot: Snapshot | null,
    private readonly gap: (text: string) => void,
  ) {
    this.snapSeq = snapshot?.seq ?? 0;
    this.expectedSeq = this.snapSeq + 1;
  }

  see(commit: Commit): void {
    if (commit.seq > this.snapSeq) {
      if (commit.seq !== this.expectedSeq)
        this.gap(`journal commits ${this.expectedSeq}–${commit.seq - 1} are missing`);
      this.expectedSeq = commit.seq + 1;
    }
    for (const e of commit.events ?? []) {
      if (e.seq !== this.expectedEvent) this.gap(`audit events ${this.expectedEvent}–${e.seq - 1} are missing`);
      this.expectedEvent = e.seq + 1;
    }
  }

  finish(): void {
    const eventSeq = this.snapshot?.eventSeq ?? 0;
    if (this.expectedEvent - 1 < eventSeq)
      this.gap(`audit events ${this.expectedEvent}–${eventSeq} are missing (the snapshot counts ${eventSeq})`);
  }
}

/**
 * Writes a complete generation: the snapshot, and one journal segment with every audit event (the
 * journal's only copy of history), both flushed to disk. CURRENT is not touched.
 */
export async function writeGeneration(
  root: string,
  generation: number,
  input: { snapshot: Snapshot; events: Iterable<AuditEvent>; version: number; at: string },
  io: DiskIo = realDisk,
): Promise<number> {
  const dir = generationDir(root, generation);
  const journal = path.join(dir, JOURNAL_DIR);
  await fsp.rm(dir, { recursive: true, force: true });
  await makeDir(dir);
  await makeDir(journal);
  const lines: string[] = [];
  let batch: AuditEvent[] = [];
  const line = () => lines.push(encodeLine({ seq: input.snapshot.seq, v: input.version, at: input.at, events: batch }));
  let sliceStarted = performance.now();
  for (const event of input.events) {
    batch.push(event);
    if (batch.length === EVENTS_PER_LINE) {
      line();
      batch = [];
      // ten years of history take a while to encode: let other work run between lines
      if (performance.now() - sliceStarted >= 8) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
  }
  if (batch.length) line();
  await io.writeNew(path.join(journal, segmentName(1)), lines);
  const snapshot = new SnapshotFile(path.join(dir, SNAPSHOT_FILE), io);
  await snapshot.write(input.snapshot);
  await syncDir(journal);
  await syncDir(dir);
  await syncDir(root);
  return snapshot.size;
}
