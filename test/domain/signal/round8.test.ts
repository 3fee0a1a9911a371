import { describe, expect, it } from 'vitest';
import { vectorOf } from '../../../scripts/detector/learn.js';
import { detect } from '../../../src/domain/signal/detector.js';
import {
  featuriseNormalised,
  fnv1a,
  parentBuckets,
  REPLY_SALT,
  type FeatureSpec,
} from '../../../src/domain/signal/model-features.js';
import { modelLogitInContext, modelLogitOfNormalised, type LoadedModel } from '../../../src/domain/signal/model.js';
import { normaliseMessage } from '../../../src/domain/signal/normalise.js';

/**
 * The mechanisms added in the eighth round of issue 20, each with a counter-example. All
 * sentences are written for these tests (none is taken from a data set).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: "let\'s …" and "laten we …" propose', () => {
  it('"let\'s add …" proposes a change of its own', () => {
    const text = "let's add the licence plates from the parking garage to the occupancy dashboard";
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.idea');
  });

  it('"laten we … koppelen" does the same in Dutch', () => {
    const text = 'laten we de sensoren op de brug ook koppelen aan de meldingen van de brugwachters';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.idea');
  });

  it("under another city's project, \"let's do the same\" takes the parent's technology", () => {
    const parent = 'Eindhoven counts cyclists at its busiest junctions with cameras that recognise bikes';
    expect(signals("let's do the same at the Vredenburg, I'll ask Mobiliteit", parent)).toBe(true);
  });

  it('counter-example: "let\'s" about something else proposes nothing', () => {
    const text = "let's talk about the dashboard figures at the team meeting on Thursday";
    expect(signals(text)).toBe(false);
    expect(codes(text)).not.toContain('intent.idea');
    expect(signals('laten we morgen even bellen over de storing van de parkeerapp')).toBe(false);
  });
});

describe('detect: the writer takes it forward ("ik ga het voorstellen bij …", "I\'ll raise it with …")', () => {
  it("a reply to another city's algorithm that the writer will propose at home is a plan of our own", () => {
    const parent = 'Zwolle plant de maaironde nu met een algoritme dat het weer van de komende week voorspelt';
    const text = 'handig voor onze groenploeg, ik ga het voorstellen bij het teamoverleg';
    expect(signals(text, parent)).toBe(true);
    expect(codes(text, parent)).toContain('intent.idea');
  });

  it('the same in English', () => {
    const parent = "Leiden's libraries answer questions about opening hours with a chatbot now";
    expect(signals("nice, I'll raise it with our KCC manager tomorrow", parent)).toBe(true);
  });

  it('counter-example: taking a non-digital idea forward is no signal', () => {
    const parent = 'Amersfoort geeft elke nieuwe inwoner een welkomstpakket met een bos bloemen';
    expect(signals('leuk, ik ga het voorstellen bij Burgerzaken', parent)).toBe(false);
  });

  it('counter-example: a fault put on the agenda stays a fault', () => {
    expect(
      signals('de scanauto rijdt al twee dagen niet door een storing, ik zet het op de agenda van het beheeroverleg'),
    ).toBe(false);
  });
});

describe('detect: image generators by name', () => {
  it('Midjourney for posters is generative AI', () => {
    const d = detect('mogen we Midjourney gebruiken voor de posters van de wijkfeesten?');
    expect(d.signal).toBe(true);
    expect(d.hints.technologies).toContain('generative-ai');
  });

  it("counter-example: another city's AI images are news", () => {
    expect(signals('de AI-beelden in de campagne van Rotterdam waren best goed gedaan, zag het in de krant')).toBe(
      false,
    );
  });
});

describe('detect: "een app" one person just got is a WhatsApp message', () => {
  it('"kreeg vanochtend een app van een bewoner" names no app', () => {
    const text = 'kreeg vanochtend een app van een bewoner, hij wil dat we de lantaarnpaal bij zijn huis repareren';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('sense.app-as-verb');
  });

  it('counter-example: an app we get from a supplier is an app', () => {
    expect(
      signals('we krijgen een app van de leverancier waarmee bewoners hun containerpas aanvragen, in juni live'),
    ).toBe(true);
  });
});

describe('detect: nobody knows whether it was ever with Uthiek', () => {
  const plan =
    'From the facilities meeting: Vastgoed wants to buy a system that logs who enters the bike shed with their badge, ' +
    'contract in May.';

  it('"nobody knew whether it had ever been with Uthiek" asks, it is no follow-up', () => {
    const text = `${plan} Nobody knew whether it had ever been with Uthiek, can someone look at it?`;
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.followup');
  });

  it('"niemand wist of het al eens bij jullie is geweest" does the same in Dutch', () => {
    const text =
      'Vastgoed wil een systeem kopen dat met de pas registreert wie de fietsenstalling in gaat. Niemand wist of het al eens bij jullie is geweest.';
    expect(signals(text)).toBe(true);
  });

  it('counter-example: a project Uthiek assessed is a follow-up', () => {
    const text =
      'The badge system for the bike shed was assessed by Uthiek last year, it is in the register. We now roll it out.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.followup');
  });
});

describe('the learned part reads a reply with its parent (round 8)', () => {
  const spec: FeatureSpec = { bits: 12, wordNgrams: 2, charMin: 3, charMax: 5, parent: 0.5 };
  // Fixed, varied weights: every bucket counts, so any bucket read differently changes the sum.
  const weights = Float32Array.from(
    { length: 2 ** spec.bits },
    (_, i) => (((i * 2654435761) >>> 0) % 1000) / 1000 - 0.5,
  );
  const model: LoadedModel = {
    spec,
    bias: 0.25,
    weights,
    combination: { margin: 0, noTechnologyMargin: 0, noIntentMargin: 0, vetoMargin: 0 },
  };
  const dot = (x: { index: Int32Array; value: Float64Array }) =>
    x.index.reduce((z, i, k) => z + (weights[i] as number) * (x.value[k] as number), model.bias);
  const parent = 'Zwolle plant de maaironde met een algoritme dat het weer voorspelt';
  const reply = 'handig voor ons, ik ga het voorstellen bij het teamoverleg';

  it("at inference sums exactly what training learns from: the reply's words and the parent's", () => {
    const inContext = modelLogitInContext(model, normaliseMessage(reply), normaliseMessage(parent));
    expect(inContext).toBeCloseTo(dot(vectorOf(spec, reply, parent)), 9);
    expect(modelLogitInContext(model, normaliseMessage(reply), undefined)).toBeCloseTo(
      dot(vectorOf(spec, reply, undefined)),
      9,
    );
  });

  it('reads a reply with its parent in words of its own, so replies do not teach it how to read a message alone', () => {
    const text = normaliseMessage(reply);
    const apart = featuriseNormalised(text, spec, REPLY_SALT).index;
    const alone = featuriseNormalised(text, spec).index;
    expect(apart.length).toBeGreaterThan(0);
    const shared = [...apart].filter((i) => alone.includes(i)).length;
    expect(shared / alone.length).toBeLessThan(0.05);
  });

  it("hashes the parent's words as the strings `p:word` would be, sentence ends left out", () => {
    const mask = 2 ** spec.bits - 1;
    const oracle = (text: string) => {
      const words = text === '' ? [] : text.split(' ').filter((w) => w !== '.');
      return [...new Set(words.map((w) => fnv1a(`p:${w}`) & mask))].sort((a, b) => a - b);
    };
    const texts = [parent, 'Kan het ook? Ja. Dat kan.', '', 'a', '. .', 'een  dubbele spatie', 'x.y .. . z'];
    for (const t of texts.map(normaliseMessage).concat(texts)) expect([...parentBuckets(t, mask)]).toEqual(oracle(t));
  });

  it('reads a message without a parent, and any message under a model without a parent block, as before', () => {
    const text = normaliseMessage(reply);
    expect(modelLogitInContext(model, text, undefined)).toBe(modelLogitOfNormalised(model, text));
    const alone: LoadedModel = { ...model, spec: { ...spec, parent: 0 } };
    expect(modelLogitInContext(alone, text, normaliseMessage(parent))).toBe(modelLogitOfNormalised(alone, text));
  });

  it('the shipped model: a reply-shaped question read alone is still not lifted', () => {
    expect(detect('+1, en kan hij dan ook meteen de antwoordbrieven opstellen?').signal).toBe(false);
  });
});
