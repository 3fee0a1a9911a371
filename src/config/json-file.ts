import fs from 'node:fs';
import type { z } from 'zod';

/** Reads a JSON configuration file and checks it; the error names the setting, the file and each problem. */
export function loadJsonFile<S extends z.ZodTypeAny>(
  setting: string,
  source: string | URL,
  schema: S,
  what: string,
): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(source, 'utf8'));
  } catch (err) {
    throw new Error(`${setting} ${String(source)} cannot be read as JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `${setting} ${String(source)} is not a valid ${what}:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return parsed.data;
}
