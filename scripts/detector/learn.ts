/**
 * Training tools for the learned part of the signal detector: regularised logistic regression on
 * sparse hashed features, near-duplicate grouping and grouped folds for cross-validation, and the
 * cross-validated choice of the model's settings and of how it is combined with the rules.
 *
 * Everything here is deterministic: no randomness except a seeded generator, a fixed order of
 * work, plain IEEE arithmetic. The same examples and options always give the same weights. Used by
 * scripts/train-detector.ts and the tests; the detector itself only needs model.ts.
 */
import { ruleScore } from '../../src/domain/signal/detector.js';
import { combine, liftLogit, ruleView, type CombinationParams, type RuleView } from '../../src/domain/signal/hybrid.js';
import { featurise, replyVector, type FeatureSpec, type SparseVector } from '../../src/domain/signal/model-features.js';
import { normaliseMessage } from '../../src/domain/signal/normalise.js';
import { decodeWeights, MODEL_FORMAT, type Metrics, type ModelFile } from '../../src/domain/signal/model-file.js';
import { encodeWeights } from './encode.js';
import { createHash } from 'node:crypto';

export interface TrainOptions {
  /** L2 penalty on the weights (not on the bias), per example. */
  readonly l2: number;
  /** L1 penalty (soft threshold), per example; gives sparse weights. */
  readonly l1: number;
  readonly iterations: number;
  /** Weight of a positive example relative to a negative one (1 = balanced as given). */
  readonly positiveWeight: number;
}

export interface LinearModel {
  readonly weights: Float64Array;
  readonly bias: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Minimises the weighted mean logistic loss + l2/2·|w|² + l1·|w|₁ by accelerated proximal
 * gradient descent (FISTA) with a fixed step 1/L, where L bounds the curvature for rows of unit
 * length plus the bias. Full batch, so the result does not depend on the order of the examples
 * (beyond rounding in the sums); a fixed number of iterations, so it is also a mild early stop.
 */
export function trainLogistic(
  xs: readonly SparseVector[],
  ys: readonly boolean[],
  dim: number,
  options: TrainOptions,
): LinearModel {
  const n = xs.length;
  const sampleWeight = ys.map((y) => (y ? options.positiveWeight : 1));
  const totalWeight = sampleWeight.reduce((a, b) => a + b, 0) || 1;
  let maxRow = 0;
  for (const x of xs) {
    let s = 1; // the bias feature
    for (const v of x.value) s += v * v;
    maxRow = Math.max(maxRow, s);
  }
  const lipschitz = 0.25 * maxRow + options.l2;
  const step = 1 / lipschitz;

  let w = new Float64Array(dim); // current iterate
  let next = new Float64Array(dim);
  let b = 0;
  const y = new Float64Array(dim); // extrapolated point
  let yb = 0;
  const grad = new Float64Array(dim);
  let t = 1;
  const touched = new Uint8Array(dim);
  for (const x of xs) for (const i of x.index) touched[i] = 1;
  const active = Int32Array.from([...touched.keys()].filter((i) => touched[i] === 1));
  const threshold = step * options.l1;

  for (let it = 0; it < options.iterations; it++) {
    for (const i of active) grad[i] = 0;
    let gb = 0;
    for (let r = 0; r < n; r++) {
      const x = xs[r] as SparseVector;
      let z = yb;
      for (let k = 0; k < x.index.length; k++) z += (y[x.index[k] as number] as number) * (x.value[k] as number);
      const g = ((sigmoid(z) - (ys[r] ? 1 : 0)) * (sampleWeight[r] as number)) / totalWeight;
      gb += g;
      for (let k = 0; k < x.index.length; k++) {
        const j = x.index[k] as number;
        grad[j] = (grad[j] as number) + g * (x.value[k] as number);
      }
    }
    for (const i of active) {
      const v = (y[i] as number) - step * ((grad[i] as number) + options.l2 * (y[i] as number));
      next[i] = v > threshold ? v - threshold : v < -threshold ? v + threshold : 0;
    }
    const nextB = yb - step * gb;
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    const momentum = (t - 1) / tNext;
    for (const i of active) y[i] = (next[i] as number) + momentum * ((next[i] as number) - (w[i] as number));
    yb = nextB + momentum * (nextB - b);
    [w, next] = [next, w];
    b = nextB;
    t = tNext;
  }
  return { weights: w, bias: b };
}

/** Mulberry32: a small seeded generator, so folds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Jaccard similarity of two sorted unique integer arrays. */
function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 1 : common / union;
}

