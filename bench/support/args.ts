import { parseArgs } from 'node:util';

/**
 * The `--name value` options of a bench script, read with Node's parseArgs: an option the script
 * does not know is an error rather than silently ignored.
 */
export function benchOptions<const N extends string>(names: readonly N[]) {
  const { values } = parseArgs({
    options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    strict: true,
  });
  const text = (name: N): string | undefined => values[name] as string | undefined;
  return {
    text,
    /** The option as a number, or the fallback when it is absent. */
    number(name: N, fallback: number): number {
      const raw = text(name);
      return raw === undefined ? fallback : Number(raw);
    },
    /** The option as a positive whole number; anything else stops the script with a message. */
    count(name: N, fallback: number): number {
      const value = this.number(name, fallback);
      if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
      return value;
    },
  };
}
