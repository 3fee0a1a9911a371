import { z } from 'zod';
import { loadJsonFile } from './json-file.js';
import type { ImpactRule } from '../domain/impact/rules.js';
import { IMPACT_LEVELS } from '../domain/impact/rules.js';

const condition = z.union([
  z.object({ field: z.string(), equals: z.union([z.string(), z.boolean()]) }).strict(),
  z.object({ field: z.string(), includes: z.string() }).strict(),
  z.object({ field: z.string(), includesAny: z.array(z.string()).min(1) }).strict(),
]);
const schema = z
  .array(
    z
      .object({
        id: z.string().min(1),
        level: z.enum(IMPACT_LEVELS),
        all: z.array(condition).optional(),
        any: z.array(condition).optional(),
        reason: z.object({ nl: z.string().min(1), en: z.string().min(1) }),
      })
      .refine((r) => (r.all?.length ?? 0) + (r.any?.length ?? 0) > 0, 'a rule needs at least one condition'),
  )
  .refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, 'rule ids must be unique');

const DEFAULT_FILE = new URL('./defaults/impact-rules.json', import.meta.url);

/** The impact rules: the built-in set, or IMPACT_RULES_FILE. */
export function loadImpactRules(file?: string): ImpactRule[] {
  return loadJsonFile('IMPACT_RULES_FILE', file ?? DEFAULT_FILE, schema, 'rule list') as ImpactRule[];
}