/**
 * Groups near-duplicates: messages whose feature sets overlap by at least `threshold` (Jaccard)
 * end up in one group (single linkage), and so do messages with the same non-empty `key`
 * (e.g. the project a positive paraphrases). Returns a group number per message.
 */
export function groupNearDuplicates(
  vectors: readonly SparseVector[],
  threshold: number,
  keys: readonly string[] = [],
): number[] {
  const parent = vectors.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      if (jaccard((vectors[i] as SparseVector).index, (vectors[j] as SparseVector).index) >= threshold) union(i, j);
    }
  }
  const byKey = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === '') return;
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else union(first, i);
  });
  return vectors.map((_, i) => find(i));
}

/**
 * Assigns whole groups to k folds: groups in a seeded random order, each to the fold that has
 * the fewest messages of the group's majority label so far (stratified). Returns a fold per message.
 */
export function groupedFolds(groups: readonly number[], labels: readonly boolean[], k: number, seed: number): number[] {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const random = seededRandom(seed);
  const order = [...members.keys()].sort((a, b) => a - b).map((g) => ({ g, r: random() }));
  // larger groups first, so the folds stay balanced; ties in random order
  order.sort((a, b) => (members.get(b.g) as number[]).length - (members.get(a.g) as number[]).length || a.r - b.r);
  const pos = new Array<number>(k).fill(0);
  const neg = new Array<number>(k).fill(0);
  const fold = new Array<number>(groups.length).fill(0);
  for (const { g } of order) {
    const list = members.get(g) as number[];
    const p = list.filter((i) => labels[i]).length;
    const majorityPositive = p * 2 >= list.length;
    const load = majorityPositive ? pos : neg;
    let best = 0;
    for (let f = 1; f < k; f++)
      if (
        (load[f] as number) < (load[best] as number) ||
        ((load[f] as number) === (load[best] as number) &&
          (pos[f] as number) + (neg[f] as number) < (pos[best] as number) + (neg[best] as number))
      )
        best = f;
    for (const i of list) fold[i] = best;
    pos[best] = (pos[best] as number) + p;
    neg[best] = (neg[best] as number) + list.length - p;
  }
  return fold;
}

export interface LabelledExample {
  readonly text: string;
  readonly label: boolean;
  /** Examples with the same non-empty key stay in one fold (e.g. the project a positive paraphrases). */
  readonly key: string;
  /** For a reply: the text of the message it answers. The model reads the reply alone, the rules read both. */
  readonly parent?: string;
  /** A reply, also one whose parent is not known (no `parent`). */
  readonly reply?: boolean;
  /**
   * Counts in choosing the operating point: the chat-style messages (round 6 of issue 20), whose
   * out-of-fold predictions together stand in for the chat the bot will read.
   */
  readonly operating?: boolean;
  /**
   * The blind set the message belongs to (round 7 of issue 20): each blind set was written by a
   * separate blind session, and leave-one-set-out holds out one whole set at a time.
   */
  readonly set?: string;
}

