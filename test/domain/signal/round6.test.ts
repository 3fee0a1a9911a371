import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

/**
 * The mechanisms added in the sixth round of issue 20, each with a counter-example. All sentences
 * are written for these tests (none is taken from a data set).
 */
const signals = (text: string) => detect(text).signal;
const codes = (text: string) => detect(text).reasons.map((r) => r.code);

describe('detect: a plan said not to be on our roadmap, or that we are not ready for, is taken back', () => {
  const shared =
    'Doorgestuurd van de leverancier: hun nieuwe AI-module voor het klantcontactcentrum vat gesprekken samen.';

  it('"staat niet op onze roadmap" takes back what the message names', () => {
    const text = `${shared} Interessant, maar dat staat niet op onze roadmap.`;
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.retracted');
  });

  it('"daar zijn we nog niet aan toe" and "we are not ready for that" take it back too', () => {
    expect(signals(`${shared} Daar zijn we als team echt nog niet aan toe.`)).toBe(false);
    expect(
      signals(
        'The supplier pitched a chatbot that drafts replies to residents for our contact centre. Honestly we are not ready for that yet.',
      ),
    ).toBe(false);
  });

  it('a plan that is on the roadmap stays a signal', () => {
    expect(signals(`${shared} Die willen we dit najaar zelf proberen, het staat al op onze roadmap.`)).toBe(true);
  });
});

describe('detect: a report that sees nothing we need to change or start holds no plan of our own', () => {
  const report = (last: string) =>
    'Verslag van het webinar over algoritmes in de bijstand: veel over uitlegbaarheid, menselijke toets ' +
    `en een voorspelmodel voor terugvordering dat een andere gemeente gebruikt. ${last}`;

  it('"ik zie niets wat we moeten veranderen" takes back what the report named', () => {
    expect(signals(report('Ik zie niets wat we nu moeten veranderen of starten, onze aanpak dekt dit al.'))).toBe(
      false,
    );
    expect(
      signals(
        'Summary of the summit on AI in local government: talks on predictive models for benefits fraud and chatbots for permits. ' +
          "I don't see anything we need to start or change, our current approach covers it.",
      ),
    ).toBe(false);
  });

  it('a report that sees something we need to start stays a signal', () => {
    expect(
      signals(
        report('Wat we wel moeten starten: zo’n voorspelmodel willen we zelf proberen voor onze terugvordering.'),
      ),
    ).toBe(true);
  });
});

describe('detect: vehicles or people that stop are no plan that stops', () => {
  const plan =
    'we want to trial sensors at the Vredenburg loading bay that count delivery vans stopping in the bus lane';

  it('"vans stopping" in a plan does not decline it', () => {
    expect(signals(plan)).toBe(true);
    expect(codes(plan)).not.toContain('context.declined');
  });

  it('a pilot we stopped is still declined', () => {
    const text = 'the sensors at the Vredenburg loading bay: we stopped that pilot in March, nothing new planned';
    expect(signals(text)).toBe(false);
  });
});

describe('detect: "the licence plates" is no software licence', () => {
  it('a plan to read the licence plates is not routine IT', () => {
    const text = 'next month we want to test a scan car that reads the licence plates of cars parked on the cycle path';
    expect(signals(text)).toBe(true);
    expect(codes(text)).not.toContain('context.it-ops');
  });

  it('the licence of the software is still routine IT', () => {
    const text = 'the licence for the scan car software expires in May, we need to renew the licence before then';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.it-ops');
  });
});

describe('detect: a Dutch "wat als …" that opens a sentence without "we" is a thought experiment', () => {
  it('"wat als straks elke bushalte een camera heeft?" is no plan', () => {
    const text = 'wat als straks elke bushalte een camera met gezichtsherkenning heeft? beetje eng';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.what-if');
  });

  it('a plan that asks "wat als" later in the message is still a plan', () => {
    expect(
      signals(
        'we willen bij de bushaltes op de Biltstraat tellers die de drukte meten. wat als het gaat regenen, werkt dat dan?',
      ),
    ).toBe(true);
  });
});
