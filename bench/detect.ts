/**
 * Measures the signal detector on labelled JSONL files and compares it with a naive keyword list.
 *
 *   npm run bench:detect                      → bench/data/detect-dev.jsonl and bench/data/detect-extra.jsonl
 *   npm run bench:detect -- a.jsonl b.jsonl   → those files
 *
 * Each line: {"id": ..., "text": ..., "label": true|false, "kind": ...}. Quality figures live here,
 * never in unit tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detect } from '../src/domain/signal/detector.js';

interface Example {
  id: string;
  text: string;
  label: boolean;
  kind: string;
}

interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_FILES = [path.join(here, 'data', 'detect-dev.jsonl'), path.join(here, 'data', 'detect-extra.jsonl')];

/** The naive baseline: any of these words anywhere in the message. */
const BASELINE_KEYWORDS = ['app', 'data', 'algoritme', 'algorithm', 'ai', 'camera', 'sensor', 'drone', 'chatbot', 'platform', 'pilot', 'dashboard', 'model', 'copilot', 'digitaal', 'digital'];

function baseline(text: string): boolean {
  const lower = text.toLowerCase();
  return BASELINE_KEYWORDS.some((k) => new RegExp(`\\b${k}`, 'u').test(lower));
}

function load(file: string): Example[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const row = JSON.parse(line) as Partial<Example>;
      if (typeof row.text !== 'string' || typeof row.label !== 'boolean') throw new Error('needs "text" (string) and "label" (boolean)');
      out.push({ id: String(row.id ?? `line-${i + 1}`), text: row.text, label: row.label, kind: String(row.kind ?? '') });
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}

function count(examples: readonly Example[], predict: (text: string) => boolean): { counts: Counts; wrong: Example[] } {
  const counts: Counts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const wrong: Example[] = [];
  for (const ex of examples) {
    const p = predict(ex.text);
    if (p && ex.label) counts.tp++;
    else if (p && !ex.label) counts.fp++;
    else if (!p && !ex.label) counts.tn++;
    else counts.fn++;
    if (p !== ex.label) wrong.push(ex);
  }
  return { counts, wrong };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fmt = (x: number) => x.toFixed(3);

function summary(name: string, c: Counts): string {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  const fpr = ratio(c.fp, c.fp + c.tn);
  return `  ${name.padEnd(9)} precision ${fmt(precision)}  recall ${fmt(recall)}  F1 ${fmt(f1)}  FPR ${fmt(fpr)}   TP ${c.tp}  FP ${c.fp}  TN ${c.tn}  FN ${c.fn}`;
}

function main(): number {
  const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES;
  let failed = 0;
  for (const file of files) {
    if (!fs.existsSync(file)) {
      console.error(`bench:detect: file not found: ${file}`);
      failed++;
      continue;
    }
    const examples = load(file);
    const detector = count(examples, (t) => detect(t).signal);
    const started = performance.now();
    for (const ex of examples) detect(ex.text);
    const perMessage = (performance.now() - started) / Math.max(1, examples.length);
    const naive = count(examples, baseline);
    console.log(`\n${path.relative(process.cwd(), file)} (${examples.length} messages, ${examples.filter((e) => e.label).length} positive)`);
    console.log(summary('detector', detector.counts));
    console.log(summary('baseline', naive.counts));
    console.log(`  detector time: ${perMessage.toFixed(3)} ms per message (second pass, patterns compiled)`);
    if (detector.wrong.length > 0) {
      console.log('  misclassified by the detector:');
      for (const ex of detector.wrong) {
        console.log(`    ${ex.id}  ${ex.label ? 'FN' : 'FP'}  ${ex.kind}  score ${detect(ex.text).score}`);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