export interface BuildOptions {
  readonly spec: FeatureSpec;
  /** L2 penalties tried in cross-validation. */
  readonly l2Grid: readonly number[];
  readonly l1: number;
  readonly iterations: number;
  readonly folds: number;
  readonly seed: number;
  /** Word-set Jaccard similarity from which two messages count as near-duplicates (same fold). */
  readonly duplicateThreshold: number;
  /** Weights are stored as multiples of this. */
  readonly quantum: number;
  /**
   * Whether replies are learned from, read alone as the model reads them in the bot. Until round 6
   * of issue 20 they were not (their label may depend on their parent), only scored out of fold.
   */
  readonly learnFromReplies: boolean;
  readonly marginGrid: readonly number[];
  readonly noTechnologyGrid: readonly number[];
  readonly noIntentGrid: readonly number[];
  readonly vetoGrid: readonly number[];
  /** Largest share of cross-validated positives whose model log-odds may lie below −vetoMargin. */
  readonly maxVetoLoss: number;
  /** Largest cross-validated false-positive rate allowed for the model branch on its own. */
  readonly maxLiftFpr: number;
  /**
   * Largest cross-validated false-positive rate of the model branch among the negatives in which the
   * rules recognise no technology (most everyday chat).
   */
  readonly maxNoTechnologyFpr: number;
  /**
   * Largest cross-validated false-positive rate of the model branch among the negatives in which the
   * rules recognise a technology but no plan, question or change (talk about existing systems).
   */
  readonly maxNoIntentFpr: number;
  /** Largest cross-validated false-positive rate allowed for the hybrid. */
  readonly maxHybridFpr: number;
  /** Smallest out-of-fold recall on the chat-style training messages that the operating point must keep. */
  readonly minOperatingRecall: number;
  /** Largest out-of-fold false-positive rate on the chat-style training messages the operating point may have. */
  readonly maxOperatingFpr: number;
  /** Largest leave-one-blind-set-out false-positive rate of the hybrid (round 7 of issue 20). */
  readonly maxSetOutFpr: number;
  /** Smallest leave-one-blind-set-out F1 of the hybrid. */
  readonly minSetOutF1: number;
}

export const DEFAULT_BUILD: BuildOptions = {
  // Round 6 of issue 20, by grouped cross-validation on the 5,444 training messages (model alone,
  // out of fold; these runs learned from replies too): 15 bits and character 3–5-grams F1 0.925;
  // 16 bits and 3–6-grams 0.927 with 18 fewer false positives; 17 bits 0.928; character 2–5-grams
  // 0.925. L2 1e-4 was the worst of the old grid in every run, 3e-6 no better than 1e-5.
  // Round 8: a reply with its parent is read with the parent's words, its own words apart (parent
  // 0.5). Leaving one blind set out, on top of round 8's rule changes: 0.989 / 4 false of 1,358,
  // 15 missed → 0.989 / 3 false, 17 missed (l2 1e-5 only); parent 1 gave 4 false, 16 missed. Read
  // in the same words as a message alone (round 8's first try), the parent's words gained as much
  // but taught the model to lift "+1, en dan meteen ook de spoedgevallen erbij?" read alone
  // (thread.test.ts). The rules' cues as features of the model (0.3 each) were worse: 12 false.
  spec: { bits: 16, wordNgrams: 2, charMin: 3, charMax: 6, parent: 0.5 },
  // Round 7: 3e-6 dropped. With detect-chat-blind-6 added it was chosen (leaving one blind set out
  // within a message or two of 1e-5) and lifted reply-shaped questions read alone ("kan hij dan ook
  // meteen een conceptbesluit opstellen?", "dat moeten wij ook hebben"): the unit tests in
  // round3.test.ts and thread.test.ts guard that behaviour.
  l2Grid: [1e-5, 3e-5],
  l1: 0,
  iterations: 600,
  folds: 10,
  seed: 7,
  duplicateThreshold: 0.45,
  quantum: 0.001,
  // Tried in round 6 and left off: out of fold the model alone gained a little (F1 0.922 → 0.925),
  // but a reply that is a signal only with its parent ("kan het dan ook meteen de besluiten
  // opstellen?") taught it to lift such questions read alone, where nothing says what "it" is.
  learnFromReplies: false,
  marginGrid: [0, 0.25, 0.5, 0.75, 1, 1.5],
  noTechnologyGrid: [0, 0.5, 1, 1.5, 2, 2.5, 3],
  // At least 1.5: in real chat, messages that name a technology without a plan are mostly about
  // existing systems, and far more common than in the training data (40 % positive); the
  // training data cannot show that cost, so the margin does not start at 0. It started at 1 until
  // round 2 of issue 20, whose blind chat set and fresh batches found talk about existing
  // systems to be the main source of false positives; at 1 the cross-validated choice moved
  // between 1 and 1.5 with a few added examples.
  noIntentGrid: [1.5, 2, 3],
  // Round 7: 3 and 4 dropped. With detect-chat-blind-6 added they scored exactly as 2.5 leaving one
  // blind set out (741 projects found, 3 false, 13 missed) but let the rules' reading of a reply
  // that names only a passing detail ("ipv dat telefoonnummer") stand (thread.test.ts).
  vetoGrid: [0.5, 1, 1.5, 2, 2.5],
  maxVetoLoss: 0.03,
  // The rules alone had a false-positive rate of about 2% on an unseen set; the model branch may
  // add at most 1% in cross-validation, the hybrid as a whole at most 2%.
  maxLiftFpr: 0.01,
  maxNoTechnologyFpr: 0.0025,
  maxNoIntentFpr: 0.0025,
  maxHybridFpr: 0.02,
  // Round 6 of issue 20: the operating point has the best out-of-fold F1 on the chat-style training
  // messages together among the settings that keep at least this recall and at most half the
  // false-positive target there (chooseOutOfFold).
  minOperatingRecall: 0.95,
  maxOperatingFpr: 0.01,
  // Round 7 of issue 20: chosen by leave-one-blind-set-out, which includes the shift to a writer
  // session the model has not seen; well under the 2 % target, since even this estimate flatters
  // the rules (they were changed for the errors of most of these sets).
  maxSetOutFpr: 0.015,
  minSetOutF1: 0.95,
};

