import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceMentions, replaceTags } from '../../../src/domain/text/html.js';
import { stripHtml } from '../../../src/domain/signal/normalise.js';
import { commandText, MAX_COMMAND_CHARS } from '../../../src/teams/routing/commands.js';

/**
 * The regexes the linear scanners replace, kept here as their specification: on any text the
 * scanners must give exactly what these give (they are only too slow on adversarial input).
 */
const spec = {
  mentions: (s: string) => s.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' '),
  breaks: (s: string) => s.replace(/<(?:br|\/p|\/div|\/li)\b[^>]*>/gi, ' . '),
  tags: (s: string) => s.replace(/<[^>]*>/g, ' '),
  entities: (s: string) =>
    s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
      const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    }),
  command: (s: string) =>
    s
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\/+/, ''),
};
const specStrip = (s: string) => spec.entities(spec.tags(spec.breaks(spec.mentions(s))));

/** Text made of the pieces that matter to these passes, so that random strings hit the edge cases. */
const pieces = [
  '<',
  '>',
  '</',
  'at',
  'AT',
  'aT',
  '<at>',
  '</at>',
  '</AT>',
  '<at ',
  '<atx>',
  '<br>',
  '<BR/>',
  '<br',
  '</p>',
  '</P',
  '</div>',
  '</li>',
  '<li>',
  '<b>',
  '<>',
  '/',
  'p',
  'div',
  'li',
  ' ',
  '\n',
  'x',
  '_',
  '1',
  '&',
  ';',
  '&amp;',
  '&#x41;',
  '&#65;',
  '&nbsp;',
  '&bogus;',
  'é',
  '\u0130',
  '\u212A',
];
const htmlish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

describe('linear HTML passes give exactly what the regexes give', () => {
  it('mentions, tags, break tags, the whole stripHtml, and command text', () => {
    fc.assert(
      fc.property(htmlish, (s) => {
        expect(replaceMentions(s, ' ')).toBe(spec.mentions(s));
        expect(replaceTags(s, () => ' ')).toBe(spec.tags(s));
        expect(stripHtml(s)).toBe(specStrip(s));
        expect(commandText(s)).toBe(spec.command(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('on arbitrary unicode text as well', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(stripHtml(s)).toBe(specStrip(s));
        expect(commandText(s)).toBe(spec.command(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('examples from Teams', () => {
    expect(stripHtml('<p><at>Uthiek Bot</at>&nbsp;wij willen <b>camera&#39;s</b></p><p>Mag dat?</p>')).toBe(
      "   wij willen  camera's  .  Mag dat? . ",
    );
    expect(commandText('<p><at>Uthiek Bot</at>&nbsp;zaken hoog</p>')).toBe('zaken hoog');
    expect(commandText('<at>Uthiek Bot</at> plan UTH-2026-001<br>')).toBe('plan UTH-2026-001');
  });
});

describe('adversarial input (correctness; the speed is measured by bench/normalise.ts)', () => {
  const n = 200_000;

  it('200,000 "<" with no ">" stay as they are', () => {
    expect(stripHtml('<'.repeat(n))).toBe('<'.repeat(n));
    expect(commandText('<'.repeat(n))).toBe('<'.repeat(MAX_COMMAND_CHARS));
  });

  it('"<" ... ">" is one tag however many "<" it holds', () => {
    expect(stripHtml(`${'<'.repeat(n)}>x`)).toBe(' x');
    expect(stripHtml(`a${'<'.repeat(n)}b>c>`)).toBe('a c>');
  });

  it('"<a" repeated and nested tags', () => {
    expect(stripHtml('<a'.repeat(n / 2))).toBe('<a'.repeat(n / 2));
    expect(stripHtml(`${'<a'.repeat(n / 2)}>tekst`)).toBe(' tekst');
    expect(stripHtml('<<<b>>>x')).toBe(' >>x');
    expect(stripHtml(`${'<b>'.repeat(n / 3)}x${'</b>'.repeat(n / 4)}`)).toBe(
      `${' '.repeat(n / 3)}x${' '.repeat(n / 4)}`,
    );
  });

  it('unclosed mentions: the tag goes, the text stays', () => {
    expect(stripHtml(`${'<at>'.repeat(n / 4)}naam`)).toBe(`${' '.repeat(n / 4)}naam`);
    expect(stripHtml(`${'<at x'.repeat(n / 5)}`)).toBe('<at x'.repeat(n / 5));
    expect(stripHtml(`${'<at>a'.repeat(n / 5)}</at>b`)).toBe(' b');
    expect(stripHtml(`<at>x</at>${'<at>'.repeat(n / 4)}`)).toBe(` ${' '.repeat(n / 4)}`);
  });

  it('break tags everywhere, and unterminated entities', () => {
    expect(stripHtml('<br'.repeat(n / 3))).toBe('<br'.repeat(n / 3));
    expect(stripHtml('<br>'.repeat(n / 4))).toBe(' . '.repeat(n / 4));
    expect(stripHtml(`&#x${'1'.repeat(n)}`)).toBe(`&#x${'1'.repeat(n)}`);
    expect(stripHtml(`&#${'9'.repeat(50)};`)).toBe(' ');
    expect(stripHtml('&'.repeat(n))).toBe('&'.repeat(n));
  });
});
