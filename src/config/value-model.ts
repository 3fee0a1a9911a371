import { z } from 'zod';
import { loadJsonFile } from './json-file.js';
import type { ValueModel } from '../domain/values.js';

const text = z.object({ nl: z.string().min(1).max(300), en: z.string().min(1).max(300) });
const schema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  values: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/, 'value ids are lowercase words with dashes'),
        name: text,
        description: text,
        expertise: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1)
    .max(20)
    .refine((vs) => new Set(vs.map((v) => v.id)).size === vs.length, 'value ids must be unique'),
});

const DEFAULT_FILE = new URL('./defaults/value-model.utrecht.json', import.meta.url);

/** Loads and checks the value model: the built-in Utrecht model, or VALUE_MODEL_FILE. */
export function loadValueModel(file?: string): ValueModel {
  return loadJsonFile('VALUE_MODEL_FILE', file ?? DEFAULT_FILE, schema, 'value model');
}