export interface Candidate {
  readonly l2: number;
  readonly combination: CombinationParams;
  readonly lift: Metrics;
  readonly hybrid: Metrics;
  /** The hybrid out of fold on the chat-style messages (`operating`) only. */
  readonly operating: Metrics;
  /** The hybrid on the blind sets, each scored by a model trained without that set (leave-one-set-out). */
  readonly setOut: Metrics;
}

export interface BuildResult {
  readonly file: ModelFile;
  /** Model-only cross-validated metrics (threshold 0) per L2 penalty. */
  readonly modelByL2: readonly { readonly l2: number; readonly metrics: Metrics }[];
  /** Every combination tried, in grid order. */
  readonly candidates: readonly Candidate[];
  readonly chosen: Candidate;
  /** The choice by the model branch's F1 (chooseOperatingPoint), used when chooseOutOfFold finds none. */
  readonly crossValidated: Candidate;
  /** Round 6's choice (chooseOutOfFold), for comparison. */
  readonly outOfFoldChoice: Candidate | undefined;
  /** Out-of-fold model log-odds at the chosen L2 penalty and the rules' view, per example (for diagnostics). */
  readonly outOfFold: readonly (number | undefined)[];
  readonly rules: readonly RuleView[];
  /** Leave-one-set-out model log-odds at the chosen L2 penalty; undefined outside the blind sets. */
  readonly setOut: readonly (number | undefined)[];
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export function metrics(predicted: readonly boolean[], labels: readonly boolean[]): Metrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && labels[i]) tp++;
    else if (p) fp++;
    else if (labels[i]) fn++;
    else tn++;
  });
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round(ratio(2 * precision * recall, precision + recall)),
    fpr: round(ratio(fp, fp + tn)),
    tp,
    fp,
    tn,
    fn,
  };
}

/** What the rules say about a message (in its thread), in the form the combination needs. */
export function rulesOf(text: string, parent?: string): RuleView {
  return ruleView(ruleScore(text, parent === undefined ? undefined : { parentText: parent }));
}

/**
 * The model's vector of a message as the detector builds it: its words, and for a reply with its
 * parent (round 8 of issue 20, when the spec reads replies so) the reply's words apart and the parent's.
 */
export function vectorOf(spec: FeatureSpec, text: string, parent: string | undefined): SparseVector {
  if ((spec.parent ?? 0) <= 0 || parent === undefined) return featurise(text, spec);
  return replyVector(normaliseMessage(text), normaliseMessage(parent), spec);
}

