import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the ninth round of issue 20 (English and mixed messages by writers with
 * other habits), each with a counter-example. All sentences are written for these tests (none is
 * taken from a data set, nor paraphrased from one).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: a courtesy ("if you\'d like to take a look") wants nothing', () => {
  it('an invitation to come and look at old drone photos is no plan', () => {
    const text =
      "the printouts of last year's drone photos of the Dom are on the table on floor 6 if you want to have a look";
    expect(signals(text)).toBe(false);
    expect(codes(text)).not.toContain('intent.want');
    expect(signals('the old sensor readings from the bridge are in the archive room if you want to look')).toBe(false);
  });

  it('counter-example: "we\'d like to build" still wants', () => {
    const text = "we'd like to build a dashboard of the parking permits per street for Stadsbeheer";
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.want');
  });
});

describe("detect: an architect's model of a building is no model that predicts", () => {
  it('a scale model of a new building', () => {
    const text = 'the scale model of the new swimming pool building is in the atrium, worth a look';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('sense.building');
  });

  it('counter-example: a model that predicts is still a model', () => {
    expect(signals('we want a model that predicts which swimming pools need repairs first')).toBe(true);
  });
});

describe('detect: a course someone signs up for, with its homework, is no plan of ours', () => {
  it('an online course on AI, with homework to do together', () => {
    const text = 'I signed up for the MOOC on AI in government, anyone joining? we could do the homework together';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.event');
  });

  it('counter-example: using machine learning ourselves is a plan', () => {
    expect(signals('we want to use machine learning to sort the incoming objections, can Uthiek have a look?')).toBe(
      true,
    );
  });
});

describe("detect: a vendor's sales pitch is nobody's plan here", () => {
  it("a supplier's post with a demo offer", () => {
    const text =
      'Hello everyone! Our smart parking sensors help municipalities cut search traffic by a third. Book a demo via the link, happy to show it.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.vendor-pitch');
  });

  it('a pitch passed on that nobody asked for', () => {
    const text =
      'cold email from a startup selling AI analysis of body cam footage for enforcement officers, nobody asked for this';
    expect(signals(text)).toBe(false);
  });

  it('counter-example: a plan of our own in another sentence still counts', () => {
    const text =
      'A supplier sent a brochure about parking sensors last week. We want to pilot those sensors on the Biltstraat next spring.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.vendor-pitch');
  });
});

describe('detect: "we\'re not interested" declines', () => {
  it('telling a sales rep no is no plan, and "not interested" does not want', () => {
    const text = "told the sales rep we're not interested in their face recognition add-on";
    expect(signals(text)).toBe(false);
    expect(codes(text)).not.toContain('intent.want');
  });

  it('counter-example: "we\'re very interested" still wants', () => {
    const text = "we're very interested in a tool that blurs faces in the street imagery, who sells one?";
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.want');
  });
});

describe('detect: an opinion about technology in general', () => {
  it('an unpopular opinion about predictive models', () => {
    const text = 'unpopular opinion: predictive models in social services are overhyped';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.hot-take');
  });

  it('"a solution looking for a problem" looks for nothing', () => {
    const text = 'blockchain for parking permits was always a solution looking for a problem';
    expect(signals(text)).toBe(false);
    expect(codes(text)).not.toContain('intent.need');
  });

  it('counter-example: "looking for" a tool is still a need', () => {
    expect(signals("we're looking for a tool that reads licence plates at the gate of the depot")).toBe(true);
  });
});

describe('detect: a plan typed as a note, a technology and a time still to come', () => {
  it('counting sensors in a foyer, after summer', () => {
    const text = 'wifi counting sensors in the Stadsschouwburg foyer, after summer';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.announced');
  });

  it('the same note in Dutch', () => {
    expect(signals('drone-inspectie van de daken in Hoograven, volgend kwartaal')).toBe(true);
  });

  it('counter-example: figures of a period, a state until a date, and maintenance are no plan', () => {
    expect(signals('sensor readings for Q2 are in the shared folder')).toBe(false);
    expect(signals('the drone is at the repair shop until next month')).toBe(false);
    expect(signals('sensor maintenance on the Catharijnesingel next week')).toBe(false);
  });
});

describe('detect: the English names of a case file about a person', () => {
  it('sharing one client file between two teams is data linking', () => {
    const text = 'the two teams want to share a single client file for newcomers';
    expect(signals(text)).toBe(true);
    expect(detect(text).hints.technologies).toContain('data-linking');
  });

  it('counter-example: sharing a meeting file is office work', () => {
    expect(signals('can someone share the file of the meeting with me?')).toBe(false);
  });
});

