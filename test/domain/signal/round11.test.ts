import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the eleventh round of issue 20 (field staff, the social domain's back
 * office, managers and policy advisers, English-speaking staff), each with a counter-example. All
 * sentences are written for these tests (none is taken from a data set, nor paraphrased from one).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: "I\'d like" wants, as "we\'d like" does', () => {
  it('"I\'d like to let a language model draft …"', () => {
    expect(codes("I'd like to let a language model draft the minutes of our neighbourhood meetings")).toContain(
      'intent.want',
    );
  });

  it('counter-example: "I\'d like a coffee" names no technology', () => {
    expect(signals("I'd like a coffee before the drone meeting")).toBe(false);
  });
});

describe('detect: a negative cancelled by a named cue does not stop a short question from proposing', () => {
  it('"…, wie moet ik mailen?" (the helpdesk\'s "moet ik" is cancelled by the question whom to register with)', () => {
    const text = 'geluidssensoren in het Wilhelminapark, wie moet ik mailen?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.short-question');
  });

  it('counter-example: a broken device is a helpdesk question', () => {
    expect(signals('my laptop camera is broken, who do I ask?')).toBe(false);
  });
});

describe('detect: asking whether the thing named needs to be flagged proposes it', () => {
  it('"…, need to flag that?"', () => {
    const text = 'body cams for the market wardens, need to flag that?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.short-question');
  });

  it('counter-example: the same question about no technology', () => {
    expect(signals('new coffee machine on floor 3, need to report that?')).toBe(false);
  });
});

describe('detect: "zou het niet beter zijn als …" proposes', () => {
  it('a conditional proposal with a comparative', () => {
    const text =
      'Zou het niet beter zijn als de aanvragen voor een gehandicaptenparkeerkaart door het systeem worden beoordeeld, zonder dat er nog iemand naar kijkt?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.could');
  });

  it('counter-example: the same form about no technology', () => {
    expect(signals('Zou het niet leuk zijn als we een uitje organiseren naar het spoorwegmuseum?')).toBe(false);
  });
});

