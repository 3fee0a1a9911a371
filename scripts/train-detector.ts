/**
 * Trains the learned part of the signal detector and writes src/domain/signal/model.json.
 *
 *   npx tsx scripts/train-detector.ts            → cross-validate, choose, train on all, write model.json
 *   npx tsx scripts/train-detector.ts --check    → the same, but only compare with the stored model.json
 *                                                   (exit 1 when it differs); writes nothing
 *
 * Data: the model learns from the labelled training files below, and only those. The development
 * sets (never learned from; their errors were studied) are read for one thing: choosing the
 * operating point, the margins with which the model and the rules are combined (learn.ts,
 * chooseOnDevelopment). The held-out sets are never read.
 * Deterministic: the same files give a byte-identical model.json. No network, no dependencies.
 * Prints the cross-validated precision, recall, F1 and false-positive rate of the rules, the model
 * and the hybrid; quality figures live here and in bench:detect, never in unit tests.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadExamples } from './detector/data.js';
import { buildModel, DEFAULT_BUILD, type LabelledExample } from './detector/learn.js';
import type { Metrics } from '../src/domain/signal/model-file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The development data. Exact names on purpose: no globbing in bench/data. */
const TRAINING_FILES = [
  'bench/data/detect-dev.jsonl',
  'bench/data/detect-extra.jsonl',
  'bench/data/detect-blind.jsonl',
  'bench/data/detect-chat-train.jsonl',
  'bench/data/detect-chat-train-2.jsonl',
  'bench/data/detect-chat-train-3.jsonl',
  'bench/data/detect-chat-train-4.jsonl',
  'bench/data/detect-chat-train-5.jsonl',
];
/** Read only to choose the operating point, all together (round 5 of issue 20). */
const DEVELOPMENT_FILES = [
  'bench/data/detect-chat-dev.jsonl',
  'bench/data/detect-chat-blind-1.jsonl',
  'bench/data/detect-chat-blind-2.jsonl',
  'bench/data/detect-chat-blind-3.jsonl',
  'bench/data/detect-chat-blind-4.jsonl',
];
const OUTPUT = 'src/domain/signal/model.json';

function load(file: string): { examples: LabelledExample[]; sha256: string } {
  const content = fs.readFileSync(path.join(root, file), 'utf8');
  const examples = loadExamples(file, content).map((e) => ({
    text: e.text,
    label: e.label,
    // Replies to one parent stay in one fold, as do paraphrases of one project.
    key: e.source !== '' ? e.source : e.parent !== undefined ? `parent:${e.parent}` : '',
    ...(e.parent !== undefined ? { parent: e.parent } : {}),
  }));
  return { examples, sha256: createHash('sha256').update(content).digest('hex') };
}

const f3 = (x: number) => x.toFixed(3);
const line = (name: string, m: Metrics) =>
  `  ${name.padEnd(34)} P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)}  FPR ${f3(m.fpr)}   TP ${m.tp}  FP ${m.fp}  TN ${m.tn}  FN ${m.fn}`;

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error('usage: npx tsx scripts/train-detector.ts [--check]');
    return 2;
  }
  const examples: LabelledExample[] = [];
  const files = TRAINING_FILES.map((name) => {
    const { examples: rows, sha256 } = load(name);
    examples.push(...rows);
    return { name: path.basename(name), sha256, examples: rows.length };
  });
  const development = DEVELOPMENT_FILES.flatMap((name) =>
    loadExamples(name, fs.readFileSync(path.join(root, name), 'utf8')).map((e) => ({
      text: e.text,
      label: e.label,
      ...(e.parent !== undefined ? { parent: e.parent } : {}),
    })),
  );
  const started = performance.now();
  const result = buildModel(examples, DEFAULT_BUILD, files, development);
  const seconds = (performance.now() - started) / 1000;
  const { file, chosen } = result;
  const cv = file.crossValidation;

  console.log(
    `${examples.length} examples (${file.training.positives} positive), ${cv.groups} near-duplicate groups, ${cv.folds} grouped folds`,
  );
  console.log('model only, per L2 penalty (threshold 0):');
  for (const { l2, metrics } of result.modelByL2) console.log(line(`l2 ${l2}`, metrics));
  const settings = (x: typeof chosen.combination) =>
    `margin ${x.margin}, no-technology margin ${x.noTechnologyMargin}, no-intent margin ${x.noIntentMargin}, veto margin ${x.vetoMargin}`;
  console.log(`cross-validated choice: l2 ${result.crossValidated.l2}, ${settings(result.crossValidated.combination)}`);
  console.log(
    `on the ${development.length} messages of the development sets together (recall ≥ ${DEFAULT_BUILD.minDevelopmentRecall}, fewest false positives):`,
  );
  for (const r of result.development) console.log(line(settings(r.candidate.combination), r.metrics));
  const c = chosen.combination;
  console.log(
    `chosen: l2 ${chosen.l2}, margin ${c.margin}, no-technology margin ${c.noTechnologyMargin}, no-intent margin ${c.noIntentMargin}, veto margin ${c.vetoMargin}`,
  );
  console.log('cross-validated on the training data:');
  console.log(line('rules only (resubstitution*)', cv.rules));
  console.log(line('model only', cv.model));
  console.log(line('model branch (guarded lift)', cv.lift));
  console.log(line('hybrid', cv.hybrid));
  console.log('  * the rules were written with these examples in view; their figures are not held-out figures.');
  console.log(
    `${file.weights.count} non-zero weights of ${2 ** file.features.bits}; trained in ${seconds.toFixed(1)} s`,
  );

  const json = `${JSON.stringify(file, null, 2)}\n`;
  const target = path.join(root, OUTPUT);
  if (check) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== json) {
      console.error(`${OUTPUT} differs from a fresh training run`);
      return 1;
    }
    console.log(`${OUTPUT} is up to date`);
    return 0;
  }
  fs.writeFileSync(target, json);
  console.log(`wrote ${OUTPUT} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KB)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
