/** What stands in free text where a name or e-mail address of an erased person stood. */
export const REDACTED = '[gewist]';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A redactor for a person's full names and tokens (e-mail addresses, ids) in free text,
 * case-insensitively, as whole words. A name counts only whole, as the person's name: a first name
 * and surname together ("Ingrid Groen", with any spacing), never one part of it on its own, and
 * never a name of one word, since "Groen", "Klein" or "Eve" are also ordinary words or other people.
 */
export function redactor(names: readonly string[], tokens: readonly string[]): (text: string) => string {
  const alternatives = [
    ...new Set([
      ...tokens.map((t) => escape(t.trim().toLowerCase())).filter(Boolean),
      ...names
        .map((n) => n.trim().toLowerCase().split(/\s+/))
        .filter((parts) => parts.length >= 2)
        .map((parts) => parts.map(escape).join('\\s+')),
    ]),
  ]
    // longest first, so "Anna de Vries" is replaced whole before "Anna de"
    .sort((a, b) => b.length - a.length)
    .join('|');
  if (!alternatives) return (text) => text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}@._-])(?:${alternatives})(?![\\p{L}\\p{N}@_-])`, 'giu');
  return (text) => text.replace(pattern, REDACTED);
}
