import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';
import { normalise } from '../../../src/domain/signal/normalise.js';

/**
 * Failure families the detector used to miss: technology in plain words, a plan in the present
 * or near-future tense, and a side remark that vetoed a concrete plan. Each family has its own
 * contrasting negatives. All sentences are written for these tests.
 */
const codes = (text: string) => detect(text).reasons.map((r) => r.code);

describe('detect: technology described in plain words', () => {
  const positives = [
    'Inkomen gaat de kwijtschelding vanaf volgend jaar automatisch verlenen als iemand al bijstand krijgt',
    'Jeugd en Onderwijs willen hun leerlingbestanden aan elkaar knopen om thuiszitters te vinden',
    'Klimaat wil bewoners in Zuilen kleine loggers geven die de temperatuur in hun slaapkamer bijhouden',
    'Personeelszaken wil een voorspelling welke medewerkers binnenkort vertrekken',
    'Burgerzaken zet een afsprakenmodule op de site waar je inlogt met DigiD',
    'Handhaving wil bij elke waarschuwing een foto van de overtreder vastleggen',
    'Vanaf september beslist het systeem welke aanvragen voor leerlingenvervoer worden goedgekeurd',
    'Facilitair wil dat de software binnenkomende post leest en zelf bij de juiste afdeling neerlegt',
  ];
  for (const text of positives) {
    it(`signals: ${text.slice(0, 60)}…`, () => expect(detect(text).signal).toBe(true));
  }

  const negatives = [
    'De computer van de receptie leest de bezoekerspassen niet meer, wie helpt?',
    'Er hangen al jaren loggers in het depot van het archief',
    'Wil je de deelnemerslijst van de training naar mij doorsturen?',
    'Kunnen we de bestanden van beide teams samenvoegen in één map op SharePoint?',
    'De bewoners gaan ons doorgeven welke avond ze willen voor de buurtborrel',
  ];
  for (const text of negatives) {
    it(`no signal: ${text.slice(0, 60)}…`, () => expect(detect(text).signal).toBe(false));
  }

  it('recognises identification with DigiD as a portal', () => {
    expect(
      detect('Burgerzaken zet een afsprakenmodule op de site waar je inlogt met DigiD').hints.technologies,
    ).toContain('platform-app');
  });
});

describe('detect: a plan phrased as present or near-future action', () => {
  const positives = [
    'Afval schaft weegbruggen aan voor de vuilniswagens die per adres registreren hoeveel kilo er wordt opgehaald',
    'Wonen werkt aan een overzicht per huurder van alle meldingen en betalingsachterstanden',
    'The permit desk goes live with a chatbot in March that answers questions about building permits',
    'Sport is looking into wristbands that track how long children swim in the outdoor pools',
    'Participatie is recruiting residents from May to test a neighbourhood app that shows who lives nearby',
    'Belastingen gaat het aanslagbiljet in april live zetten met een chatbot die vragen over je aanslag beantwoordt',
  ];
  for (const text of positives) {
    it(`signals: ${text.slice(0, 60)}…`, () => expect(detect(text).signal).toBe(true));
  }

  const negatives = [
    'Vanaf volgend jaar zit Burgerzaken in het nieuwe stadskantoor',
    'HR werkt aan een nieuwe regeling voor thuiswerkvergoeding',
    'We schaffen nieuwe planten aan voor de tweede verdieping',
    'Vanaf morgen is de chatbot weer online na het onderhoud',
    'The scan cars will drive on Sundays from April, same areas and same software',
    'Sinds de livegang beslist het systeem automatisch over de hondenbelasting, werkt prima',
    'Mobility is looking into why the bike counters on the Weg der Verenigde Naties show zero',
  ];
  for (const text of negatives) {
    it(`no signal: ${text.slice(0, 60)}…`, () => expect(detect(text).signal).toBe(false));
  }

  it('suggests the design phase for work under way', () => {
    expect(
      detect('Wonen werkt aan een overzicht per huurder van alle meldingen en betalingsachterstanden').hints.phase,
    ).toBe('design');
  });
});

describe('detect: a side remark does not veto a concrete plan', () => {
  it('a process question in another sentence leaves the plan standing', () => {
    const text =
      'Economie wil wifi-tellers in de winkelstraten die per telefoon bijhouden hoe lang mensen blijven. Moet dat eigenlijk altijd via jullie?';
    expect(detect(text).signal).toBe(true);
    expect(codes(text)).not.toContain('context.process');
  });

  it('a process question with no plan in it is still negative', () => {
    expect(detect('Moet een app voor vergaderzalen eigenlijk ook langs jullie?').signal).toBe(false);
    expect(codes('Is er een sjabloon voor de beschrijving van een sensorproject?')).toContain('context.process');
  });

  it('a wink such as "asking for a friend" is not a joke', () => {
    const text = "Mobiliteit wil camera's die fietsers tellen op de Dafne Schippersbrug. Asking for a friend 😅";
    expect(detect(text).signal).toBe(true);
    expect(codes(text)).toContain('sense.wink');
    expect(codes(text)).not.toContain('context.joke');
  });

  it('a nervous smile is not a joke, a laughing emoji still is', () => {
    expect(detect('Communicatie wil een chatbot op de site, alleen de privacytoets moet nog 😅').signal).toBe(true);
    expect(detect('Stel je voor dat de computer alle bezwaren zelf afhandelt 😂').signal).toBe(false);
    expect(normalise('klaar 😅')).toBe('klaar');
    expect(normalise('klaar 😂')).toBe('klaar haha');
  });

  it('a wink does not turn private use into a plan', () => {
    expect(detect('Asking for a friend 😅 mag je een drone boven je eigen tuin laten vliegen?').signal).toBe(false);
  });
});

describe('detect: technology words in another sense (round 2)', () => {
  const negatives = [
    'Een collega van de universiteit die veel weet van AI wil zich misschien aanmelden voor de klankbordgroep',
    'Op perron 3 ligt het hele platform vol fietsen, kan iemand van Stadsbeheer kijken?',
    'Het maatjesproject koppelt vrijwilligers aan nieuwkomers, we zoeken nog mensen in Oost',
    'De uitnodiging gaat via de moskee, de school en de buurtapp',
    'De droneshow op oudejaarsavond is geboekt, geen vuurwerk dit jaar',
    'De kapotte camera bij de Weerdsluis is vervangen door de leverancier, zelfde type',
    'Great news about the approved pilot, well done team 👏',
    'scrap that, the griffie doesn’t want the AI drafts. back to doing it ourselves',
  ];
  for (const text of negatives) {
    it(`no signal: ${text.slice(0, 60)}…`, () => expect(detect(text).signal).toBe(false));
  }

  const positives = [
    'drone-inspectie van de bruggen na de storm, proefje?',
    'we’ll put noise sensors on the terraces this summer and show the levels to the bar owners',
    'Bij de minimaregeling gaan we toekennen op basis van wat we al weten: geen aanvraag, geen beoordeling door een consulent',
    'webcam-tellingen bij de fietsenstalling, mag dat?',
  ];
  for (const text of positives) {
    it(`signals: ${text.slice(0, 60)}…`, () => expect(detect(text).signal).toBe(true));
  }
});
