import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES, loadConfig } from '../../src/config/env.js';

const root = path.resolve(import.meta.dirname, '../..');
const lines = fs.readFileSync(path.join(root, '.env.example'), 'utf8').split('\n');
const VARIABLE = /^(#\s*)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

/** Every variable in .env.example: stated (a default) or commented out (no fixed default). */
const entries = lines.flatMap((line, i) => {
  const m = VARIABLE.exec(line);
  return m ? [{ name: m[2]!, value: m[3]!, stated: !m[1], comment: lines[i - 1] ?? '' }] : [];
});

describe('.env.example', () => {
  it('lists every variable the configuration reads, and no other', () => {
    expect(ENV_VARIABLES.length).toBeGreaterThan(30);
    expect(entries.map((e) => e.name).sort()).toEqual([...ENV_VARIABLES].sort());
  });

  it('states the real defaults: the stated values configure exactly what no values do', () => {
    const stated = Object.fromEntries(entries.filter((e) => e.stated).map((e) => [e.name, e.value]));
    expect(Object.keys(stated).length).toBeGreaterThan(20);
    expect(loadConfig(stated)).toEqual(loadConfig({}));
  });

  it('explains each variable in a comment line above it', () => {
    for (const e of entries) expect(e.comment, e.name).toMatch(/^# (?![A-Za-z_][A-Za-z0-9_]*=)\S.*/);
  });

  it('every variable is also in the README configuration table', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const name of ENV_VARIABLES) expect(readme, name).toContain(`| \`${name}\` |`);
  });
});
