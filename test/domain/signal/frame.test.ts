import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The message read as a whole: negation, retraction, hypotheticals, comparisons, short questions,
 * long reports, renewals and follow-ups. All sentences are written for these tests.
 */
const codes = (text: string) => detect(text).reasons.map((r) => r.code);
const signals = (text: string) => detect(text).signal;

describe('detect: negation and retraction of the whole message', () => {
  it('does not count technology that is named only to be ruled out', () => {
    expect(signals('Voor het pop-up loket: geen camera, geen app, gewoon een balie en een stempel')).toBe(false);
    expect(codes('No drones, no sensors, just volunteers with clipboards this year')).toContain('sense.negated');
    expect(signals("Geen camera's op het plein, maar wel tellers die meten hoe druk het is, proef in juni")).toBe(true);
  });

  it('takes back every plan before a retraction, whatever the vocabulary', () => {
    const before = 'Sport wil slimme toegangspoortjes bij het zwembad die per pashouder bijhouden hoe vaak iemand komt';
    expect(signals(before)).toBe(true);
    expect(signals(`${before}. Update: gaat niet door, het budget is op`)).toBe(false);
    expect(codes(`${before}. Update: gaat niet door, het budget is op`)).toContain('context.retracted');
    expect(signals('We decided not to go ahead with the speech analytics for the call centre')).toBe(false);
    expect(
      signals('De kentekenscanner bij de jachthaven is niet aan de orde, de havenmeester blijft gewoon kijken'),
    ).toBe(false);
  });

  it('keeps a plan stated again after the retraction, and reads a question with "niet" as a proposal', () => {
    expect(
      signals('De drone voor de dakinspecties ging vorig jaar niet door, maar nu willen we het opnieuw proberen'),
    ).toBe(true);
    expect(
      signals('Zouden we de afvalpas niet gewoon automatisch kunnen verlengen als het adres niet is veranderd?'),
    ).toBe(true);
  });

  it('reads a hypothetical as no plan', () => {
    expect(
      signals('In theorie kun je met de parkeerdata precies zien wie waar woont, maar dat doen we natuurlijk niet'),
    ).toBe(false);
    expect(signals('If I were mayor every tram stop would get face recognition, kidding obviously')).toBe(false);
  });
});

describe('detect: comparison with another city', () => {
  it('reads "net als Rotterdam" as an example when the plan is ours', () => {
    expect(signals('Handhaving wil net als Rotterdam scanauto’s voor de blauwe zones')).toBe(true);
    expect(signals('Jeugd wants a model that flags families who need help early, like Amsterdam does')).toBe(true);
  });

  it('still reads another city’s project as theirs', () => {
    expect(signals('Eindhoven heeft net als Tilburg kentekencamera’s bij de milieuzone')).toBe(false);
  });
});

describe('detect: short questions', () => {
  it('reads a technology with a question as a proposal', () => {
    for (const text of [
      'Camera bij de glasbakken op het plein, proefje?',
      'Chatbot voor de vergunningen, goed idee?',
      'ANPR at the park and ride, thoughts?',
    ]) {
      expect(signals(text)).toBe(true);
      expect(codes(text)).toContain('intent.short-question');
    }
  });

  it('does not read a question about something that exists as a proposal', () => {
    for (const text of [
      'Camera bij de glasbakken weer kapot?',
      'Chatbot al live?',
      'Dashboard al bijgewerkt?',
      'Kun je de deelnemerslijst even delen?',
    ]) {
      expect(signals(text)).toBe(false);
    }
  });
});

describe('detect: long reports', () => {
  it('reads a report full of vocabulary but without a plan of our own as no signal', () => {
    const report =
      'Verslagje van het congres: de eerste spreker liet camera’s zien die drukte tellen met beeldherkenning, daarna een ' +
      'sessie over algoritmes in de bijstand en een panel over chatbots bij gemeenten. Veel leveranciers met sensoren en ' +
      'dashboards in de hal. Interessant, maar ook veel verkooppraat. De slides komen op intranet, ik stuur ze rond als ' +
      'iemand ze wil lezen.';
    expect(signals(report)).toBe(false);
    expect(codes(report)).toContain('context.report');
  });

  it('keeps a long message in which the writer asks about a plan of their own', () => {
    const plan =
      'Lang bericht, sorry. Bij de nieuwe sporthal willen we toegangspoortjes met de sportpas, zodat we zien hoe druk ' +
      'het is. De leverancier biedt ook een functie die per pashouder bijhoudt hoe vaak iemand komt, zodat we mensen die ' +
      'afhaken kunnen mailen. De opening is in september. Moet dit eerst langs jullie en wat hebben jullie dan van ons nodig?';
    expect(signals(plan)).toBe(true);
  });
});

describe('detect: automated decisions and personal-data registers in plain words', () => {
  it('reads granting without an application or a caseworker as an automated decision', () => {
    const text = 'De schoolkostenregeling willen we voortaan toekennen zonder aanvraag, gewoon op basis van de brp';
    expect(signals(text)).toBe(true);
    expect(detect(text).hints.technologies).toContain('automated-decisions');
    expect(signals('We want to renew the mooring permits automatically if nothing has changed since last year')).toBe(
      true,
    );
  });

  it('reads a condition "als er niets veranderd is" as a condition, not as "nothing changes"', () => {
    expect(
      codes('We willen de ooievaarspas automatisch verlengen als er niets veranderd is in het inkomen'),
    ).not.toContain('context.no-change');
  });

  it('knows registers of personal data', () => {
    expect(signals('Belastingen wil het chipregister van honden koppelen aan de hondenbelasting')).toBe(true);
  });
});

describe('detect: renewals, upgrades and follow-ups', () => {
  it('reads a renewal that switches on something new as a change, a routine renewal as no signal', () => {
    expect(
      signals(
        'Het contract voor de telefooncentrale wordt verlengd en de nieuwe versie zet standaard transcriptie van alle gesprekken aan',
      ),
    ).toBe(true);
    expect(signals('Het contract voor de telefooncentrale wordt verlengd, zelfde pakket, er verandert niets')).toBe(
      false,
    );
  });

  it('reads a follow-up on an assessed project as no signal', () => {
    expect(signals('De slimme sloten zijn door jullie beoordeeld, nu rollen we uit naar alle buurthuizen')).toBe(false);
    expect(signals('The visitor counters were assessed by you in May, we go live next week exactly as discussed')).toBe(
      false,
    );
  });
});