/** Trains on the given rows and returns the weights exactly as inference will see them (quantised). */
function trainQuantised(
  xs: readonly SparseVector[],
  ys: readonly boolean[],
  options: BuildOptions,
  l2: number,
): { weights: Float32Array; bias: number } {
  const size = 2 ** options.spec.bits;
  const model = trainLogistic(xs, ys, size, { l2, l1: options.l1, iterations: options.iterations, positiveWeight: 1 });
  return {
    weights: decodeWeights(encodeWeights(model.weights, options.quantum), options.quantum, size),
    bias: model.bias,
  };
}

function logitOf(model: { weights: Float32Array; bias: number }, x: SparseVector): number | undefined {
  if (x.index.length === 0) return undefined;
  let z = model.bias;
  for (let k = 0; k < x.index.length; k++)
    z += (model.weights[x.index[k] as number] as number) * (x.value[k] as number);
  return z;
}

/**
 * The cross-validated choice: among the settings whose model branch alone (lift ≥ 0) stays within
 * maxLiftFpr and whose hybrid stays within maxHybridFpr, the one with the best F1 of the model
 * branch; ties go to the larger margin, then the larger veto margin. It is the operating point
 * only when no setting meets the conditions of chooseOutOfFold.
 */
export function chooseOperatingPoint(candidates: readonly Candidate[], options: BuildOptions): Candidate {
  const feasible = candidates.filter((c) => c.lift.fpr <= options.maxLiftFpr && c.hybrid.fpr <= options.maxHybridFpr);
  const pool = feasible.length > 0 ? feasible : candidates;
  return pool.reduce((best, c) =>
    c.lift.f1 > best.lift.f1 || (c.lift.f1 === best.lift.f1 && milder(c, best) > 0) ? c : best,
  );
}

/** Above 0 when `a` is the milder setting: the larger margin, then the larger veto margin; 0 when alike. */
const milder = (a: Candidate, b: Candidate): number =>
  a.combination.margin - b.combination.margin || a.combination.vetoMargin - b.combination.vetoMargin;

/** The best of the feasible settings by `better` (the first of equals), or undefined when none is. */
function bestOf(
  feasible: readonly Candidate[],
  better: (a: Candidate, b: Candidate) => boolean,
): Candidate | undefined {
  return feasible.length === 0 ? undefined : feasible.reduce((best, c) => (better(c, best) ? c : best));
}

/**
 * The operating point (round 6 of issue 20). The spent blind chat sets are training data now, so
 * no untouched set is left to choose on: the settings are judged by the hybrid's out-of-fold
 * predictions over all chat-style training messages together (`operating`), the closest data to
 * the chat the bot reads. Those figures flatter the rules (written with these messages in view: a
 * resubstitution figure), which in round 5 made the setting with the fewest false positives too
 * strict for messages written by someone else. So the false-positive target is met with margin
 * instead of minimised: among the settings, of every L2 penalty, whose model branch stays within
 * maxLiftFpr, whose hybrid stays within maxOperatingFpr (half the 2 % target) and keeps a recall of
 * at least minOperatingRecall there, chosen is the one with the best F1 there; ties go to fewer
 * false positives, then the larger margin, the larger veto margin (the milder model) and the
 * larger L2 penalty. Undefined when no setting qualifies (or no message is chat-style).
 */
export function chooseOutOfFold(candidates: readonly Candidate[], options: BuildOptions): Candidate | undefined {
  const feasible = candidates.filter(
    (c) =>
      c.operating.tp + c.operating.fn > 0 &&
      c.lift.fpr <= options.maxLiftFpr &&
      c.operating.fpr <= options.maxOperatingFpr &&
      c.operating.recall >= options.minOperatingRecall,
  );
  const better = (a: Candidate, b: Candidate): boolean => {
    if (a.operating.f1 !== b.operating.f1) return a.operating.f1 > b.operating.f1;
    if (a.operating.fp !== b.operating.fp) return a.operating.fp < b.operating.fp;
    return milder(a, b) !== 0 ? milder(a, b) > 0 : a.l2 > b.l2;
  };
  return bestOf(feasible, better);
}

