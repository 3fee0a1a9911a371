import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARDS_DIR } from '../../src/teams/cards/render.js';
import { walk } from '../support/card-check.js';

const templates = fs.readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json'));

/**
 * User-typed text reaches a card only as `data.*`. Teams interprets markdown (and links) in
 * TextBlock and FactSet, not in TextRun or input values; so `data.*` may appear only there.
 */
const SAFE_PLACES = new Set([
  'TextRun.text',
  'Input.Text.value',
  'Input.Text.placeholder',
  'Input.Date.value',
  'Input.Number.value',
  'Input.ChoiceSet.value',
  'Input.Toggle.value',
  'Choice.title',
  'Choice.value',
]);

describe('card templates', () => {
  it('exist', () => {
    expect(templates.length).toBeGreaterThan(1);
  });

  for (const file of templates) {
    it(`${file}: binds user text only where Teams shows plain text`, () => {
      const card = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, file), 'utf8'));
      const offending: string[] = [];
      for (const { node, parents } of walk(card)) {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$data' || key === '$when') continue; // iteration and conditions show nothing
          if (typeof value !== 'string' || !/\$\{[^}]*\b(data\.|userText\b|answerText\b)/.test(value)) continue;
          const parentType = parents.at(-1)?.type;
          const type =
            node.type ?? (parentType === 'Input.ChoiceSet' ? 'Choice' : parentType === 'FactSet' ? 'Fact' : 'Untyped');
          if (!SAFE_PLACES.has(`${type}.${key}`)) offending.push(`${type}.${key} = ${value}`);
        }
      }
      expect(offending).toEqual([]);
    });

    it(`${file}: is a version 1.5 Adaptive Card with a spoken summary or heading`, () => {
      const card = JSON.parse(fs.readFileSync(path.join(CARDS_DIR, file), 'utf8'));
      expect(card.type).toBe('AdaptiveCard');
      expect(card.version).toBe('1.5');
      const heading = [...walk(card.body)].some(({ node }) => node.style === 'heading');
      expect(heading || typeof card.speak === 'string').toBe(true);
    });
  }
});
