import { z } from 'zod';
import { loadJsonFile } from './json-file.js';
import { normaliseExpertise } from '../domain/expertise.js';
import { PERSONAL_DATA_EXPERTISE, TECHNOLOGY_EXPERTISE } from '../domain/schedule/panel.js';
import type { ExpertiseTerm, ValueModel } from '../domain/values.js';

const text = z.object({ nl: z.string().min(1).max(300), en: z.string().min(1).max(300) });
const ID = /^[a-z0-9-]+$/;
const term = z.object({
  id: z.string().regex(ID, 'expertise ids are lowercase words with dashes'),
  name: text,
  synonyms: z.array(z.string().min(1).max(60)).max(30).default([]),
});
const schema = z.object({
  id: z.string().regex(ID),
  name: text,
  values: z
    .array(
      z.object({
        id: z.string().regex(ID, 'value ids are lowercase words with dashes'),
        name: text,
        description: text,
        expertise: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1)
    .max(20)
    .refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, 'value ids must be unique'),
  /** Optional in a city's own file: then the built-in vocabulary applies. */
  expertise: z
    .array(term)
    .min(1)
    .max(100)
    .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'expertise ids must be unique')
    .optional(),
});

const DEFAULT_FILE = new URL('./defaults/value-model.utrecht.json', import.meta.url);

/**
 * Loads and checks the value model: the built-in Utrecht model, or VALUE_MODEL_FILE. Every
 * expertise a value or a technology asks for must name a term of the vocabulary (its id, a name
 * or a synonym); it is stored as the term's id.
 */
export function loadValueModel(file?: string): ValueModel {
  const model = loadJsonFile('VALUE_MODEL_FILE', file ?? DEFAULT_FILE, schema, 'value model');
  const vocabulary: ExpertiseTerm[] =
    model.expertise ?? loadJsonFile('VALUE_MODEL_FILE', DEFAULT_FILE, schema, 'value model').expertise!;
  const problems: string[] = [];
  const resolve = (words: readonly string[], where: string) => {
    const { ids, unknown } = normaliseExpertise(words, vocabulary);
    if (unknown.length) problems.push(`${where}: expertise not in the vocabulary: ${unknown.join(', ')}`);
    return ids;
  };
  const values = model.values.map((v) => ({ ...v, expertise: resolve(v.expertise, `values.${v.id}`) }));
  for (const [tech, tags] of Object.entries(TECHNOLOGY_EXPERTISE)) resolve(tags, `technology ${tech}`);
  resolve(PERSONAL_DATA_EXPERTISE, 'personal data');
  if (problems.length)
    throw new Error(
      `VALUE_MODEL_FILE ${String(file ?? DEFAULT_FILE)} is not a valid value model:\n  - ${problems.join('\n  - ')}`,
    );
  return { id: model.id, name: model.name, values, expertise: vocabulary };
}
