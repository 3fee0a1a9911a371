/** Reading what a card sent: its values arrive as untyped JSON, whatever the card says about them. */

/** A text input's value, trimmed; anything that is not a string is empty. */
export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** A list input's values (comma-separated, or split by `separators`), trimmed, without empty ones. */
export const list = (v: unknown, separators: RegExp = /,/): string[] =>
  text(v)
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
