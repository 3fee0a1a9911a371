import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, detectWith } from '../../../src/domain/signal/detector.js';
import { combine, LIFT_CEILING, type CombinationParams, type RuleView } from '../../../src/domain/signal/hybrid.js';
import {
  buildModel,
  DEFAULT_BUILD,
  groupedFolds,
  groupNearDuplicates,
  trainLogistic,
  type BuildOptions,
  type HeldOutLogits,
  type LabelledExample,
  type LogitCache,
} from '../../../scripts/detector/learn.js';
import { featureStrings, featurise } from '../../../src/domain/signal/model-features.js';
import { encodeWeights } from '../../../scripts/detector/encode.js';
import { decodeWeights, validateModelFile } from '../../../src/domain/signal/model-file.js';
import { translator } from '../../../src/i18n/index.js';
import { signalReason } from '../../../src/i18n/labels.js';
import {
  loadModel,
  MODEL,
  MODEL_REASON,
  MODEL_VETO_REASON,
  modelLogit,
  type LoadedModel,
} from '../../../src/domain/signal/model.js';

/** A reason as people read it (the detector gives codes; the sentences are in src/i18n). */
const words = (r: { code: string }) => ({
  nl: signalReason(translator('nl'), r.code) ?? '',
  en: signalReason(translator('en'), r.code) ?? '',
});

const PLAN = "Handhaving wil camera's met kentekenherkenning bij de ingangen van de binnenstad";
const modelPath = path.resolve(import.meta.dirname, '../../../src/domain/signal/model.json');

const FIXED: CombinationParams = { margin: 0, noTechnologyMargin: 2, noIntentMargin: 0, vetoMargin: 2 };

/** A model that ignores the words and always says `logit`. */
function constantModel(logit: number, combination: CombinationParams = FIXED): LoadedModel {
  return { spec: MODEL.spec, bias: logit, weights: new Float32Array(2 ** MODEL.spec.bits), combination };
}

describe('model.json', () => {
  it('loads, validates and stays small', () => {
    expect(fs.statSync(modelPath).size).toBeLessThan(1.5 * 1024 * 1024);
    const raw = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as unknown;
    const file = validateModelFile(raw);
    expect(MODEL.weights).toHaveLength(2 ** file.features.bits);
    expect(MODEL.weights.filter((w) => w !== 0)).toHaveLength(file.weights.count);
    for (const v of Object.values(MODEL.combination)) expect(Number.isFinite(v)).toBe(true);
    expect(Number.isFinite(MODEL.bias)).toBe(true);
  });

  it('rejects a damaged model file', () => {
    const raw = JSON.parse(fs.readFileSync(modelPath, 'utf8')) as Record<string, unknown>;
    expect(() => validateModelFile({ ...raw, format: 'other/1' })).toThrow(/format/);
    expect(() => validateModelFile({ ...raw, combination: { margin: 0 } })).toThrow(/combination/);
    expect(() => loadModel({ ...raw, weights: { count: 5, data: '' } })).toThrow(/truncated/);
  });
});

describe('model features', () => {
  it('reads the normalised text: words, bigrams within a sentence and character n-grams', () => {
    const spec = { bits: 15, wordNgrams: 2, charMin: 3, charMax: 5 };
    const f = featureStrings('Wij willen sensoren. Mag dat?', spec);
    expect(f).toEqual(
      expect.arrayContaining(['w:wij', 'b:^ wij', 'b:wij willen', 'w:sensoren', 'b:^ mag', 'w:?', 'c:<sen', 'c:oren>']),
    );
    expect(f).not.toContain('b:sensoren mag');
    expect(featureStrings('<at>Uthiek Bot</at> Wij willen sensoren', spec)).toEqual(
      featureStrings('Wij willen sensoren', spec),
    );
    expect(featureStrings('', spec)).toEqual([]);
  });

  it('gives a sparse vector of unit length with sorted, unique buckets', () => {
    const x = featurise(PLAN, MODEL.spec);
    const norm = x.value.reduce((s, v) => s + v * v, 0);
    expect(norm).toBeCloseTo(1, 10);
    for (let i = 1; i < x.index.length; i++) expect(x.index[i]).toBeGreaterThan(x.index[i - 1] as number);
    for (const i of x.index) expect(i).toBeLessThan(2 ** MODEL.spec.bits);
  });
});

