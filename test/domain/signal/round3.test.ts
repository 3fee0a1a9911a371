import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';
import { translator } from '../../../src/i18n/index.js';
import { signalReason } from '../../../src/i18n/labels.js';

/**
 * The concepts added in the third round of issue 20. All sentences are written for these tests
 * (none is taken from a data set).
 */
const signals = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).signal;
const codes = (text: string, parentText?: string) =>
  detect(text, parentText === undefined ? undefined : { context: { parentText } }).reasons.map((r) => r.code);

describe('detect: a short call to join in, or a DPIA question, proposes the thing it names', () => {
  it('reads "wie doet mee?" and "dpia?" after a technology as a proposal', () => {
    expect(signals('geluidssensoren langs de singel, wie doet er mee?')).toBe(true);
    expect(signals('kentekencamera bij de afvalbrengpunten, dpia?')).toBe(true);
    expect(signals('speech-to-text for the front desk calls, who wants in?')).toBe(true);
    expect(codes('geluidssensoren langs de singel, wie doet er mee?')).toContain('intent.short-question');
  });

  it('does not read such a question without a technology, or about the state of one, as a proposal', () => {
    expect(signals('bowlen vrijdag, wie doet er mee?')).toBe(false);
    expect(signals('de dpia van de parkeersensoren is klaar, wie heeft hem nodig?')).toBe(false);
  });
});

describe('detect: a reply that doubts the plan in its parent', () => {
  const parent =
    'Mobiliteit wil bluetooth-tellers aan de lantaarnpalen om te meten hoe lang mensen in de winkelstraat blijven';
  const reply = 'mag dat zomaar, bluetooth-tellers in een winkelstraat?';

  it('is a question about the parent’s plan, not a plan of its own', () => {
    expect(signals(reply, parent)).toBe(false);
  });

  it('read alone, the same words still propose the technology', () => {
    expect(signals(reply)).toBe(true);
  });
});

describe('detect: wanting to see an evaluation first is no plan', () => {
  it('masks "wil eerst hun evaluatie zien" and says why', () => {
    const parent = 'Almere voorspelt met een algoritme welke huishoudens een energiecoach nodig hebben';
    expect(signals('leuk, maar ik wil eerst hun evaluatie lezen voor we hier iets beginnen', parent)).toBe(false);
    expect(codes('leuk, maar ik wil eerst hun evaluatie lezen voor we hier iets beginnen', parent)).toContain(
      'sense.wants-evidence',
    );
    expect(signalReason(translator('nl'), 'sense.wants-evidence')).toMatch(/evaluatie/);
  });
});

describe('detect: a joke taken back at the end', () => {
  it('reads "half serious … not doing it obviously" as no plan', () => {
    expect(
      signals(
        'half serious: should we have an AI grade all the coffee in the building? would be hilarious. not doing it obviously',
      ),
    ).toBe(false);
  });

  it('does not take "council minutes" for the minutes of our own meeting', () => {
    const text =
      'Only half joking: we could let an AI read the council minutes and predict the votes. Not actually doing that.';
    expect(signals(text)).toBe(false);
    expect(codes(text)).toContain('context.joke');
  });
});

describe('detect: a system given a new task', () => {
  it('reads "kan het ook … opstellen?" as a technology even without the parent', () => {
    expect(codes('kan het dan ook meteen een conceptbesluit opstellen voor de consulent?')).toContain(
      'tech.automated-processing',
    );
    expect(signals('kan het dan ook meteen een conceptbesluit opstellen voor de consulent?')).toBe(true);
    expect(signals('could we let it rank the applications by urgency as well?')).toBe(true);
  });

  it('does not read a person doing the task as a system', () => {
    expect(signals('kan hij dan ook meteen een conceptbesluit opstellen voor de consulent?')).toBe(false);
  });
});

describe('detect: a project already assessed that comes back with a change', () => {
  it('is a signal when it asks for a new review because of new data or a new use', () => {
    const text =
      'Het risicomodel voor huurachterstanden is door jullie beoordeeld, nu willen we er de energierekeningen bij nemen. Moet het opnieuw langs?';
    expect(signals(text)).toBe(true);
    expect(codes(text)).toContain('intent.new-review');
  });

  it('stays no signal when the assessed project only rolls out as advised', () => {
    expect(
      signals(
        'Het risicomodel voor huurachterstanden is door jullie beoordeeld en gaat nu live zoals in het advies stond',
      ),
    ).toBe(false);
  });
});

describe('detect: figures about the use of an existing system', () => {
  it('does not read "12 keer aangezet" as switching something on', () => {
    expect(
      signals(
        'De bodycams van de handhavers zijn vorige week 12 keer aangezet, beelden zoals altijd na 28 dagen gewist',
      ),
    ).toBe(false);
  });
});
