import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the thirteenth round of issue 20 (from the causes of the errors of
 * detect-chat-blind-12 and detect-chat-probe-13a), each with a counter-example. All sentences are
 * written for these tests (none is taken from a data set, nor paraphrased from one).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: a decision that will go through by itself is an automated decision', () => {
  it('"… gaat straks vanzelf goed, alleen bij … komt er nog een mens aan te pas"', () => {
    const text =
      'de aanvraag voor de minimaregeling gaat straks vanzelf goed, alleen bij een inkomenswijziging komt er nog een consulent aan te pas';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('tech.automated-decision');
  });

  it('"… renewal … from now on automatically, no human check"', () => {
    const text = 'from now on parking permit renewals go through automatically, no human check';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.scheduled');
  });

  it('"… stopt het systeem straks de toeslag automatisch"', () => {
    const text = 'na twee gemiste afspraken stopt het systeem vanaf Q2 de toeslag automatisch';
    expect(codes(text)).toContain('tech.automated-decision');
    expect(signals(text)).toBe(true);
  });

  it('counter-example: "het komt vanzelf goed" with the planning', () => {
    expect(signals('maak je geen zorgen over de planning van de verhuizing, dat gaat straks vanzelf goed')).toBe(false);
  });
});

describe('detect: a reply that takes the thing in its parent to another place or group', () => {
  const parent = 'Zwolle meet met sensoren hoe druk het is in hun stadspark';

  it('"would love to try that in …"', () => {
    expect(signals('would love to try that in the Wilhelminapark, same crowds every summer', parent)).toBe(true);
  });

  it('"ook voor de … graag"', () => {
    expect(signals('ook voor de Lepelenburg graag, daar is het in het weekend niet te doen', parent)).toBe(true);
  });

  it('"voor onze … zou dat ideaal zijn"', () => {
    expect(signals('voor onze evenementenkalender zou dat ideaal zijn', parent)).toBe(true);
  });

  it('counter-example: a reply that would like to hear how it went', () => {
    expect(signals('would love to hear how that went for them', parent)).toBe(false);
  });
});

describe('detect: a reply that adds data to the thing in its parent', () => {
  const parent = 'we bouwen een dashboard met de meldingen openbare ruimte per wijk voor de wijkmanagers';

  it('"ik zou er ook … bij nemen"', () => {
    const text = 'ik zou er ook de gegevens van de parkeervergunningen bij nemen';
    expect(signals(text, parent)).toBe(true);
    expect(codes(text, parent)).toContain('intent.change');
  });

  it('"en dan ook de … erbij"', () => {
    const text = 'en dan ook de WOZ-gegevens erbij, dan zie je welke panden leeg staan';
    expect(signals(text, parent)).toBe(true);
    expect(codes(text, parent)).toContain('intent.change');
  });

  it('counter-example: adding something to a parent without a technology', () => {
    expect(
      signals('ik zou er ook een koffieautomaat bij nemen', 'we gaan de kantine op de derde verdieping verbouwen'),
    ).toBe(false);
  });
});

describe('detect: a short hedged or "quick win" proposal of a thing', () => {
  it('"misschien drones boven …"', () => {
    const text = 'misschien drones boven de Uithof tijdens koningsdag';
    expect(codes(text)).toContain('intent.short-question');
  });

  it('"…, quick win?"', () => {
    expect(codes('spraakherkenning voor de gespreksverslagen van het wijkteam, quick win?')).toContain(
      'intent.short-question',
    );
  });

  it('counter-examples: a hedged fault, a quick win without technology', () => {
    expect(signals('misschien is de drone gewoon kapot')).toBe(false);
    expect(signals('nieuwe koffiebekers bestellen, quick win?')).toBe(false);
  });
});

describe('detect: a heatmap is a dashboard', () => {
  it('"heatmap van … per adres …?"', () => {
    const text = 'heatmap van de parkeerboetes per adres voor de teamleider?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('tech.dashboard');
  });

  it('counter-example: a heatmap that does not load', () => {
    expect(signals('de heatmap op de website laadt niet sinds gisteren')).toBe(false);
  });
});

describe('detect: a debate about a technology is politics, not a plan', () => {
  it('"de raad wil een debat over …"', () => {
    const text = "de gemeenteraad wil een debat over slimme camera's in de binnenstad, het staat op de agenda van juni";
    expect(signals(text)).toBe(false);
  });

  it('"the council wants a debate on …"', () => {
    const text = 'the council wants a debate on facial recognition in supermarkets next month';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.news');
  });

  it('counter-example: our own plan the council asked for', () => {
    expect(signals("we willen camera's bij de fietsenstalling ophangen, de raad heeft erom gevraagd")).toBe(true);
  });
});

describe('detect: a report whose last sentence agrees to test the thing named before it', () => {
  const report =
    'Verslag van de Smart Cities Expo in Barcelona. Veel sessies over digital twins en de AI Act, en een paar steden lieten hun algoritmeregister zien. De koffie was goed. Een startup liet software zien die fietsdiefstal herkent op camerabeelden.';

  it('"Ik heb met ze afgesproken dat we het een maand testen …"', () => {
    expect(
      signals(`${report} Ik heb met ze afgesproken dat we het een maand testen bij de stalling onder het station.`),
    ).toBe(true);
  });

  it('"I\'ve agreed to test it at …"', () => {
    const en =
      "Notes from the Smart Mobility Summit. Lots of talk about the AI Act and data spaces, and a panel on digital twins. A vendor showed a camera system that counts cyclists at junctions. I've agreed to test it at the Catharijnesingel this autumn.";
    expect(signals(en)).toBe(true);
  });

  it('counter-example: the same report without it', () => {
    expect(signals(report)).toBe(false);
  });
});
