/** What stands in free text where a name or e-mail address of an erased person stood. */
export const REDACTED = '[gewist]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Name particles that say nothing about who someone is ("de", "van der", …). */
const SHORT = 4;

/**
 * A redactor for a person's names and tokens (e-mail addresses, ids) in free text: each full name,
 * each part of a name of four letters or more (a first name or surname, not "van" or "de"), and
 * each token, case-insensitively, as whole words.
 */
export function redactor(names: readonly string[], tokens: readonly string[]): (text: string) => string {
  const words = new Set<string>();
  for (const token of tokens) if (token.trim()) words.add(token.trim().toLowerCase());
  for (const name of names) {
    const full = name.trim().replace(/\s+/g, ' ');
    if (full.length >= 3) words.add(full.toLowerCase());
    for (const part of full.split(/[\s,()]+/))
      if (part.length >= SHORT && !part.includes('@')) words.add(part.toLowerCase());
  }
  if (!words.size) return (text) => text;
  // longest first, so a full name is replaced whole rather than part by part
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}@._-])(?:${alternatives})(?![\\p{L}\\p{N}@_-])`, 'giu');
  return (text) => text.replace(pattern, REDACTED);
}