/**
 * The operating point of round 7 of issue 20: judged by leave-one-blind-set-out (each blind set
 * scored by a model trained on everything but that set), so the estimate includes the shift to a
 * new writer session that random grouped folds hide. Among the settings whose model branch stays
 * within maxLiftFpr and whose hybrid stays within maxSetOutFpr with an F1 of at least minSetOutF1
 * there, the best F1 there; ties go to fewer false positives, then the out-of-fold F1 on the
 * chat-style messages, the larger margin, the larger veto margin and the larger L2 penalty.
 * Undefined when no setting qualifies (or no message belongs to a blind set).
 */
export function chooseSetOut(candidates: readonly Candidate[], options: BuildOptions): Candidate | undefined {
  const feasible = candidates.filter(
    (c) =>
      c.setOut.tp + c.setOut.fn > 0 &&
      c.lift.fpr <= options.maxLiftFpr &&
      c.setOut.fpr <= options.maxSetOutFpr &&
      c.setOut.f1 >= options.minSetOutF1,
  );
  const better = (a: Candidate, b: Candidate): boolean => {
    if (a.setOut.f1 !== b.setOut.f1) return a.setOut.f1 > b.setOut.f1;
    if (a.setOut.fp !== b.setOut.fp) return a.setOut.fp < b.setOut.fp;
    if (a.operating.f1 !== b.operating.f1) return a.operating.f1 > b.operating.f1;
    return milder(a, b) !== 0 ? milder(a, b) > 0 : a.l2 > b.l2;
  };
  return bestOf(feasible, better);
}

/** The model's out-of-sample log-odds for one L2 penalty: out of fold and leaving one set out. */
export interface HeldOutLogits {
  readonly oof: readonly (number | undefined)[];
  readonly out: readonly (number | undefined)[];
}

/**
 * Keeps the model's out-of-sample log-odds between training runs (round 9 of issue 20). They depend
 * only on the model's vectors, labels, folds and sets, never on the rules, so a run that changes
 * only the rules can re-score every setting without training the 38 models again. `key` hashes
 * everything they depend on, so a stale entry is never read.
 */
export interface LogitCache {
  read(key: string): HeldOutLogits | undefined;
  write(key: string, logits: HeldOutLogits): void;
}

function logitKey(
  options: BuildOptions,
  l2: number,
  parts: { xs: readonly SparseVector[]; labels: readonly boolean[]; learned: readonly boolean[] },
  folds: readonly number[],
  groups: readonly number[],
  sets: readonly string[],
): string {
  const { spec, l1, iterations, quantum } = options;
  const hash = createHash('sha256').update(JSON.stringify({ spec, l1, iterations, quantum, l2 }));
  parts.xs.forEach((x, i) => {
    hash.update(Buffer.from(x.index.buffer, x.index.byteOffset, x.index.byteLength));
    hash.update(Buffer.from(x.value.buffer, x.value.byteOffset, x.value.byteLength));
    hash.update(`|${parts.labels[i] ? 1 : 0}${parts.learned[i] ? 1 : 0}:${folds[i]}:${groups[i]}:${sets[i]}\n`);
  });
  return hash.digest('hex');
}

