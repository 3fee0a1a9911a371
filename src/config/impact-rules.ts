import fs from 'node:fs';
import { z } from 'zod';
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
  const source = file ?? DEFAULT_FILE;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(source, 'utf8'));
  } catch (err) {
    throw new Error(`IMPACT_RULES_FILE ${String(source)} cannot be read as JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`IMPACT_RULES_FILE ${String(source)} is not a valid rule list:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data as ImpactRule[];
}
