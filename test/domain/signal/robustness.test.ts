import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/domain/signal/detector.js';

const PLAN = "Handhaving wil camera's met kentekenherkenning bij de ingangen van de binnenstad";

describe('detect: robustness', () => {
  it('tolerates typos in technology words and repeated letters', () => {
    expect(detect('we wilen een algortime laten bepalen welke bomen we eerst snoeien').signal).toBe(true);
    expect(detect('parkeren wil kentekenherkening bij de P+R').signal).toBe(true);
    expect(detect('Toezicht wil een dashbord met alle meldingen per adres').signal).toBe(true);
    expect(detect('Wij willlll echt graag sensoooren bij de speeltuin, pilot na de zomer').signal).toBe(true);
  });

  it('handles diacritics and mixed Dutch and English', () => {
    expect(detect('Cliënten krijgen een app, wij willen die graag via één login laten werken met DigiD').signal).toBe(
      true,
    );
    expect(detect('Team Data wil een predictive model voor de Wmo-aanvragen, kickoff next week').signal).toBe(true);
  });

  it('strips HTML and Teams mentions before reading', () => {
    const html = `<p><at>Uthiek Bot</at> ${PLAN.replace("camera's", 'camera&#39;s')}</p><p>Groet,<br/>Sanne</p>`;
    const d = detect(html);
    expect(d.signal).toBe(true);
    expect(d.score).toBe(detect(PLAN).score);
    expect(detect('<at>Uthiek Bot</at>').signal).toBe(false);
    expect(detect('<at>Uthiek Bot</at> kun je me helpen?').reasons.map((r) => r.code)).not.toContain('tech.chatbot');
  });

  it('accepts empty, whitespace, emoji and odd input without throwing', () => {
    for (const text of [
      '',
      ' ',
      '\n\n',
      '😂😂😂',
      '<<<>>>',
      '&amp;&#x1F600;&#99999999;',
      '\u0000\uFFFF',
      '...???!!!',
      'a'.repeat(5000),
      '🤖'.repeat(3000),
    ]) {
      const d = detect(text);
      expect(d.signal).toBe(false);
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(1);
    }
    expect(detect('').score).toBeLessThan(0.5);
    expect(detect(undefined as unknown as string).signal).toBe(false);
  });

  it('never throws on random strings', () => {
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = 'abcdeéëfgz ENL.,;:!?\'’"<>/&#()[]{}*|~^$\\\n\t0123456789😂🤖\u200b';
    for (let n = 0; n < 300; n++) {
      let s = '';
      const len = next() % 200;
      for (let i = 0; i < len; i++) s += alphabet[next() % alphabet.length];
      expect(() => detect(s)).not.toThrow();
    }
  });

  it('reads a message at the Teams size limit, and nothing past its reading limit', () => {
    const filler = 'Even een bericht over de verhuizing en de lunch van vrijdag. ';
    const huge = (filler.repeat(Math.ceil(28_000 / filler.length)) + PLAN).slice(-28_000);
    expect(detect(huge).signal).toBe(true);
    // Past 40,000 characters nothing is read: a plan appended there changes nothing.
    const chatter = filler.repeat(Math.ceil(40_000 / filler.length));
    expect(detect(`${chatter} ${PLAN}`)).toEqual(detect(chatter));
  });

  it('is deterministic', () => {
    const a = detect(PLAN);
    detect('iets heel anders over drones en data');
    expect(detect(PLAN)).toEqual(a);
  });
});

describe('detect: threshold option', () => {
  it('defaults to 0.5 and reports the score rounded to 3 decimals', () => {
    const d = detect(PLAN);
    expect(Number.isInteger(d.score * 1000)).toBe(true);
    expect(detect(PLAN, {}).signal).toBe(d.score >= 0.5);
  });

  it('moves the decision but not the score', () => {
    const d = detect(PLAN);
    expect(detect(PLAN, { threshold: d.score }).signal).toBe(true);
    expect(detect(PLAN, { threshold: Math.min(1, d.score + 0.001) }).signal).toBe(false);
    expect(detect(PLAN, { threshold: 0.99 }).score).toBe(d.score);
    expect(detect('Wie heeft er zin in koffie?', { threshold: 0 }).signal).toBe(true);
  });

  it('ignores an invalid threshold and clamps out-of-range ones', () => {
    expect(detect(PLAN, { threshold: Number.NaN }).signal).toBe(detect(PLAN).signal);
    expect(detect(PLAN, { threshold: 7 }).signal).toBe(false);
    expect(detect('koffie?', { threshold: -3 }).signal).toBe(true);
  });
});
