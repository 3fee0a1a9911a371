import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the fifth round of issue 20, each with a counter-example. All sentences
 * are written for these tests (none is taken from a data set).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: "wat als we … gebruiken" with the verb at the end is a suggestion', () => {
  it('reads a Dutch what-if with a late verb as a plan', () => {
    const text =
      'wat als we de geluidsmeters van het evenemententerrein straks ook inzetten bij de horeca op de Neude?';
    expect(signals(text)).toBe(true);
  });

  it('a what-if without a verb of ours stays a thought experiment', () => {
    expect(signals('wat als de geluidsmeters op de Neude straks allemaal tegelijk uitvallen?')).toBe(false);
  });
});

describe('detect: a report that ends without agreements has no plan of our own', () => {
  const report = (last: string) =>
    'terug van de datadag van de VNG: presentaties over AI-assistenten bij gemeenten en een demo van ' +
    `een chatbot voor de belastingbalie. ${last}`;

  it('"geen concrete afspraken" takes back what the report named', () => {
    expect(signals(report('Geen concrete afspraken gemaakt, de slides staan op Teams.'))).toBe(false);
  });

  it('a report that ends with a plan of ours stays a signal', () => {
    expect(signals(report('Zo’n chatbot willen wij ook proberen bij onze belastingbalie, wie denkt mee?'))).toBe(true);
  });
});

describe('detect: an existing link that got stuck and was restarted is a fault', () => {
  it('reads "liep vast … opnieuw gestart" as a fault report', () => {
    const text =
      'de koppeling tussen het zaaksysteem en de BRP liep gisteren vast, vanmorgen opnieuw gestart en alles is bijgewerkt';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.fault');
  });

  it('starting a new link is still a plan', () => {
    expect(signals('we starten volgende maand een koppeling tussen het zaaksysteem en de BRP voor de leerplicht')).toBe(
      true,
    );
  });
});

describe('detect: asking colleagues for input is not a plan', () => {
  it('"wil iemand …" under figures of an existing dashboard is a request, not a wish', () => {
    const text =
      'het dashboard parkeerdruk laat voor maart weer dezelfde drukte zien in Lombok. dezelfde bronnen als vorig jaar, ' +
      'niks aan veranderd. wil iemand de toelichting nog nalezen?';
    expect(signals(text)).toBe(false);
  });

  it('a wish of our own for the same dashboard stays a signal', () => {
    expect(signals('we willen het dashboard parkeerdruk uitbreiden met de kentekens van vergunninghouders')).toBe(true);
  });
});

describe('detect: wanting to know about an old spreadsheet is a process question', () => {
  it('"we just want to know if we should have registered it" is no plan', () => {
    const text =
      'quick question about the register: we have used a scoring sheet for the grant queue for years. ' +
      'nothing new, we just want to know if we should have registered it. thanks!';
    expect(signals(text)).toBe(false);
  });

  it('wanting a new scoring sheet is a plan', () => {
    expect(signals('we want a scoring model that ranks the grant applications by urgency, can you have a look?')).toBe(
      true,
    );
  });
});

describe('detect: "data" as the dates of an outing', () => {
  it('does not read the dates of a team outing as data', () => {
    expect(signals('wie heeft de data voor het kerstdiner al ingevuld? ik sluit de datumprikker vrijdag')).toBe(false);
  });

  it('data about people in a plan still counts', () => {
    expect(signals('we willen de data van de wmo-cliënten koppelen aan de schuldhulp, kan dat?')).toBe(true);
  });
});

describe('detect: asking whether Uthiek has seen it already is not a follow-up', () => {
  it('"has this been with you?" after a plan keeps the plan', () => {
    const text =
      'We want to turn on the AI summary of Teams calls for the whole debt-counselling team. Has this been with you?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.followup');
  });

  it('saying it has been with Uthiek is a follow-up', () => {
    expect(signals('The AI summary of Teams calls has been with you in March, we are now rolling it out.')).toBe(false);
  });
});

describe('detect: a grinning emoji marks a joke', () => {
  it('reads a threat with 😄 as a joke', () => {
    expect(signals('als de lift nog één keer blijft hangen plak ik er zelf een camera in 😄')).toBe(false);
  });

  it('a plan with a thumbs-up stays a plan', () => {
    expect(signals('we willen een camera in de lift van de parkeergarage om vandalisme te zien 👍')).toBe(true);
  });
});

describe('detect: a system that recognises things by itself, and a classifier', () => {
  const parent = 'de classifier voor de meldingen openbare ruimte sorteert ze sinds januari in tien soorten';

  it('a reply that feeds the classifier photos so it recognises damage by itself is a change', () => {
    expect(
      signals('kunnen we er ook de foto’s van melders in stoppen, zodat hij zelf scheve stoeptegels herkent?', parent),
    ).toBe(true);
  });

  it('a reaction to the same parent is not', () => {
    expect(signals('mooi, werkt dat een beetje?', parent)).toBe(false);
  });
});

describe('detect: mechanisms found by the fresh batches of round 5', () => {
  it('"down to 5 weeks" is a figure, not an outage', () => {
    const text =
      'Waiting times are down to 4 weeks. From June the new release of the case system drafts the decision letters ' +
      'with generated text and we want to switch that on for the whole team.';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.fault');
  });

  it('a system that is down is still a fault', () => {
    expect(signals('the case system is down again, the letters with generated text cannot be sent')).toBe(false);
  });

  it('"who\'s on it?" after a technology is a call to join in', () => {
    expect(signals('noise sensors along the canal, who’s on it?')).toBe(true);
    expect(signals('noise sensors along the canal are broken again')).toBe(false);
  });

  it('"we don\'t want cameras" rules the cameras out, "we want cameras" does not', () => {
    expect(signals('We don’t want cameras at the playground, we want a caretaker.')).toBe(false);
    expect(signals('We want cameras at the playground to see who damages the slides.')).toBe(true);
  });

  it('an idea declared dead is taken back', () => {
    expect(signals('the idea of a chatbot for the market permits is dead, no budget')).toBe(false);
    expect(signals('new idea: a chatbot for the market permits, shall we?')).toBe(true);
  });

  it('"no changes planned" in minutes about an existing system', () => {
    expect(
      signals(
        '2. the licence-plate cameras of the environmental zone caught 300 old vans in March, no changes planned.',
      ),
    ).toBe(false);
  });

  it('a service counter is no people counter', () => {
    expect(signals('so no AI for the letters this year, the money goes to the new counters in the hall')).toBe(false);
    expect(signals('we want counters that count the visitors in the hall per hour')).toBe(true);
  });

  it('a report with "nothing we can start now" has no plan of ours', () => {
    const text =
      'back from the Data Week in Eindhoven: sensors on every lamppost and an AI that plans the bin rounds. ' +
      'lovely, but nothing we can start now, the backlog is full.';
    expect(signals(text)).toBe(false);
  });

  it('the administrator named in a plan is no fault', () => {
    expect(signals('bluetooth-tellers in het park om drukte te meten, willen we testen met de beheerder')).toBe(true);
    expect(signals('de bluetooth-tellers in het park geven rare cijfers, wie is de beheerder?')).toBe(false);
  });
});

describe('detect: a question answered "nope" in the same message', () => {
  it('takes the plan in the question back', () => {
    expect(
      signals('are we putting sensors in the new bike tunnel? nope, those are the ones of ProRail, not ours'),
    ).toBe(false);
  });

  it('a question answered with a plan stays a plan', () => {
    expect(signals('are we putting sensors in the new bike tunnel? yes, we want to count the cyclists per hour')).toBe(
      true,
    );
  });
});
