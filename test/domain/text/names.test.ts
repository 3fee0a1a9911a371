import { describe, expect, it } from 'vitest';
import { holdsLink, sameName, withoutMarkup } from '../../../src/domain/text/names.js';

const REAL_NAMES = [
  'J.P. de Vries-Bakker',
  "O'Neill",
  'Anne-Marie van den Berg',
  'drs. A.B. Jansen',
  'Dr.A.Jansen',
  'St.Clair',
  'Ir.Bakker',
  'Jan Jansen jr.',
  'Prof. Eva Janssen',
  'Zoë Ängström',
  'Ngô Bảo Châu',
  'nog niet bekend',
];

const LINKS = [
  'Jan https://evil.example',
  'https://evil.example',
  'Jan HTTPS://EVIL.EXAMPLE',
  'Jan ftp://evil.example',
  'www.evil.example',
  'Jan WWW.evil.example',
  'Jan evil.example/path',
  'Jan t.co/abc',
  'Jan evil.example',
  'Jan EVIL.COM',
  'Jan evil.example:8080',
  'Jan evil.example.',
  'Jan jan@evil.example',
  'Jan mailto:jan',
  'Eve [klik](https://evil.example) **Vet**',
];

describe('a person’s name', () => {
  it('holds no link: no scheme, no www., no e-mail address, no bare domain', () => {
    expect(LINKS.filter((n) => !holdsLink(n))).toEqual([]);
  });

  it('may have dots, hyphens, apostrophes and accents', () => {
    expect(REAL_NAMES.filter(holdsLink)).toEqual([]);
  });

  it('as shown in a sentence: no markup and no link left, real names unchanged, the same when shown twice', () => {
    expect(withoutMarkup('Eve [klik](https://evil.example) **Vet**')).toBe('Eve klik https evil example Vet');
    expect(withoutMarkup('Jan www.evil.example/x?y=1')).toBe('Jan www evil example x?y=1');
    expect(withoutMarkup('Jan jan@evil.example')).toBe('Jan jan evil example');
    // an e-mail address on its own stands for the person (an action owner given by address)
    expect(withoutMarkup('piet@elders.example')).toBe('piet@elders.example');
    expect(withoutMarkup('https://x@evil.example/y')).toBe('https x evil example y');
    for (const name of REAL_NAMES) expect(withoutMarkup(name)).toBe(name);
    for (const name of [...LINKS, ...REAL_NAMES]) {
      expect(holdsLink(withoutMarkup(name))).toBe(false);
      expect(withoutMarkup(withoutMarkup(name))).toBe(withoutMarkup(name));
    }
  });

  it('is found as stored or as shown, in any case', () => {
    const stored = 'Eve [klik](https://evil.example) **Vet**';
    expect(sameName(stored, stored.toUpperCase())).toBe(true);
    expect(sameName(stored, 'eve klik https evil example vet')).toBe(true);
    expect(sameName('J.P. de Vries-Bakker', ' j.p. de vries-bakker ')).toBe(true);
    expect(sameName(stored, 'Eve')).toBe(false);
  });
});
