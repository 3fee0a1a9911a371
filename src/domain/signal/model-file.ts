/**
 * The stored form of the learned model (model.json) and the compact weight encoding.
 *
 * Weights are rounded to multiples of `quantum`; those that round to 0 are left out. Each kept
 * weight is written as two unsigned LEB128 varints, the gap to the previous kept index and the
 * zig-zag coded multiple of `quantum`, and the bytes as base64. The encoder is training code
 * (scripts/detector/encode.ts); the runtime only decodes.
 */
import type { CombinationParams } from './hybrid.js';
import type { FeatureSpec } from './model-features.js';

export const MODEL_FORMAT = 'uthiek-signal-model/2';

export interface Metrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly fpr: number;
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

export interface ModelFile {
  readonly format: string;
  readonly features: FeatureSpec;
  readonly bias: number;
  readonly quantum: number;
  readonly weights: { readonly count: number; readonly data: string };
  readonly combination: CombinationParams;
  readonly training: {
    readonly examples: number;
    readonly positives: number;
    readonly files: readonly { readonly name: string; readonly sha256: string; readonly examples: number }[];
    readonly l2: number;
    readonly iterations: number;
  };
  /** Cross-validated figures at the chosen settings (threshold 0.5); the rules' are resubstitution figures. */
  readonly crossValidation: {
    readonly folds: number;
    readonly seed: number;
    readonly groups: number;
    readonly rules: Metrics;
    readonly model: Metrics;
    readonly lift: Metrics;
    readonly hybrid: Metrics;
  };
}

export function decodeWeights(encoded: { count: number; data: string }, quantum: number, size: number): Float32Array {
  const bytes = Buffer.from(encoded.data, 'base64');
  const weights = new Float32Array(size);
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (pos >= bytes.length) throw new Error('model weights: truncated data');
      const b = bytes[pos++] as number;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  };
  let index = -1;
  for (let n = 0; n < encoded.count; n++) {
    index += varint() + 1;
    const z = varint();
    if (index >= size) throw new Error('model weights: index out of range');
    weights[index] = (z % 2 === 0 ? z / 2 : -(z + 1) / 2) * quantum;
  }
  if (pos !== bytes.length) throw new Error('model weights: trailing data');
  return weights;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks the parts of a model file that inference relies on; throws with a plain message. */
export function validateModelFile(raw: unknown): ModelFile {
  const m = raw as Partial<ModelFile> | null;
  if (m === null || typeof m !== 'object') throw new Error('model file: not an object');
  if (m.format !== MODEL_FORMAT) throw new Error(`model file: expected format ${MODEL_FORMAT}`);
  const f = m.features;
  if (
    !f ||
    !isNumber(f.bits) ||
    f.bits < 8 ||
    f.bits > 24 ||
    !isNumber(f.wordNgrams) ||
    !isNumber(f.charMin) ||
    !isNumber(f.charMax) ||
    (f.parent !== undefined && (!isNumber(f.parent) || f.parent < 0))
  ) {
    throw new Error('model file: bad feature spec');
  }
  if (!isNumber(m.bias) || !isNumber(m.quantum) || m.quantum <= 0) throw new Error('model file: bad bias or quantum');
  if (!m.weights || !isNumber(m.weights.count) || typeof m.weights.data !== 'string')
    throw new Error('model file: bad weights');
  const c = m.combination;
  if (
    !c ||
    !isNumber(c.margin) ||
    !isNumber(c.noTechnologyMargin) ||
    !isNumber(c.noIntentMargin) ||
    !isNumber(c.vetoMargin)
  ) {
    throw new Error('model file: bad combination');
  }
  return m as ModelFile;
}
