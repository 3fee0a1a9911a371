/**
 * Runs the signal detector over a JSONL file.
 *
 *   npm run --silent detect -- FILE.jsonl
 *
 * Input: one JSON object per line with at least "id" and "text"; an optional "parent" (the text of
 * the message this one replies to) is read as its thread context, the way the bot reads a reply
 * whose parent it still holds in memory. Other fields are ignored, blank lines are skipped.
 * Output on stdout: exactly one line per input,
 *   {"id": ..., "signal": true|false, "score": 0.734, "reasons": ["...", ...]}
 * with the English reason texts. Errors go to stderr with a non-zero exit code.
 * DETECTOR_THRESHOLD (0..1) overrides the default threshold.
 */
import fs from 'node:fs';
import { detect } from '../src/domain/signal/detector.js';
import { translator } from '../src/i18n/index.js';
import { signalReason } from '../src/i18n/labels.js';

class UsageError extends Error {}

function threshold(): number | undefined {
  const raw = process.env.DETECTOR_THRESHOLD;
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`DETECTOR_THRESHOLD must be a number between 0 and 1, got "${raw}"`);
  }
  return value;
}

function parseLine(line: string, lineNumber: number, file: string): { id: unknown; text: string; parent?: string } {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    // The parser's own message quotes the line; message text stays out of logs.
    throw new UsageError(`${file}:${lineNumber}: invalid JSON`);
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    throw new UsageError(`${file}:${lineNumber}: expected a JSON object`);
  }
  const { id, text, parent } = row as { id?: unknown; text?: unknown; parent?: unknown };
  if (id === undefined) throw new UsageError(`${file}:${lineNumber}: missing "id"`);
  if (typeof text !== 'string') throw new UsageError(`${file}:${lineNumber}: "text" must be a string`);
  if (parent !== undefined && typeof parent !== 'string')
    throw new UsageError(`${file}:${lineNumber}: "parent" must be a string`);
  return parent === undefined ? { id, text } : { id, text, parent };
}

function main(argv: readonly string[]): number {
  try {
    const file = argv[0];
    if (file === undefined || argv.length > 1) throw new UsageError('usage: npm run --silent detect -- FILE.jsonl');
    const t = threshold();
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file}: ${(e as Error).message}`,
      );
    }
    const rows = content
      .split(/\r?\n/)
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => line.trim() !== '')
      .map(({ line, n }) => parseLine(line, n, file));
    const en = translator('en');
    const out = rows.map(({ id, text, parent }) => {
      const d = detect(text, {
        ...(t === undefined ? {} : { threshold: t }),
        context: parent === undefined ? undefined : { parentText: parent },
      });
      return JSON.stringify({
        id,
        signal: d.signal,
        score: d.score,
        reasons: d.reasons.map((r) => signalReason(en, r.code) ?? r.code),
      });
    });
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`;
    process.stderr.write(`detect: ${message}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