export function buildModel(
  examples: readonly LabelledExample[],
  options: BuildOptions = DEFAULT_BUILD,
  files: ModelFile['training']['files'] = [],
  cache?: LogitCache,
): BuildResult {
  const labels = examples.map((e) => e.label);
  const operatingIndex = examples.map((_, i) => i).filter((i) => examples[i]?.operating === true);
  const operatingLabels = operatingIndex.map((i) => labels[i] as boolean);
  // A reply's label may depend on its parent, so a reply read alone is not learned from (unless
  // learnFromReplies); it is still scored out of sample and counts in choosing the combination.
  // Until round 6 replies without a known parent were learned from; the blind sets brought about a
  // hundred of them, which taught the model to lift "+1, en dan meteen ook …?" read alone. Since
  // round 8 a reply with its parent is learned from when the spec reads it with the parent's words,
  // its own words in a namespace of their own (model-features.ts, replyVector).
  const withParent = (options.spec.parent ?? 0) > 0;
  const learned = examples.map(
    (e) =>
      options.learnFromReplies ||
      (e.parent === undefined && e.reply !== true) ||
      (withParent && e.parent !== undefined),
  );
  const rules = examples.map((e) => rulesOf(e.text, e.parent));
  const xs = examples.map((e) => vectorOf(options.spec, e.text, e.parent));
  const words = examples.map((e) => featurise(e.text, { bits: 24, wordNgrams: 1, charMin: 0, charMax: 0 }));
  const groups = groupNearDuplicates(
    words,
    options.duplicateThreshold,
    examples.map((e) => e.key),
  );
  const folds = groupedFolds(groups, labels, options.folds, options.seed);
  const sets = [...new Set(examples.map((e) => e.set ?? '').filter((name) => name !== ''))].sort();
  const setIndex = examples.map((_, i) => i).filter((i) => (examples[i]?.set ?? '') !== '');
  const setLabels = setIndex.map((i) => labels[i] as boolean);

  /** Trains the grouped folds' and the left-out sets' models at one L2 penalty (the slow part). */
  const heldOutLogits = (l2: number): HeldOutLogits => {
    const oof = new Array<number | undefined>(examples.length).fill(undefined);
    for (let f = 0; f < options.folds; f++) {
      const train = examples.map((_, i) => i).filter((i) => folds[i] !== f && learned[i]);
      if (train.length === examples.length) continue;
      const model = trainQuantised(
        train.map((i) => xs[i] as SparseVector),
        train.map((i) => labels[i] as boolean),
        options,
        l2,
      );
      examples.forEach((_, i) => {
        if (folds[i] === f) oof[i] = logitOf(model, xs[i] as SparseVector);
      });
    }
    // Leave one blind set out: the model never saw the writer session of the set it scores, nor a
    // near-duplicate of one of its messages in another file (grouped as in the folds above).
    const out = new Array<number | undefined>(examples.length).fill(undefined);
    for (const name of sets) {
      const near = new Set(
        examples
          .map((_, i) => i)
          .filter((i) => examples[i]?.set === name)
          .map((i) => groups[i]),
      );
      const train = examples.map((_, i) => i).filter((i) => !near.has(groups[i] as number) && learned[i]);
      const model = trainQuantised(
        train.map((i) => xs[i] as SparseVector),
        train.map((i) => labels[i] as boolean),
        options,
        l2,
      );
      examples.forEach((e, i) => {
        if (e.set === name) out[i] = logitOf(model, xs[i] as SparseVector);
      });
    }
    return { oof, out };
  };
  const candidates: Candidate[] = [];
  const modelByL2: { l2: number; metrics: Metrics }[] = [];
  const oofByL2 = new Map<number, (number | undefined)[]>();
  const setOutByL2 = new Map<number, (number | undefined)[]>();
  const setOf = examples.map((e) => e.set ?? '');
  for (const l2 of options.l2Grid) {
    const key = cache === undefined ? '' : logitKey(options, l2, { xs, labels, learned }, folds, groups, setOf);
    const cached = cache?.read(key);
    const { oof, out } = cached ?? heldOutLogits(l2);
    if (cached === undefined) cache?.write(key, { oof, out });
    oofByL2.set(l2, [...oof]);
    setOutByL2.set(l2, [...out]);
    modelByL2.push({
      l2,
      metrics: metrics(
        oof.map((z) => z !== undefined && z >= 0),
        labels,
      ),
    });
    const positives = labels.filter(Boolean).length || 1;
    const vetoLoss = (v: number) => oof.filter((z, i) => labels[i] && z !== undefined && z < -v).length / positives;
    const vetoMargins = options.vetoGrid.filter((v) => vetoLoss(v) <= options.maxVetoLoss);
    if (vetoMargins.length === 0) vetoMargins.push(Math.max(...options.vetoGrid));
    const vetoMargin = Math.max(...vetoMargins);
    const noTechnology = examples.map((_, i) => !labels[i] && !(rules[i] as RuleView).hasTechnology);
    const noIntent = examples.map(
      (_, i) => !labels[i] && (rules[i] as RuleView).hasTechnology && !(rules[i] as RuleView).hasIntent,
    );
    const share = (flags: readonly boolean[], within: readonly boolean[]) =>
      flags.filter((p, i) => p && within[i]).length / (within.filter(Boolean).length || 1);
    for (const margin of options.marginGrid) {
      const liftsAt = (combination: CombinationParams) =>
        oof.map((z, i) => z !== undefined && liftLogit(rules[i] as RuleView, z, combination) >= 0);
      // The smallest no-technology margin within the budget: its cost in recall cannot be seen
      // here, because the rules recognise a technology in (nearly) every development positive.
      const noTechnologyMargin =
        options.noTechnologyGrid.find(
          (u) =>
            share(liftsAt({ margin, noTechnologyMargin: u, noIntentMargin: 0, vetoMargin }), noTechnology) <=
            options.maxNoTechnologyFpr,
        ) ?? Math.max(...options.noTechnologyGrid);
      // Likewise the smallest no-intent margin that keeps talk about existing systems within its budget.
      const noIntentMargin =
        options.noIntentGrid.find(
          (u) =>
            share(liftsAt({ margin, noTechnologyMargin, noIntentMargin: u, vetoMargin }), noIntent) <=
            options.maxNoIntentFpr,
        ) ?? Math.max(...options.noIntentGrid);
      const lift = metrics(liftsAt({ margin, noTechnologyMargin, noIntentMargin, vetoMargin }), labels);
      for (const veto of vetoMargins) {
        const combination = { margin, noTechnologyMargin, noIntentMargin, vetoMargin: veto };
        const predicted = oof.map((z, i) => combine(rules[i] as RuleView, z, combination).logit >= 0);
        const hybrid = metrics(predicted, labels);
        const operating = metrics(
          operatingIndex.map((i) => predicted[i] as boolean),
          operatingLabels,
        );
        const setOut = metrics(
          setIndex.map((i) => combine(rules[i] as RuleView, out[i], combination).logit >= 0),
          setLabels,
        );
        candidates.push({ l2, combination, lift, hybrid, operating, setOut });
      }
    }
  }
  const crossValidated = chooseOperatingPoint(candidates, options);
  const outOfFoldChoice = chooseOutOfFold(candidates, options);
  const chosen = chooseSetOut(candidates, options) ?? outOfFoldChoice ?? crossValidated;

  const trainable = examples.map((_, i) => i).filter((i) => learned[i]);
  const final = trainLogistic(
    trainable.map((i) => xs[i] as SparseVector),
    trainable.map((i) => labels[i] as boolean),
    2 ** options.spec.bits,
    { l2: chosen.l2, l1: options.l1, iterations: options.iterations, positiveWeight: 1 },
  );
  const oof = oofByL2.get(chosen.l2) ?? [];
  const weights = encodeWeights(final.weights, options.quantum);
  const file: ModelFile = {
    format: MODEL_FORMAT,
    features: options.spec,
    bias: round(final.bias, 6),
    quantum: options.quantum,
    weights,
    combination: chosen.combination,
    training: {
      examples: trainable.length,
      positives: trainable.filter((i) => labels[i]).length,
      files,
      l2: chosen.l2,
      iterations: options.iterations,
    },
    crossValidation: {
      folds: options.folds,
      seed: options.seed,
      groups: new Set(groups).size,
      rules: metrics(
        rules.map((r) => r.logit >= 0),
        labels,
      ),
      model: metrics(
        oof.map((z) => z !== undefined && z >= 0),
        labels,
      ),
      lift: chosen.lift,
      hybrid: chosen.hybrid,
    },
  };
  const setOut = setOutByL2.get(chosen.l2) ?? [];
  return { file, modelByL2, candidates, chosen, crossValidated, outOfFoldChoice, outOfFold: oof, rules, setOut };
}
