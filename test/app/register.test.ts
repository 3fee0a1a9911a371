import { describe, expect, it } from 'vitest';
import { problemLines } from '../../src/app/register.js';
import { parseRegister } from '../../src/domain/register/parse.js';
import { translator } from '../../src/i18n/index.js';

describe('the problems of a refused register file, as sentences', () => {
  it('names the entry, the line and the field, in Dutch and English, and counts what it leaves out', () => {
    const body = `name;status\n${Array.from({ length: 12 }, () => ';Misschien').join('\n')}\n`;
    const parsed = parseRegister(body);
    if (parsed.ok) throw new Error('expected problems');
    expect(parsed.errors).toHaveLength(24);
    const nl = problemLines(translator('nl'), parsed.errors);
    expect(nl).toHaveLength(11);
    expect(nl[0]).toBe('Bij registratie 1 (regel 2) ontbreekt het veld name.');
    expect(nl[1]).toBe(
      'Bij registratie 1 (regel 2) heeft het veld status een waarde die niet is toegestaan. Toegestaan zijn: In ontwikkeling | In gebruik | Buiten gebruik.',
    );
    expect(nl[10]).toBe('Er zijn nog meer fouten, in totaal 24.');
    const en = problemLines(translator('en'), [{ position: 0, code: 'shape' }]);
    expect(en).toEqual(['In the file there is no list of entries and no object with "entries".']);
  });
});
