import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the seventh round of issue 20, each with a counter-example. All
 * sentences are written for these tests (none is taken from a data set).
 */
const signals = (text: string) => detect(text).signal;
const codes = (text: string) => detect(text).reasons.map((r) => r.code);

describe('detect: what the message names is said to be nobody’s plan here', () => {
  const report =
    'Samenvatting van de regiodag: een demo van een AI-assistent die bezwaarschriften samenvat, een panel over ' +
    'datagedreven handhaving en een leverancier met slimme camera’s voor het parkeerbeheer.';

  it('"nothing we are planning ourselves" takes back what a mixed report named', () => {
    const text = `${report} Nothing we're planning ourselves, wel leuk voor de kennisbank.`;
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it('"niks wat we zelf …" does the same in Dutch', () => {
    const text =
      'Op de regiodag een demo gezien van een chatbot die vragen over vergunningen beantwoordt. Niks wat we zelf gaan doen, maar wel goed om te weten.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it('counter-example: something we are planning ourselves stays a signal', () => {
    const text =
      'After the regional day: we are planning a pilot ourselves with an AI assistant that summarises objections, starting in March.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.retracted');
  });
});

describe('detect: a question about the method with nothing concrete behind it', () => {
  const question =
    'Is er een handreiking wanneer iets als algoritme telt? Teamleiders bij Wijkzaken willen het zelf kunnen ' +
    'inschatten, bijvoorbeeld een rekenblad dat de volgorde van meldingen bepaalt.';

  it('"er ligt nu niks concreets" takes back the example the message gave', () => {
    const text = `${question} Er ligt nu niks concreets, het is voor hun werkinstructie.`;
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it('"there is nothing concrete yet" does the same in English', () => {
    expect(
      signals(
        'Is there a rule of thumb for when a spreadsheet that ranks reports counts as an algorithm? There is nothing concrete yet, it is for a manual.',
      ),
    ).toBe(false);
  });

  it('counter-example: a concrete plan stays a signal', () => {
    const text =
      'Er ligt nu een concreet voorstel: Wijkzaken wil een algoritme dat de volgorde van meldingen over overlast bepaalt.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.retracted');
  });
});