describe('model inference', () => {
  it('is deterministic and finite, and has no opinion on a message without words', () => {
    const a = modelLogit(MODEL, PLAN);
    modelLogit(MODEL, 'iets heel anders over drones en data');
    expect(modelLogit(MODEL, PLAN)).toBe(a);
    expect(Number.isFinite(a)).toBe(true);
    for (const empty of ['', '   ', '🤖🤖', '<at>Uthiek Bot</at>']) expect(modelLogit(MODEL, empty)).toBeUndefined();
  });

  it('round-trips the weight encoding within half a quantum and drops weights that round to zero', () => {
    const weights = Float64Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? 0 : Math.sin(i) * 2));
    const quantum = 0.001;
    const encoded = encodeWeights(weights, quantum);
    const decoded = decodeWeights(encoded, quantum, weights.length);
    weights.forEach((w, i) => expect(Math.abs((decoded[i] as number) - w)).toBeLessThanOrEqual(quantum / 2 + 1e-9));
    expect(encoded.count).toBe(weights.filter((w) => Math.round(w / quantum) !== 0).length);
  });
});

describe('combination of rules and model', () => {
  const params: CombinationParams = { margin: 0.5, noTechnologyMargin: 2, noIntentMargin: 1, vetoMargin: 2 };
  const rules = (logit: number, negative = 0, hasTechnology = true, hasIntent = true): RuleView => ({
    logit,
    negative,
    hasTechnology,
    hasIntent,
  });

  it('keeps the rules when there is no model opinion', () => {
    expect(combine(rules(1.2), undefined, params)).toEqual({ logit: 1.2, lifted: false, veto: 0 });
  });

  it('lets the model lift past a margin, at most to the ceiling', () => {
    expect(combine(rules(-2), 1, params)).toMatchObject({ logit: 0.5, lifted: true });
    expect(combine(rules(-2), 9, params)).toMatchObject({ logit: LIFT_CEILING, lifted: true });
    expect(combine(rules(3), 9, params)).toMatchObject({ logit: 3, lifted: false });
  });

  it('needs a larger margin when the rules see no technology or no plan, and counts negative context in full', () => {
    expect(combine(rules(-1, 0, false), 2, params).logit).toBeCloseTo(-0.5);
    expect(combine(rules(-1, 0, true, false), 2, params).logit).toBeCloseTo(0.5);
    expect(combine(rules(-1, 0, false, false), 2, params).logit).toBeCloseTo(-1);
    expect(combine(rules(-3, -2.5), 2, params).logit).toBeCloseTo(-1);
  });

  it('never lifts a message without technology that refers to something named elsewhere', () => {
    expect(combine({ ...rules(-1, 0, false), refersBack: true }, 9, params)).toEqual({
      logit: -1,
      lifted: false,
      veto: 0,
    });
    expect(combine({ ...rules(-1, 0, true), refersBack: true }, 9, params).lifted).toBe(true);
  });

  it('lowers the rules only when the model is confidently against', () => {
    expect(combine(rules(1), -1.5, params)).toEqual({ logit: 1, lifted: false, veto: 0 });
    expect(combine(rules(1), -4, params)).toEqual({ logit: -1, lifted: false, veto: -2 });
  });

  it('does not lower a reply whose technology is in its parent: the model reads the reply alone', () => {
    expect(combine({ ...rules(1), inherited: true }, -9, params)).toEqual({ logit: 1, lifted: false, veto: 0 });
  });
});

