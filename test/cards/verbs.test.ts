import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_ACTIONS } from '../../src/teams/app.js';
import { CARDS_DIR } from '../../src/teams/cards/render.js';
import { VERBS } from '../../src/teams/cards/verbs.js';
import { walk } from '../support/card-check.js';

/** Every verb written literally into a template: on an Action.Execute, and in the data it sends. */
function literalVerbs(card: unknown): string[] {
  const found: string[] = [];
  for (const { node } of walk(card)) {
    for (const verb of [node.verb, (node.data as { verb?: unknown } | undefined)?.verb]) {
      if (typeof verb === 'string' && !verb.includes('${')) found.push(verb);
    }
  }
  return found;
}

describe('card verbs', () => {
  const templates = fs.readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'));

  it('every verb written into a card template is a known verb with a route', () => {
    const unknown: string[] = [];
    let seen = 0;
    for (const file of templates) {
      for (const verb of literalVerbs(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, file), 'utf8')))) {
        seen++;
        if (!(VERBS as readonly string[]).includes(verb)) unknown.push(`${file}: ${verb}`);
      }
    }
    expect(seen).toBeGreaterThan(20);
    expect(unknown).toEqual([]);
  });

  it('a template names the verb it sends in its data the same as on the button', () => {
    const mismatched: string[] = [];
    for (const file of templates) {
      for (const { node } of walk(JSON.parse(fs.readFileSync(path.join(CARDS_DIR, file), 'utf8')))) {
        const data = node.data as { verb?: unknown } | undefined;
        if (node.type === 'Action.Execute' && data?.verb !== undefined && data.verb !== node.verb)
          mismatched.push(`${file}: ${String(node.verb)}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('the route table handles exactly the known verbs', () => {
    expect(Object.keys(CARD_ACTIONS).sort()).toEqual([...VERBS].sort());
  });
});
