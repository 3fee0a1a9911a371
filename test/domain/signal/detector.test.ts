import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';
import { TECHNOLOGIES } from '../../../src/domain/intake/vocabulary.js';
import { translator } from '../../../src/i18n/index.js';
import { signalReason } from '../../../src/i18n/labels.js';

/** A reason as people read it (the detector gives codes; the sentences are in src/i18n). */
const words = (r: { code: string }) => ({
  nl: signalReason(translator('nl'), r.code) ?? '',
  en: signalReason(translator('en'), r.code) ?? '',
});

/** Positive messages, one or more per kind of the label definition; written for these tests. */
const POSITIVES: Record<string, string[]> = {
  'sensor-pilot': [
    'Stadsbeheer wil in de Kruisvaart sensoren in de prullenbakken die melden wanneer ze vol zitten, proef van een half jaar',
    'Water wants to install moisture sensors under the new trees on the Croeselaan so we only irrigate when needed',
  ],
  camera: [
    "Handhaving wil camera's bij de ondergrondse containers om bijplaatsingen op te sporen",
    'Parkeren onderzoekt kentekenherkenning bij de ingang van de nieuwe P+R in Rijnsweerd',
  ],
  'smart-mobility': [
    'Verkeer wil de verkeerslichten bij het Vaartsche Rijn laten reageren op de drukte aan fietsers, via een detectielus en camera',
  ],
  drone: ['Brandweer en gemeente willen samen een drone inzetten om daken in de binnenstad te inspecteren'],
  algorithm: [
    'Wonen wil een algoritme dat voorspelt welke huurders een betalingsachterstand gaan krijgen',
    'Could we build a model that predicts which bridges need maintenance first? Beheer has budget for it',
  ],
  'automated-decision': [
    'Inkomen wil dat kleine aanvragen voor de meedoenregeling automatisch worden toegekend zonder tussenkomst van een consulent',
  ],
  genai: ['Communicatie wil Copilot gebruiken om antwoorden op vragen van inwoners voor te schrijven'],
  chatbot: ['Belastingen wil een chatbot op de website voor vragen over de afvalstoffenheffing, eerst als pilot'],
  'app-platform': ['Sport wil een app waarin ouders zien welke trainingen hun kinderen volgen, met inloggen via DigiD'],
  dashboard: ['Werk en Inkomen wil een dashboard waarop teamleiders per klantmanager de doorlooptijden zien'],
  'data-linking': [
    'Kunnen we de gegevens van leerplicht koppelen aan de bestanden van de buurtteams om schoolverzuim eerder te zien?',
  ],
  procurement: ['Er ligt een offerte voor software die sollicitatiebrieven beoordeelt met AI, HR wil tekenen'],
  'scope-change': [
    'De geluidsmeters bij de evenementen willen ze nu ook gebruiken om overlast van terrassen te handhaven',
  ],
  'non-digital-gets-digital': [
    'Het buurthuis wil in plaats van de papieren presentielijst een tablet waarop bezoekers inchecken met hun Stadspas',
  ],
  mixed: ['Team Parkeren wil een pilot met smart parking sensors in Oog in Al, kickoff na de zomer'],
};

/** Hard negatives, one or more per family of the label definition; written for these tests. */
const NEGATIVES: Record<string, string[]> = {
  smalltalk: ['Wie gaat er mee lunchen in het park? Het is heerlijk weer', 'Happy Friday everyone 🎉'],
  'meeting-logistics': ['Zet je camera aan bij de teamvergadering, dan zien we elkaar tenminste'],
  helpdesk: ['Mijn laptop wil geen verbinding maken met de printer op de 5e, iemand tips?'],
  'it-ops': ['Dit weekend krijgt het zaaksysteem een update naar versie 5, functioneel verandert er niets'],
  'non-digital': ['De gemeente wil meer bankjes langs de Vecht, de plaatsing start in april'],
  'existing-system': [
    'De camera bij de Neude doet het al een week niet, wie kan de leverancier bellen?',
    'How many people used the parking app last month? I need it for the quarterly report',
  ],
  followup: ['De actiepunten uit het assessment over de geluidssensoren staan nu in de planner'],
  news: ['Interessant artikel in de NRC over gezichtsherkenning bij de politie'],
  'other-city': ['Rotterdam heeft een algoritme voor de bijstand, las ik, niks voor ons'],
  process: ['Hoe lang duurt een assessment gemiddeld, van intake tot advies?'],
  hypothetical: ['Haha, wat als we de koffieautomaat een chatbot geven die je humeur herkent 😂'],
  keyword: [
    'App me even als je er bent',
    'Welke data komen jullie uit voor de heidag?',
    'De pilot met de vierdaagse werkweek loopt tot de zomer',
    'De trein vertrekt van platform 7, ik ben iets later',
    'Mijn mobiele data is op, ik bel je zo terug',
  ],
};

describe('detect: positives of each kind', () => {
  for (const [kind, texts] of Object.entries(POSITIVES)) {
    for (const text of texts) {
      it(`${kind}: ${text.slice(0, 60)}…`, () => {
        const d = detect(text);
        expect(d.signal).toBe(true);
        expect(d.score).toBeGreaterThanOrEqual(0.5);
      });
    }
  }
});

