/**
 * The learned part of the signal detector: a logistic regression over hashed word and character
 * n-grams (model-features.ts), trained by scripts/train-detector.ts on the labelled development
 * messages and stored in model.json. It never sees or stores message text at inference; it only
 * returns a log-odds. Its reason is a fixed code, never words from the message.
 */
import type { CombinationParams } from './hybrid.js';
import {
  featurise,
  featuriseNormalised,
  parentBuckets,
  REPLY_SALT,
  type FeatureSpec,
  type SparseVector,
} from './model-features.js';
import { decodeWeights, validateModelFile, type ModelFile } from './model-file.js';
import stored from './model.json' with { type: 'json' };

export interface LoadedModel {
  readonly spec: FeatureSpec;
  readonly bias: number;
  readonly weights: Float32Array;
  readonly combination: CombinationParams;
}

/** The reason given when the learned part raised the score. */
export const MODEL_REASON = { code: 'model.wording' };

/** The reason given when the learned part lowered the score the rules gave. */
export const MODEL_VETO_REASON = { code: 'model.unlike' };

export function loadModel(raw: unknown): LoadedModel {
  const file: ModelFile = validateModelFile(raw);
  return {
    spec: file.features,
    bias: file.bias,
    weights: decodeWeights(file.weights, file.quantum, 2 ** file.features.bits),
    combination: file.combination,
  };
}

/** The model's log-odds that a message is a signal; undefined when the message has no words. */
export function modelLogit(model: LoadedModel, text: string): number | undefined {
  return logitOf(model, featurise(text, model.spec));
}

/** modelLogit() of a message already normalised (normaliseMessage). */
export function modelLogitOfNormalised(model: LoadedModel, normalised: string): number | undefined {
  return logitOf(model, featuriseNormalised(normalised, model.spec));
}

/**
 * modelLogitOfNormalised() of a reply read with its parent (both normalised), when the model was
 * trained so (FeatureSpec.parent): the reply's words in their own namespace plus the parent's
 * words; the sum is the dot product with replyVector(). Without a parent, or for a model that
 * reads replies alone, the message alone.
 */
export function modelLogitInContext(
  model: LoadedModel,
  normalised: string,
  parentNormalised: string | undefined,
): number | undefined {
  const parentWeight = model.spec.parent ?? 0;
  if (parentWeight <= 0 || parentNormalised === undefined) return modelLogitOfNormalised(model, normalised);
  const own = logitOf(model, featuriseNormalised(normalised, model.spec, REPLY_SALT));
  if (own === undefined) return undefined;
  const p = parentBuckets(parentNormalised, model.weights.length - 1);
  let sum = 0;
  for (const i of p) sum += model.weights[i] as number;
  return p.length === 0 ? own : own + (parentWeight * sum) / Math.sqrt(p.length);
}

function logitOf(model: LoadedModel, x: SparseVector): number | undefined {
  if (x.index.length === 0) return undefined;
  let sum = 0;
  for (let k = 0; k < x.index.length; k++)
    sum += (model.weights[x.index[k] as number] as number) * (x.value[k] as number);
  return model.bias + sum;
}

/** The model shipped with the detector (model.json next to this module). */
export const MODEL: LoadedModel = loadModel(stored);
