import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';
import { extractFeatures } from '../../../src/domain/signal/features.js';
import { translator } from '../../../src/i18n/index.js';
import { signalReason } from '../../../src/i18n/labels.js';

/**
 * The mechanisms added in the fourth round of issue 20. All sentences are written for these tests
 * (none is taken from a data set).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: an automated decision described as "no one looks at it any more"', () => {
  it('recognises the missing reviewer in Dutch and English as an automated decision', () => {
    for (const text of [
      'we willen de kapvergunning voor kleine bomen voortaan verlenen zonder dat een medewerker er nog naar kijkt',
      'plan: standplaatsvergunningen gewoon doorzetten als alles klopt, dat hoeft geen behandelaar meer te beoordelen',
      'idea: extend the market permits when nothing is wrong, without a caseworker checking them',
      'we could auto-extend the mooring permits, nobody on the team needs to touch those',
    ]) {
      expect(signals(text), text).toBe(true);
      expect(codes(text), text).toContain('tech.automated-decision');
    }
  });

  it('does not read an ordinary sentence with "zonder dat een medewerker" as one', () => {
    expect(signals('de verhuizing naar de zesde verdieping ging zonder dat een medewerker iets merkte')).toBe(false);
  });
});

describe('detect: the heading of an item in minutes owns the plan after it', () => {
  const minutes = (item: string) =>
    `werkoverleg Burgerzaken 12/3:\n1) de wachttijd aan de balie is gedaald\n2) voorstel:\n${item}\n3) kerstborrel op 19 december`;

  it('reads a proposal under "voorstel:" as a plan of our own, despite the other items', () => {
    expect(
      signals(minutes('verhuisaangiftes voortaan automatisch goedkeuren als het adres in de BRP al bekend is')),
    ).toBe(true);
  });

  it('does not read an item about an existing system as a plan', () => {
    expect(signals(minutes('de balie-app draait al sinds vorig jaar zonder problemen, zelfde versie'))).toBe(false);
  });
});

describe('detect: a plan that points back to the thing named in the sentence before', () => {
  const report = (last: string) =>
    'verslag van de beurs Overheid & ICT in Utrecht: veel praatjes over cloud en een stand van een leverancier ' +
    `die bouwtekeningen met AI laat controleren op de regels. ${last}`;

  it('takes "dat laatste wil ik proberen" as the writer’s own plan for that technology', () => {
    expect(signals(report('dat laatste wil ik eigenlijk wel proberen bij Bouwtoezicht, wie doet mee?'))).toBe(true);
  });

  it('a report that only describes it stays no signal', () => {
    expect(signals(report('interessant om te zien, maar voor ons nu niet aan de orde.'))).toBe(false);
  });
});

describe('features: a rhetorical "niet" in a suggestion does not rule the technology out', () => {
  const techNegated = (text: string) =>
    extractFeatures(text)
      .hits.filter((h) => h.cue.kind === 'tech')
      .map((h) => h.negated);

  it('"kunnen we niet … naast … leggen?" keeps the technology', () => {
    const negated = techNegated('kunnen we de lijst van de tafeltjesmiddag niet naast onze wmo-bestanden leggen?');
    expect(negated.length).toBeGreaterThan(0);
    expect(negated.every((n) => !n)).toBe(true);
  });

  it('a statement with "geen" still rules it out', () => {
    expect(techNegated('we leggen geen bestanden naast elkaar, dat is niet nodig').every((n) => n)).toBe(true);
  });
});

describe('detect: "what if we tried…" is a suggestion, "what if…" alone a thought experiment', () => {
  it('reads "what if we tried X" as a proposal', () => {
    expect(signals('what if we tried noise sensors on the Oudegracht wharves this summer?')).toBe(true);
  });

  it('reads a what-if without a trial as a thought experiment, and says so in both languages', () => {
    const text = 'what if every lamppost could predict the weather';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.what-if');
    expect(signalReason(translator('nl'), 'context.what-if')).toMatch(/gedachte-experiment/);
    expect(signalReason(translator('en'), 'context.what-if')).toMatch(/thought experiment/);
  });
});

describe('detect: replies that only report a follow-up or react', () => {
  const parent = 'hoe staat het met de slimme verdeling van de fietsenstallingplekken?';

  it('an English reply saying Uthiek reviewed it and it is registered is a follow-up', () => {
    const reply = 'Uthiek reviewed it in May and it is in the register, we are applying their advice now';
    expect(signals(reply, parent)).toBe(false);
    expect(codes(reply, parent)).toContain('context.followup');
  });

  it('"ja, goed idee 👍" under a plan is a reaction, not a plan of its own', () => {
    const plan = 'we willen de fietsenstallingen uitrusten met camera’s die lege plekken tellen';
    expect(signals('ja, goed idee 👍', plan)).toBe(false);
    expect(signals('top, goed plan', plan)).toBe(false);
  });
});

describe('detect: a pilot that has ended is no new project', () => {
  it('reads "afgerond … weggehaald" as an ended pilot', () => {
    expect(signals('de proef met de parkeersensoren is al afgerond, de sensoren zijn vorige maand weggehaald')).toBe(
      false,
    );
  });
});

describe('detect: news shared with "iemand gezien?" is no short proposal', () => {
  it('reads a question about an article or a government plan as news', () => {
    expect(signals('nieuw kabinetsplan voor drones boven steden, iemand gelezen?')).toBe(false);
    expect(signals('did anyone see the ministry note on camera surveillance?')).toBe(false);
  });
});

describe('detect: words in another sense', () => {
  it('masks camera idioms and says why', () => {
    expect(signals('wie wil de camera vasthouden bij de toespraak van Henk? 🎥')).toBe(false);
    expect(signals('camera shy? the group picture is voluntary')).toBe(false);
    expect(codes('camera shy? the group picture is voluntary')).toContain('sense.camera-media');
  });

  it('a street named after another city is not another city’s project', () => {
    const text = 'drone boven de Amsterdamsestraatweg voor de verkeerstelling, kan dat?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.other-party');
    expect(signalReason(translator('en'), 'sense.place-name')).toMatch(/street/);
  });

  it('"good news" opening a message is not news', () => {
    const text =
      'good news: we want to let the route planner of the street sweepers use live occupancy data per address';
    expect(codes(text)).not.toContain('context.news');
  });
});

describe('detect: domain knowledge of personal data and algorithms', () => {
  it('knows HR files and pre-selection of applicants', () => {
    const text = 'we willen een voorselectietool voor sollicitanten, gevoed met de personeelsdossiers';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toEqual(expect.arrayContaining(['tech.scoring', 'tech.personal-data']));
  });

  it('knows dynamic pricing as an algorithm', () => {
    expect(codes('we willen dynamische parkeertarieven bij de garages')).toContain('tech.model');
  });
});

describe('detect: a question about the state of an existing thing is no proposal', () => {
  it('reads "are the … on?" as a status question', () => {
    expect(signals('are the counting cameras at the Neude on?')).toBe(false);
    expect(signals('counting cameras at the Neude?')).toBe(true);
  });
});

describe('detect: a third party asking for figures', () => {
  it('masks "the council wants the number of users" as asking to know', () => {
    const text =
      'the council wants the number of active users of the parking app for their letter, where do I find it?';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('sense.asks-to-know');
  });
});