describe('detect: hard negatives of each family', () => {
  for (const [family, texts] of Object.entries(NEGATIVES)) {
    for (const text of texts) {
      it(`${family}: ${text.slice(0, 60)}…`, () => {
        const d = detect(text);
        expect(d.signal).toBe(false);
        expect(d.score).toBeLessThan(0.5);
      });
    }
  }
});

describe('detect: contrasting pairs', () => {
  it('the same technology with and without an own plan', () => {
    expect(detect('Amsterdam gebruikt een chatbot voor vragen over parkeren').signal).toBe(false);
    expect(detect('Amsterdam gebruikt een chatbot voor vragen over parkeren, wij willen die ook').signal).toBe(true);
  });

  it('a question about an already registered project is not a new signal', () => {
    expect(detect("Handhaving wil bodycams voor boa's").signal).toBe(true);
    expect(detect("De bodycams voor boa's zijn al bij jullie aangemeld, de intake loopt").signal).toBe(false);
  });

  it('a routine update is negative, an update that adds a new kind of data is positive', () => {
    expect(detect('De fietstellers krijgen een software-update, verder verandert er niets').signal).toBe(false);
    expect(
      detect('De fietstellers krijgen een update waarmee ze ook de snelheid van fietsers gaan registreren').signal,
    ).toBe(true);
  });

  it('asking whether a new thing is already known is positive, saying it was registered is not', () => {
    expect(
      detect('Is de scanscooter voor fietsen al bij jullie aangemeld? Handhaving wil er in mei mee beginnen').signal,
    ).toBe(true);
    expect(detect('De scanscooter voor fietsen heb ik vorige week al bij jullie aangemeld').signal).toBe(false);
  });

  it('office tooling is negative unless it monitors people', () => {
    expect(detect('Facilitair wil een app om vergaderzalen te reserveren').signal).toBe(false);
    expect(
      detect('Facilitair wil sensoren onder de bureaus die bijhouden welke medewerkers op welke werkplek zitten')
        .signal,
    ).toBe(true);
  });

  it('said no plan is negative', () => {
    expect(detect('De wethouder vindt drones interessant, maar er zijn geen plannen').signal).toBe(false);
  });
});

describe('detect: reasons', () => {
  it('explains a signal in Dutch and English, strongest evidence first', () => {
    const d = detect("Handhaving wil camera's met kentekenherkenning bij de ingang van de binnenstad");
    expect(d.reasons.length).toBeGreaterThan(0);
    for (const r of d.reasons) {
      expect(r.code).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(words(r).nl.length).toBeGreaterThan(5);
      expect(words(r).en.length).toBeGreaterThan(5);
      expect(words(r).nl).not.toBe(words(r).en);
    }
    const codes = d.reasons.map((r) => r.code);
    expect(codes.some((c) => c.startsWith('tech.'))).toBe(true);
    expect(codes).toContain('intent.want');
  });

  it('names the negative evidence of a hard negative', () => {
    const codes = detect('Het advies over de drone is binnen, wie verdeelt de actiepunten?').reasons.map((r) => r.code);
    expect(codes).toContain('context.followup');
  });

  it('says when technology is mentioned without any plan', () => {
    const codes = detect("Er hangen camera's op het Stationsplein").reasons.map((r) => r.code);
    expect(codes).toContain('gate.no-intent');
  });

  it('says when a technical word is used in another sense', () => {
    const codes = detect("Stuur je me de foto's even via de app?").reasons.map((r) => r.code);
    expect(codes).toContain('sense.app-as-verb');
  });

  it('gives no reasons for empty text', () => {
    expect(detect('').reasons).toEqual([]);
    expect(detect('   ').reasons).toEqual([]);
  });

  it('never puts words from the message into a reason', () => {
    const text = 'Wijkteam Zwaluwstraat wil een algoritme voor schulden bij de familie Jansen';
    for (const r of detect(text).reasons) {
      expect(`${words(r).nl} ${words(r).en}`).not.toMatch(/Zwaluwstraat|Jansen/);
    }
  });
});

describe('detect: hints for the intake form', () => {
  it('recognises technologies in the intake vocabulary', () => {
    const d = detect(
      'Veiligheid wil een drone met een camera boven het evenemententerrein en een chatbot voor bezoekers',
    );
    expect(d.hints.technologies).toEqual(expect.arrayContaining(['drones', 'cameras', 'chatbot']));
    for (const t of d.hints.technologies) expect(TECHNOLOGIES).toContain(t);
  });

  it('suggests the phase', () => {
    expect(detect('Parkeren start een pilot met parkeersensoren in Zuilen').hints.phase).toBe('pilot');
    expect(detect("De aanbesteding voor slimme camera's op de markt loopt nog tot maart").hints.phase).toBe(
      'procurement',
    );
    expect(detect("De kentekencamera's wil Handhaving nu ook gebruiken voor de milieuzone").hints.phase).toBe('change');
    expect(detect('Idee: zouden we een chatbot voor de Stadspas kunnen maken?').hints.phase).toBe('idea');
  });

  it('has no phase and no technologies for small talk', () => {
    const d = detect('Wie heeft de laatste koffie gepakt?');
    expect(d.hints.technologies).toEqual([]);
    expect(d.hints.phase).toBeUndefined();
  });
});