describe('detect: "we trekken het voorstel … in" takes it back', () => {
  it('the split verb with the plan between its parts', () => {
    const text =
      'We trekken het voorstel om kentekens van bezoekers aan de parkeerdata te koppelen weer in, na overleg met de privacy-adviseur';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it('counter-example: "we trekken het voorstel … na" checks it again', () => {
    const text =
      'We trekken het voorstel om kentekens te koppelen aan de parkeerdata nog eens goed na voordat we beginnen';
    expect(codes(text)).not.toContain('context.retracted');
  });
});

describe('detect: a product before "meeting" names a feature of meetings, not a meeting about it', () => {
  it('"Copilot meeting recaps will be switched on"', () => {
    const text = 'Copilot meeting recaps will be switched on for all staff from next month';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('tech.genai');
  });

  it('counter-example: a session about Copilot is a topic', () => {
    expect(signals('the copilot session on thursday is cancelled')).toBe(false);
    expect(codes('see you at the drone meeting tomorrow')).not.toContain('tech.drones');
  });
});

describe('detect: the writer says it has to be registered or looked at', () => {
  it('a use already going on that "has to be registered"', () => {
    const text =
      'our intake team has been using chatgpt to answer resident emails, with names and health details. I think this has to be registered and looked at properly';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.ask-register');
  });

  it('counter-example: the same use, already registered', () => {
    const text =
      'our intake team uses chatgpt for resident emails; it is already registered with you and the advice is in';
    expect(signals(text)).toBe(false);
  });
});

describe('detect: "has that been discussed with you?" asks, it reports no follow-up', () => {
  it('a plan with the question', () => {
    const text = 'we want to link the debt data to the BRP, has that been discussed with you?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.followup');
  });

  it('counter-example: "exactly as discussed with you" is a follow-up', () => {
    expect(signals('we linked the debt data to the BRP, exactly as discussed with you last year')).toBe(false);
  });
});

describe('detect: domain words for selecting and tracking people', () => {
  it('a risk selection, a geofence and a list ranked by likelihood are technology', () => {
    expect(
      codes('the enforcement team wants to add water usage to the risk selection for housing benefit checks'),
    ).toContain('tech.scoring');
    expect(codes('can we geofence the phones of the night shift?')).toContain('tech.tracking');
    expect(
      codes('we want to give inspectors the ten rental homes most likely to be overcrowded every morning'),
    ).toContain('tech.scoring');
  });

  it('counter-example: a selection committee and a fence around the park', () => {
    expect(signals('the selection committee for the new playground meets on tuesday')).toBe(false);
    expect(signals('we will put a new fence around the dog park next month')).toBe(false);
  });
});

describe('detect: decisions about money and rights made automatically, in plain words', () => {
  it('"automatisch kwijtschelden" and "stop a payment automatically"', () => {
    expect(codes('automatisch kwijtschelden voor iedereen met een inkomen onder de bijstandsnorm?')).toContain(
      'tech.automated-decision',
    );
    expect(
      codes('they plan to let the system stop an allowance payment automatically when the form is late'),
    ).toContain('tech.automated-decision');
  });

  it('counter-example: a machine that stops by itself decides nothing about anyone', () => {
    expect(codes('the escalator stops automatically when someone presses the button')).not.toContain(
      'tech.automated-decision',
    );
  });
});

describe('detect: a reaction that asks who or when after an interjection asks about the parent', () => {
  const parent = 'We willen sensoren in de afvalcontainers die melden wanneer ze vol zijn';
  it('"oh leuk, wie is de projectleider?" under a plan', () => {
    expect(signals('oh leuk, wie is de projectleider? wil even sparren', parent)).toBe(false);
  });

  it('counter-example: a reply that adds a use of its own', () => {
    expect(signals('oh leuk, en kunnen die sensoren dan ook het gewicht meten?', parent)).toBe(true);
  });
});

describe('detect: Dutch splits "meenemen" in a reply that adds data', () => {
  it('"neem dan ook … mee" adds data to the parent\'s model', () => {
    const parent = 'Voor het maaibeheer gaan we de maairondes plannen met een algoritme';
    expect(signals('top, neem dan ook de meldingen van bewoners mee als input', parent)).toBe(true);
  });

  it('counter-example: "neem … mee" about a cake', () => {
    const parent = 'vrijdag afscheid van Henk in de kantine';
    expect(signals('leuk, neem dan ook taart mee', parent)).toBe(false);
  });
});

describe('detect: "kunnen wij dat niet ook …?" suggests, however long the question', () => {
  const parent = 'Leiden gebruikt een model dat voorspelt welke werkzoekenden baat hebben bij een opleiding';
  it("a negated question that takes the parent's model over", () => {
    expect(
      signals(
        'interessant, kunnen wij dat niet ook proberen voor de matching van werkzoekenden bij de werkgevers?',
        parent,
      ),
    ).toBe(true);
  });

  it('counter-example: "dat kunnen wij niet doen" declines', () => {
    expect(signals('nee, dat kunnen wij niet doen, dat mag niet van de FG', parent)).toBe(false);
  });
});

describe('detect: the words of an incident log', () => {
  it('"Incidentlog …", a ticket and a workaround', () => {
    const text =
      'Incidentlog chatbot burgerzaken, di 09:30: sinds de patch geeft de bot antwoorden in het Engels. Ticket INC-55120 staat uit bij de leverancier. Workaround: taal handmatig op NL.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.fault');
  });

  it('counter-example: a plan for a chatbot names no incident', () => {
    expect(codes('we willen een chatbot voor burgerzaken die ook in het Engels antwoordt')).not.toContain(
      'context.fault',
    );
  });
});

describe('detect: "does Uthiek know about that one?" asks whether it was seen', () => {
  it('a trial going on, with the question', () => {
    const text =
      'Parkeren is trying out a tool that reads licence plates in the garage, trial since monday. does Uthiek know about that one?';
    expect(codes(text)).toContain('intent.asks-if-known');
  });

  it('counter-example: "did you hear about" news is no such question', () => {
    expect(codes('did you hear about the new coffee machine on the third floor?')).not.toContain(
      'intent.asks-if-known',
    );
  });
});

describe('detect: the platform of a consultation is a table, not software', () => {
  it('widening the partners of a consultation', () => {
    const text = 'We willen het platform van het ketenoverleg uitbreiden met de jeugdzorgpartners en de Wmo';
    expect(signals(text)).toBe(false);
  });

  it('counter-example: a platform for the partners to share client files is software', () => {
    expect(signals('We willen een online platform waar de partners van het ketenoverleg cliëntdossiers delen')).toBe(
      true,
    );
  });
});