describe('detect with the model', () => {
  const NO_TECH = 'Het wijkteam wil vanaf mei anders werken met de buurtcoach';

  it('gives a bounded score, and without a model the rules alone', () => {
    for (const text of [PLAN, NO_TECH, '', 'koffie?', 'x'.repeat(3000)]) {
      const d = detect(text);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
    }
    const rulesOnly = detectWith(undefined, NO_TECH);
    expect(rulesOnly.reasons.map((r) => r.code)).not.toContain(MODEL_REASON.code);
  });

  it('says so when the model lifts a message, without contradicting gate reasons', () => {
    const d = detectWith(constantModel(8), NO_TECH);
    expect(d.signal).toBe(true);
    expect(d.score).toBeLessThanOrEqual(Math.round(1000 / (1 + Math.exp(-LIFT_CEILING))) / 1000);
    expect(d.reasons[0]).toEqual(MODEL_REASON);
    expect(d.reasons.map((r) => r.code)).not.toContain('gate.no-technology');
    expect(detectWith(undefined, NO_TECH).signal).toBe(false);
  });

  it("keeps the rules' gate reason when the model raises the score but not to a signal", () => {
    const d = detectWith(constantModel(1.5), NO_TECH);
    expect(d.signal).toBe(false);
    expect(d.score).toBeGreaterThan(detectWith(undefined, NO_TECH).score);
    expect(d.reasons[0]).toEqual(MODEL_REASON);
    expect(d.reasons.map((r) => r.code)).toContain('gate.no-technology');
  });

  it('counts the negative context the rules recognise against the model in full', () => {
    const model = constantModel(2.5);
    expect(detectWith(model, 'Wij willen de koffieautomaat een chatbot geven die je humeur herkent').signal).toBe(true);
    const joke = detectWith(model, 'Haha, wat als we de koffieautomaat een chatbot geven die je humeur herkent 😂');
    expect(joke.signal).toBe(false);
    expect(joke.reasons.map((r) => r.code)).toContain('context.joke');
  });

  it('says so when the model lowers a signal of the rules', () => {
    const d = detectWith(constantModel(-8), PLAN);
    expect(detectWith(undefined, PLAN).signal).toBe(true);
    expect(d.signal).toBe(false);
    expect(d.reasons[0]).toEqual(MODEL_VETO_REASON);
  });

  it('never puts words from the message into a reason', () => {
    const texts = [
      'Wijkteam Zwaluwstraat wil een algoritme voor schulden bij de familie Jansen',
      'Familie Jansen uit de Zwaluwstraat wil dat Pietersen vanaf mei anders werkt met de buurtcoach',
      'Pietersen heeft een nieuwe fiets, Zwaluwstraat 12',
    ];
    const fixed = new Set([MODEL_REASON, MODEL_VETO_REASON].flatMap((r) => [words(r).nl, words(r).en]));
    for (const model of [MODEL, constantModel(8), constantModel(-8)]) {
      for (const text of texts) {
        for (const r of detectWith(model, text).reasons) {
          expect(`${words(r).nl} ${words(r).en}`).not.toMatch(/Zwaluwstraat|Jansen|Pietersen|buurtcoach/i);
          if (r.code.startsWith('model.')) expect(fixed.has(words(r).nl) && fixed.has(words(r).en)).toBe(true);
        }
      }
    }
  });
});

