/**
 * Shows that a change to the detector changed none of its output (a speed change must not).
 *
 *   npx tsx scripts/detect-same.ts save DIR      # before the change: the output, kept in DIR
 *   npx tsx scripts/detect-same.ts compare DIR   # after it: the same output, byte for byte?
 *
 * For every bench/data/*.jsonl file it keeps two outputs:
 * - `FILE.detect.jsonl`: what `npm run --silent detect -- FILE` prints (id, signal, score,
 *   reasons), run as that command;
 * - `FILE.full.jsonl`: everything the bot reads from a detection, in this process: for each line
 *   the detection without context, with the parent as context (when the line has one) and with
 *   "the parent was recognised as a signal" (as the bot reads a reply in a recognised thread):
 *   signal, score, reason codes with their details, and the hints (technologies, phase).
 * `compare` prints, per file, "identical" or the first line that differs, and exits with 1 when
 * any file differs or is missing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { detect } from '../src/domain/signal/detector.js';

const ROOT = path.join(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'bench', 'data');

function cliOutput(file: string): string {
  const run = spawnSync('npm', ['run', '--silent', 'detect', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, DETECTOR_THRESHOLD: '' },
  });
  if (run.status !== 0) throw new Error(`detect ${file} exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

function fullOutput(file: string): string {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const out: string[] = [];
  for (const line of lines) {
    const { id, text, parent } = JSON.parse(line) as { id: unknown; text: string; parent?: string };
    const contexts = [undefined, ...(parent === undefined ? [] : [{ parentText: parent }]), { parentSignal: true }];
    for (const context of contexts) {
      const d = detect(text, { context });
      out.push(JSON.stringify({ id, context, signal: d.signal, score: d.score, reasons: d.reasons, hints: d.hints }));
    }
  }
  return `${out.join('\n')}\n`;
}

function firstDifference(a: string, b: string): string {
  const [x, y] = [a.split('\n'), b.split('\n')];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) return `line ${i + 1}:\n  before: ${x[i]?.slice(0, 300)}\n  after:  ${y[i]?.slice(0, 300)}`;
  return 'no line differs (line endings?)';
}

function main(): number {
  const [mode, dir] = process.argv.slice(2);
  if ((mode !== 'save' && mode !== 'compare') || !dir) {
    console.error('usage: npx tsx scripts/detect-same.ts save|compare DIR');
    return 2;
  }
  const files = fs
    .readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  fs.mkdirSync(dir, { recursive: true });
  let differs = 0;
  let lines = 0;
  for (const f of files) {
    const source = path.join(DATA, f);
    for (const [kind, output] of [
      ['detect', () => cliOutput(source)],
      ['full', () => fullOutput(source)],
    ] as const) {
      const kept = path.join(dir, `${f}.${kind}.jsonl`);
      const now = output();
      lines += now.split('\n').length - 1;
      if (mode === 'save') {
        fs.writeFileSync(kept, now);
        continue;
      }
      const before = fs.existsSync(kept) ? fs.readFileSync(kept, 'utf8') : undefined;
      const same = before === now;
      if (!same) differs++;
      console.log(
        `${f} (${kind}): ${same ? 'identical' : before === undefined ? 'MISSING' : `DIFFERS at ${firstDifference(before, now)}`}`,
      );
    }
  }
  if (mode === 'save') {
    console.log(`kept the output for ${files.length} files (${lines} lines) in ${dir}`);
    return 0;
  }
  console.log(
    differs === 0
      ? `all ${files.length * 2} outputs of ${files.length} files identical, byte for byte (${lines} lines)`
      : `${differs} outputs DIFFER`,
  );
  return differs === 0 ? 0 : 1;
}

process.exitCode = main();
