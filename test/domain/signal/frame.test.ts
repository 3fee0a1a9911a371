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

describe('detect: lists and minutes (round 2)', () => {
  it('rules out every item of a list after one negation', () => {
    expect(
      signals('Bij de nieuwe fietsenstalling: gewoon rekken, geen sensoren of chips, daar hebben we van afgezien'),
    ).toBe(false);
    expect(signals('For the market: no cameras, microphones or trackers, just two stewards')).toBe(false);
    expect(
      signals('Geen camera en een app erbij die per bezoeker bijhoudt hoe vaak iemand komt, dat willen we testen'),
    ).toBe(true);
  });

  it('finds a plan of a colleague buried in the minutes of our own meeting', () => {
    const minutes =
      'Notulen werkoverleg Wonen 4/3. Aanwezig: Ans, Pim, Lotte. 1. Ziekteverzuim besproken, daalt. 2. De nieuwe ' +
      'koffieautomaat werkt eindelijk. 3. Lotte wil een dashboard bouwen met per huurder de meldingen en de ' +
      'betalingsachterstanden, eerste versie in juni. 4. Rondvraag: niks. Volgende keer 1 april.';
    expect(signals(minutes)).toBe(true);
    expect(codes(minutes)).not.toContain('context.report');
  });

  it('does not let the other items of a team update count against the plan in one item', () => {
    const update =
      'Weekupdate team KCC: - wachttijd 3 min - nieuwe telefooncentrale draait - we willen een chatbot die ’s avonds vragen over afval beantwoordt - kerstborrel 19/12, wie niet komt moet taart meenemen 😉';
    expect(signals(update)).toBe(true);
  });

  it('keeps minutes without a digital plan, or with a resident’s question only, no signal', () => {
    expect(
      signals(
        'Notulen werkoverleg Stadsbeheer 6/3. 1. Strooiseizoen geëvalueerd. 2. De nieuwe veegwagens zijn geleverd. ' +
          '3. De camera bij het depot is gerepareerd door de leverancier. 4. Rondvraag: niks. Volgende keer 3 april.',
      ),
    ).toBe(false);
    expect(
      signals(
        'Verslag bewonersoverleg Zuilen: veel vragen over parkeren. Een bewoner vroeg of de gemeente bij hem een slimme ' +
          'deurbel kan ophangen, dat moet hij zelf regelen. Volgende bijeenkomst in juni.',
      ),
    ).toBe(false);
  });

  it('gives a plan to the short lead-in that announces it', () => {
    const text =
      'Incidentverslag parkeerapp 3/4: van 7 tot 9 uur geen parkeeracties door een verlopen certificaat, opgelost. ' +
      'Naar aanleiding hiervan willen we iets nieuws: de scanauto krijgt een functie die automatisch geen boete geeft ' +
      'als er op dat moment een storing was. Gaan we in mei bouwen.';
    expect(signals(text)).toBe(true);
  });

  it('reads a question about the state of something as no proposal', () => {
    expect(signals('chatbot voor de wmo al live?')).toBe(false);
    expect(codes('chatbot voor de wmo al live?')).toContain('context.status');
  });
});

describe('detect: questions to Team Uthiek and renewals (round 2)', () => {
  it('reads "moet ik het aanmelden?" as a question to Uthiek, not the helpdesk', () => {
    const text =
      'we gaan met een taalmodel de open antwoorden uit de bewonersenquête samenvatten, moet ik dat aanmelden?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.helpdesk');
  });

  it('reads an upgrade that adds something, on unless switched off, as a change', () => {
    expect(
      signals(
        'our Teams licence upgrade adds meeting transcription for everyone from September unless we switch it off',
      ),
    ).toBe(true);
    expect(signals('the licence for the survey tool is renewed for 2025, nothing changes for users')).toBe(false);
  });

  it('reads logging in with an authenticator as routine IT, even "from now on"', () => {
    expect(
      signals(
        'Migratie werkplek: alle applicaties blijven hetzelfde, je logt voortaan in met de authenticator-app op je telefoon',
      ),
    ).toBe(false);
  });

  it('reads a short question with a yes/no tag as a proposal', () => {
    expect(signals('Copilot in Teams meetings for the wijkteams, yes/no?')).toBe(true);
  });
});

describe('detect: a plain "no" (round 2)', () => {
  it('reads an answer "nee, we…" as taking the plan back, unless a plan follows in contrast', () => {
    expect(
      signals('de wethouder vroeg of we camera’s willen bij de skatebaan. antwoord: nee, we zetten jongerenwerkers in'),
    ).toBe(false);
    const parent = 'iemand ervaring met gezichtsherkenning bij toegangspoortjes?';
    expect(
      detect('nee, maar wij willen het voor het stadskantoor, dus hoor het graag', { context: { parentText: parent } })
        .signal,
    ).toBe(true);
  });

  it('reads a request for existing footage as no project', () => {
    expect(signals('the camera footage request from the insurance company, can we share that or not?')).toBe(false);
  });
});