describe('training', () => {
  const TECH = ['een app', 'sensoren', "camera's", 'een algoritme', 'een dashboard', 'een chatbot'];
  const WHO = ['Handhaving', 'Wonen', 'Sport', 'Afval', 'Inkomen'];
  const examples: LabelledExample[] = [];
  WHO.forEach((who, i) => {
    TECH.forEach((tech, j) => {
      examples.push({ text: `${who} wil ${tech} voor de wijk`, label: true, key: '' });
      examples.push({
        text: `${(i + j) % 2 === 0 ? 'De' : 'Het'} ${tech} van ${who} doet het niet`,
        label: false,
        key: '',
      });
    });
    examples.push({ text: `Wie gaat er met ${who} lunchen?`, label: false, key: '' });
  });
  const small: BuildOptions = {
    ...DEFAULT_BUILD,
    spec: { bits: 10, wordNgrams: 2, charMin: 3, charMax: 4 },
    l2Grid: [1e-3, 1e-2],
    iterations: 30,
    folds: 3,
  };

  it('is reproducible: the same examples give a byte-identical model file', () => {
    const a = JSON.stringify(buildModel(examples, small).file);
    const b = JSON.stringify(buildModel(examples, small).file);
    expect(a).toBe(b);
    const model = loadModel(JSON.parse(a));
    expect(model.weights).toHaveLength(2 ** 10);
    expect(Number.isFinite(modelLogit(model, 'Wonen wil een app'))).toBe(true);
  });

  it('chooses the operating point out of fold on the chat-style messages: the best F1 within the false-positive budget', () => {
    // every third message counts as chat style
    const chat = examples.map((e, i) => ({ ...e, operating: i % 3 === 0 }));
    // every message its own group, so each fold learns from the same phrasing
    const options = { ...small, duplicateThreshold: 1.01 };
    const result = buildModel(chat, options);
    const feasible = result.candidates.filter(
      (c) =>
        c.lift.fpr <= options.maxLiftFpr &&
        c.operating.fpr <= options.maxOperatingFpr &&
        c.operating.recall >= options.minOperatingRecall,
    );
    expect(feasible.length).toBeGreaterThan(0);
    const best = Math.max(...feasible.map((c) => c.operating.f1));
    expect(result.chosen.operating.recall).toBeGreaterThanOrEqual(options.minOperatingRecall);
    expect(result.chosen.operating.fpr).toBeLessThanOrEqual(options.maxOperatingFpr);
    expect(result.chosen.operating.f1).toBe(best);
    expect(result.chosen.operating.tp + result.chosen.operating.fn).toBe(
      chat.filter((e) => e.operating && e.label).length,
    );
    expect(result.file.combination).toEqual(result.chosen.combination);
    expect(result.file.training.l2).toBe(result.chosen.l2);
  });

  it('chooses the operating point leaving one blind set out: the best F1 within the budgets, each set unseen', () => {
    // each department's messages form one "blind set", as if written by one session
    const blind = examples.map((e) => ({ ...e, operating: true, set: WHO.find((w) => e.text.includes(w)) ?? '' }));
    const options = { ...small, duplicateThreshold: 1.01, maxSetOutFpr: 0.2, minSetOutF1: 0.5 };
    const result = buildModel(blind, options);
    const feasible = result.candidates.filter(
      (c) =>
        c.lift.fpr <= options.maxLiftFpr && c.setOut.fpr <= options.maxSetOutFpr && c.setOut.f1 >= options.minSetOutF1,
    );
    expect(feasible.length).toBeGreaterThan(0);
    expect(result.chosen.setOut.f1).toBe(Math.max(...feasible.map((c) => c.setOut.f1)));
    expect(result.chosen.setOut.fpr).toBeLessThanOrEqual(options.maxSetOutFpr);
    const inSets = blind.filter((e) => e.set !== '');
    expect(result.chosen.setOut.tp + result.chosen.setOut.fn).toBe(inSets.filter((e) => e.label).length);
    expect(result.chosen.setOut.tp + result.chosen.setOut.fp + result.chosen.setOut.tn + result.chosen.setOut.fn).toBe(
      inSets.length,
    );
    // a set is scored by a model that never saw it: a department's name, seen only in its own set,
    // weighs nothing there, so the scores differ from those of the grouped folds
    blind.forEach((e, i) => expect(result.setOut[i] === undefined).toBe(e.set === ''));
    expect(result.setOut.some((z, i) => z !== result.outOfFold[i])).toBe(true);
  });

  it('with a cache of the held-out log-odds gives the same result, and a changed label misses the cache', () => {
    const blind = examples.map((e) => ({ ...e, operating: true, set: WHO.find((w) => e.text.includes(w)) ?? '' }));
    const store = new Map<string, HeldOutLogits>();
    let reads = 0;
    const cache: LogitCache = {
      read: (key) => {
        const hit = store.get(key);
        if (hit !== undefined) reads++;
        return hit;
      },
      write: (key, logits) => store.set(key, logits),
    };
    const plain = buildModel(blind, small);
    const first = buildModel(blind, small, [], cache);
    expect(store.size).toBe(small.l2Grid.length);
    const second = buildModel(blind, small, [], cache);
    expect(reads).toBe(small.l2Grid.length);
    expect(JSON.stringify(second.file)).toBe(JSON.stringify(plain.file));
    expect(JSON.stringify(first.candidates)).toBe(JSON.stringify(plain.candidates));
    expect(second.setOut).toEqual(plain.setOut);
    // the key covers the labels: one flipped label trains anew
    buildModel(
      blind.map((e, i) => (i === 0 ? { ...e, label: !e.label } : e)),
      small,
      [],
      cache,
    );
    expect(store.size).toBe(2 * small.l2Grid.length);
  });

  it('without blind sets falls back on the out-of-fold choice', () => {
    const chat = examples.map((e, i) => ({ ...e, operating: i % 3 === 0 }));
    const result = buildModel(chat, { ...small, duplicateThreshold: 1.01 });
    expect(result.chosen.setOut.tp + result.chosen.setOut.fn).toBe(0);
    expect(result.chosen).toBe(result.outOfFoldChoice);
  });

  it('without chat-style messages keeps the cross-validated choice', () => {
    const result = buildModel(examples, small);
    expect(result.chosen.operating.tp + result.chosen.operating.fn).toBe(0);
    expect(result.chosen).toBe(result.crossValidated);
  });

  it('learns from the examples', () => {
    const model = loadModel(buildModel(examples, small).file);
    expect(modelLogit(model, 'Sport wil een chatbot voor de wijk') as number).toBeGreaterThan(
      modelLogit(model, 'De chatbot van Sport doet het niet') as number,
    );
  });

  it('does not depend on the order of the examples when fitting', () => {
    const xs = examples.map((e) => featurise(e.text, small.spec));
    const ys = examples.map((e) => e.label);
    const opts = { l2: 1e-3, l1: 0, iterations: 30, positiveWeight: 1 };
    const a = trainLogistic(xs, ys, 2 ** 10, opts);
    const b = trainLogistic([...xs].reverse(), [...ys].reverse(), 2 ** 10, opts);
    expect(b.bias).toBeCloseTo(a.bias, 9);
    a.weights.forEach((w, i) => expect(b.weights[i]).toBeCloseTo(w, 9));
  });

  it('keeps near-duplicates in one fold and gives every fold both labels', () => {
    const texts = [
      'Wonen wil een app voor huurders',
      'Wonen wil een app voor de huurders',
      'Wie gaat er lunchen?',
      'Sport wil sensoren',
      'De printer is stuk',
      'Afval wil een dashboard',
    ];
    const labels = [true, true, false, true, false, true];
    const vectors = texts.map((t) => featurise(t, { bits: 20, wordNgrams: 1, charMin: 0, charMax: 0 }));
    const groups = groupNearDuplicates(vectors, 0.45);
    expect(groups[0]).toBe(groups[1]);
    expect(new Set(groups).size).toBe(5);
    const folds = groupedFolds(groups, labels, 2, 7);
    expect(folds[0]).toBe(folds[1]);
    expect(groupedFolds(groups, labels, 2, 7)).toEqual(folds);
    for (const f of [0, 1]) expect(new Set(labels.filter((_, i) => folds[i] === f)).size).toBe(2);
  });
});