describe('detect: "we will not adopt it" and a plan on hold take it back', () => {
  it("another city's cameras we will not adopt", () => {
    const text = "Nice demo of Ghent's noise cameras at the expo, but we will not adopt them here";
    expect(signals(text)).toBe(false);
  });

  it('a voice bot put on hold', () => {
    const text = 'the voice bot for the permit line is on hold until the new contact centre is in place';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it('counter-example: adopting them ourselves is a plan', () => {
    expect(signals('we want to adopt the noise cameras Ghent uses, on the Oudegracht next year')).toBe(true);
  });
});

describe('detect: "…, has this been with you?" asks, it is no follow-up', () => {
  it('a plan with the question after a comma', () => {
    const text = "we'd like an algorithm to plan the mowing rounds, has this been with you?";
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.followup');
  });

  it('counter-example: saying it was with Uthiek is a follow-up', () => {
    expect(signals('the mowing algorithm was assessed by Uthiek last spring, we are now rolling it out')).toBe(false);
  });
});

describe('detect: the writer says outright that it is not ours', () => {
  it('"(not us!)" after another organisation, with the plan in the next sentence', () => {
    const text =
      'Rijkswaterstaat (not us!) is piloting cameras that detect phone use by drivers. Spotted it on LinkedIn.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.not-ours');
  });

  it('counter-example: "not us yet, but we want to" states an own plan', () => {
    expect(
      signals('Rijkswaterstaat pilots those cameras, not us yet, but we want to try them on the Waterlinieweg'),
    ).toBe(true);
  });
});

describe('detect: a supplier who speaks about an existing system sells nothing', () => {
  it('the vendor explains a fault', () => {
    const text = 'the noise sensors on the Neude stopped sending data on Sunday, vendor says that is a known issue';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('sense.supplier-says');
    expect(codes(text)).not.toContain('intent.procure');
  });

  it('counter-example: buying from a supplier is procurement', () => {
    const text = 'we want to buy bike-rack sensors from a supplier for the Lombok pilot';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.procure');
  });
});

describe('detect: the advice is in, however long its subject', () => {
  it('"Uthiek-advies over … is binnen" is a follow-up', () => {
    const text = "Uthiek-advies voor de uitbreiding van de geluidscamera's in Zuilen is binnen, we mogen door";
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.followup');
  });

  it('counter-example: asking for advice on an extension is a signal', () => {
    expect(
      signals("we willen de geluidscamera's in Zuilen uitbreiden naar Ondiep, kunnen jullie daar advies over geven?"),
    ).toBe(true);
  });
});

describe('detect: more verbs of doing after "let\'s"', () => {
  it('"let\'s merge" two lists about people proposes a data linking', () => {
    const text = "let's merge the two waiting lists for debt counselling into one, I'll tell both teams";
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.idea');
  });

  it('counter-example: "let\'s talk about merging" two teams is no plan', () => {
    expect(signals("let's talk about merging the two teams after the reorganisation")).toBe(false);
  });
});

describe('detect: an intake submitted, however long its subject, is a follow-up', () => {
  it('in a team update', () => {
    const text =
      'teamupdate Parkeren - nieuwe collega begonnen - de intake voor de kentekenscan bij de fietsenstalling is gisteren bij Uthiek ingediend, wachten op advies - borrel vrijdag';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.followup');
  });

  it('counter-example: asking whether to submit an intake for a new plan is a signal', () => {
    expect(signals('we willen een kentekenscan bij de fietsenstalling, moeten we daar een intake voor indienen?')).toBe(
      true,
    );
  });
});

describe('detect: a question for a FAQ about what Uthiek looks at, with no project behind it', () => {
  it('is a process question', () => {
    const text =
      'korte vraag voor onze FAQ: kijkt Uthiek ook naar software die we van het Rijk krijgen? er speelt bij ons geen concreet project, maar ik wil het goed uitleggen';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.process');
  });

  it('counter-example: asking whether Uthiek looks at a plan of our own is a signal', () => {
    expect(signals('we willen een chatbot voor de FAQ van Burgerzaken, kijkt Uthiek daar ook naar?')).toBe(true);
  });
});

describe('detect: the history of faults as data for a model is no fault', () => {
  it('a model that uses the fault history, in minutes', () => {
    const text =
      'notulen overleg Riolering - gemalen besproken - Fatima stelt voor om een model te laten voorspellen welke pompen als eerste vervangen moeten worden op basis van storingshistorie en leeftijd - volgende keer begroting';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('sense.fault-data');
  });

  it('counter-example: faults are still faults', () => {
    expect(
      signals('de storingen van de gemalen in Overvecht zijn besproken, het model voor de pompen is nog kapot'),
    ).toBe(false);
  });
});

describe('detect: a newsletter passed on, a study trip with none of it on our roadmap, research of a university', () => {
  it('a forwarded newsletter about other cities is news', () => {
    const text =
      "This week's GovTech newsletter: Lisbon expands its bin sensors, Oslo launches a chatbot for parking fines. Nice reading for the weekend.";
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.news');
  });

  it('"none of it is on our roadmap" takes back what a trip report named', () => {
    const text =
      'Warsaw study trip: traffic lights that adapt to cyclists, a digital twin of the old town, smart benches. Lovely, but none of it is on our roadmap.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it("a university's research group looking for a city to share data is not our plan", () => {
    const text =
      'Our research group at UU is looking for a municipality to share anonymised sensor data for a PhD on urban heat, if you know someone, let me know';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.other-party');
  });

  it('counter-example: sharing our data with the university ourselves is a plan', () => {
    expect(
      signals('we want to share our mobility data with the university for a master thesis on cycling routes'),
    ).toBe(true);
  });
});
