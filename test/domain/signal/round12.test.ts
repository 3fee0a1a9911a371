import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the twelfth round of issue 20 (from the causes of the errors of
 * detect-chat-blind-11), each with a counter-example. All sentences are written for these tests
 * (none is taken from a data set, nor paraphrased from one).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: asking who knows more about the thing named is a call to join in', () => {
  it('"…, wie weet er meer van?"', () => {
    const text = 'gezichtsherkenning bij de ingang van het stadskantoor, wie weet er meer van';
    expect(codes(text)).toContain('intent.short-question');
  });

  it('counter-example: the same question about no technology', () => {
    expect(signals('de verbouwing van de kantine, wie weet er meer van')).toBe(false);
  });
});

describe('detect: asking whether the thing named pays off proposes it', () => {
  it('"… .. loont dat?" (the question a sentence of its own)', () => {
    const text = 'warmtecameras op de Neude.. loont dat?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.short-question');
  });

  it('"…, worth trying?"', () => {
    expect(codes('noise meters along the canal wharves.. worth trying?')).toContain('intent.short-question');
  });

  it('counter-example: a question whether a course pays off', () => {
    expect(signals('die cursus timemanagement.. loont dat?')).toBe(false);
  });
});

describe('detect: a department that wants in on a plan states a plan of its own', () => {
  it('"we from … want in too"', () => {
    const text = 'we from Libraries want in too, same people counters at our branches please';
    expect(codes(text)).toContain('intent.too');
    expect(signals(text)).toBe(true);
  });

  it('"wij haken aan" with a technology', () => {
    expect(codes('wij van Wonen haken ook aan, die warmtecameras willen we bij de flats')).toContain('intent.too');
  });

  it('counter-example: wanting in on a lunch', () => {
    expect(signals('we from Finance want in too, pizza for twelve please')).toBe(false);
  });
});

describe('detect: a partner that invites us in asks for a plan of ours', () => {
  it('"the university wants us to join …"', () => {
    const text = 'the university wants us to join their shared bluetooth tracking network around the campus';
    expect(codes(text)).toContain('intent.partner-asks');
  });

  it('counter-example: an invitation to a drinks party', () => {
    expect(signals('the hospital wants us to join their new year drinks on Friday')).toBe(false);
  });
});

describe('detect: "let\'s" proposes what follows', () => {
  it('"let\'s switch that on for …" under a renewal', () => {
    const text = "ok then let's switch on the AI summaries for the complaint calls";
    expect(codes(text)).toContain('intent.we-will');
  });

  it('counter-example: "let\'s" about a meeting', () => {
    expect(signals("let's take that offline, coffee at 3?")).toBe(false);
  });
});

describe('detect: adding a feature to our own app changes its scope', () => {
  it('"we\'re adding a … feature to the app"', () => {
    const text = "we're adding a parking-spot finder feature to the resident app";
    expect(codes(text)).toContain('intent.change');
  });

  it('counter-example: adding a feature to a spreadsheet', () => {
    expect(signals("we're adding a colour option to the holiday rota sheet")).toBe(false);
  });
});

describe('detect: money received for a technology of our own is a plan of ours', () => {
  it('"we kregen … van de provincie voor …"', () => {
    const text = 'we hebben 25k van de provincie gekregen voor geluidssensoren bij de kinderboerderijen';
    expect(codes(text)).toContain('intent.we-will');
  });

  it('counter-example: money received for a party', () => {
    expect(signals('we hebben 500 euro van de ondernemersvereniging gekregen voor de kerstborrel')).toBe(false);
  });
});

describe("detect: a scenario said to be nobody's plan is no plan", () => {
  it('"… nobody is working on this"', () => {
    const text =
      'Discussion topic for the lunch lecture: suppose every bin lorry got a camera that reads number plates of illegally parked cars. To be clear, nobody is working on this. Bring your questions.';
    expect(codes(text)).toContain('context.retracted');
    expect(signals(text)).toBe(false);
  });

  it('counter-example: a plan someone is working on', () => {
    expect(
      signals('Our team is working on a camera that reads number plates of illegally parked cars, pilot in March.'),
    ).toBe(true);
  });
});

describe('detect: a plan decided against in so many words is no plan', () => {
  it('"…, verder niks digitaals"', () => {
    const text =
      'na het overleg over cameras bij de fietsenstalling kiezen we voor extra verlichting, verder niks digitaals';
    expect(codes(text)).toContain('context.retracted');
    expect(signals(text)).toBe(false);
  });

  it('counter-example: a digital plan that stays', () => {
    expect(codes('we kiezen voor cameras bij de fietsenstalling, de verlichting doen we later')).not.toContain(
      'context.retracted',
    );
  });
});

describe('detect: a register laid beside another file is data linking', () => {
  it('"het … register naast … leggen?"', () => {
    const text = 'de bezoekersregistratie van het zwembad naast de parkeervergunningen leggen?';
    expect(codes(text)).toContain('tech.linking');
  });

  it('counter-example: laying a list beside the printer', () => {
    expect(codes('het bezoekersregister naast de printer leggen?')).not.toContain('tech.linking');
  });
});

describe('detect: data fed into a model, or a model that improves with it, is a learned model', () => {
  it('"… ook aan het model voeden"', () => {
    expect(codes('we kunnen de wachttijden ook in het model voeden')).toContain('tech.model');
  });

  it('"dan wordt het model beter"', () => {
    expect(codes('voeg de meldingen van de wijkteams toe, dan wordt het model een stuk beter')).toContain('tech.model');
  });

  it('counter-example: a value model', () => {
    expect(codes('het waardenmodel hangt naast de koffieautomaat')).not.toContain('tech.model');
  });
});

describe('detect: a translation assistant is generative AI', () => {
  it('"a translation assistant for …"', () => {
    expect(codes('I want to try a translation assistant at the front desk for newcomers')).toContain('tech.genai');
  });

  it('counter-example: a human translator', () => {
    expect(codes('the translator will assist at the front desk on Tuesday')).not.toContain('tech.genai');
  });
});
