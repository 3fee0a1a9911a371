import { describe, expect, it } from 'vitest';
import { correctTypos, correctWord, editDistance } from '../../../src/domain/signal/fuzzy.js';
import { normalise, stripHtml } from '../../../src/domain/signal/normalise.js';
import { compile, compileParts, matchAll, matchOffsets } from '../../../src/domain/signal/pattern.js';

describe('normalise', () => {
  it('lowercases, folds diacritics, drops apostrophes and marks sentence ends', () => {
    expect(normalise("Wij willen Camera's! Één idee?")).toBe('wij willen cameras . een idee ?');
    expect(normalise('Echt?! Ja.')).toBe('echt ? ja');
    expect(normalise('cliënt-gegevens')).toBe('client gegevens');
  });

  it('collapses runs of three or more equal letters', () => {
    expect(normalise('pikkken sooo cool')).toBe('pikken soo cool');
  });

  it('keeps numbers with decimal points together and abbreviations whole', () => {
    expect(normalise('versie 4.2 i.p.v. 4.1')).toBe('versie 42 ipv 41');
  });

  it('removes Teams mentions with their text, tags and entities', () => {
    expect(stripHtml('<at>Uthiek Bot</at> hoi &amp; <b>dag</b>')).toBe('  hoi &  dag ');
    expect(normalise('<p>een</p><p>twee</p>')).toBe('een . twee');
  });

  it('reads the items of a list typed on one line as sentences, a single dash as a pause', () => {
    expect(normalise('Weekupdate: - mailbox leeg - chatbot voor de zomer - taart')).toBe(
      'weekupdate . mailbox leeg . chatbot voor de zomer . taart',
    );
    expect(normalise('notes 14/3: 1) budget fine 2) Zainab wants a dashboard')).toBe(
      'notes 14 3 . budget fine . zainab wants a dashboard',
    );
    expect(normalise('we willen een chatbot - voor de zomer')).toBe('we willen een chatbot voor de zomer');
  });

  it('makes a yes/no tag one word', () => {
    expect(normalise('Copilot voor de wijkteams, ja/nee?')).toBe('copilot voor de wijkteams yesno ?');
    expect(normalise('AI for the minutes, go/no go?')).toBe('ai for the minutes yesno ?');
  });

  it('turns joking emoji into a joke marker and organisation names into a placeholder', () => {
    expect(normalise('top 😂')).toBe('top haha');
    expect(normalise('Het Platform Toegankelijkheid komt langs')).toBe('het organisatienaam komt langs');
  });
});

describe('pattern language', () => {
  const hits = (patterns: string[], text: string) => matchOffsets(compile(patterns), text).length;

  it('matches whole words, prefixes and compounds', () => {
    expect(hits(['sensor*'], 'de sensoren hangen')).toBe(1);
    expect(hits(['sensor*'], 'de geluidssensor')).toBe(0);
    expect(hits(['*sensor*'], 'de geluidssensoren')).toBe(1);
    expect(hits(['app'], 'de applicatie')).toBe(0);
  });

  it('supports phrase alternatives, word groups, gaps, numbers and optional spaces', () => {
    expect(hits(['wij willen|we want'], 'we want it')).toBe(1);
    expect(hits(['(koppel*|delen) ~ gegevens'], 'koppelen van de gegevens')).toBe(1);
    expect(hits(['koppel* ~ gegevens'], 'koppelen van al die oude gegevens')).toBe(0);
    expect(hits(['koppel* ~~ gegevens'], 'koppelen van al die oude gegevens')).toBe(1);
    expect(hits(['versie #'], 'versie 11')).toBe(1);
    expect(hits(['ai_assistent*'], 'een ai assistent en een aiassistent')).toBe(2);
  });

  it('finds the same matches with anchored and other phrases split', () => {
    const patterns = ['^ hoeveel|wie heeft', 'camera*|^ (wanneer|when) ~ live'];
    for (const text of [
      'hoeveel cameras . wie heeft ze',
      'wanneer gaat het live ? de cameras',
      'ik weet hoeveel',
      'when is it live',
    ]) {
      expect(matchAll(compileParts(patterns), text)).toEqual(matchOffsets(compile(patterns), text));
    }
    expect(compileParts(['camera*'])).toHaveLength(1);
  });

  it('never matches across a sentence boundary', () => {
    expect(hits(['wil ~ camera*'], 'hij wil . cameras')).toBe(0);
    expect(hits(['wil ~ camera*'], 'hij wil ? cameras')).toBe(0);
  });

  it('matches the end of a question with "?"', () => {
    expect(hits(['al ~ aangemeld ?'], 'is het al aangemeld ? ja')).toBe(1);
    expect(hits(['al ~ aangemeld ?'], 'het is al aangemeld . ja')).toBe(0);
  });

  it('anchors "^" phrases at the start of a sentence', () => {
    expect(hits(['^ hoeveel'], 'hoeveel kost het . hoeveel nog')).toBe(2);
    expect(hits(['^ hoeveel'], 'zien hoeveel het kost')).toBe(0);
  });

  it('rejects malformed patterns', () => {
    expect(() => compile(['wij (willen'])).toThrow();
    expect(() => compile([''])).toThrow();
  });
});

describe('typo correction', () => {
  it('measures edit distance with swaps', () => {
    expect(editDistance('algortime', 'algoritme', 2)).toBe(1);
    expect(editDistance('kamer', 'camera', 1)).toBe(2);
  });

  it('corrects longer technology words and keeps real words', () => {
    expect(correctWord('algortime')).toBe('algoritme');
    expect(correctWord('algortimes')).toBe('algoritmes');
    expect(correctWord('kentekenherkening')).toBe('kentekenherkenning');
    expect(correctWord('dashbord')).toBe('dashboard');
    expect(correctWord('senioren')).toBe('senioren');
    expect(correctWord('cameras')).toBe('cameras');
    expect(correctWord('voorstellen')).toBe('voorstellen');
    expect(correctTypos('een nieuw algortime voor senioren')).toBe('een nieuw algoritme voor senioren');
  });
});
