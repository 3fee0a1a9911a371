import path from 'node:path';
import { parseArgs } from 'node:util';

/**
 * The arguments of backup and restore: one directory, and the data directory (`--data`, else
 * DATA_DIR, else ./data). Prints the usage and returns the exit code 2 when they are wrong.
 */
export function dataDirArgs(usage: string): { dir: string; root: string } | number {
  let parsed;
  try {
    parsed = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  const dir = parsed.positionals[0];
  if (!dir || parsed.positionals.length > 1) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  return { dir, root: path.resolve(parsed.values.data ?? process.env.DATA_DIR ?? './data') };
}
