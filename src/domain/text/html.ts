/**
 * Linear-time passes over HTML-ish text. Each pass gives exactly what the global regex replace
 * named in its comment gives, but never scans the same text twice: the regex form retries from
 * every `<` and looks ahead to the end of the text each time a `>` or closing tag is missing,
 * which makes 200,000 `<` cost minutes. Here the position of the next `>` (or `</at>`) is
 * remembered while the scan moves forward.
 */

/** The first match at or after a position, for positions asked in non-decreasing order. */
function forwardFinder(find: (from: number) => number): (from: number) => number {
  let found = -2; // not looked for yet
  return (from) => {
    // a match found for an earlier start is still the first one, unless it lies before `from`
    if (found === -2 || (found !== -1 && found < from)) found = find(from);
    return found;
  };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/**
 * Replaces every tag: like `text.replace(/<[^>]*>/g, …)`, where `replace` gets the tag's bounds
 * and may return undefined to leave that `<` as text (then the scan goes on at the next `<`,
 * as the regex would retry there).
 */
export function replaceTags(
  text: string,
  replace: (text: string, lt: number, gt: number) => string | undefined,
): string {
  const nextGt = forwardFinder((from) => text.indexOf('>', from));
  let out = '';
  let copied = 0;
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    const gt = nextGt(lt + 1);
    if (gt === -1) break; // no `>` after this `<`, so none after any later one either
    const replacement = replace(text, lt, gt);
    if (replacement === undefined) continue;
    out += text.slice(copied, lt) + replacement;
    copied = gt + 1;
    lt = gt;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The tag at `lt` is named `name` (lower case; ASCII letters of any case match, as in /…/i) and the name ends there (`\b`). */
export function tagNamed(text: string, lt: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = text.charCodeAt(lt + 1 + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) return false;
  }
  return !isWordChar(text[lt + 1 + name.length]);
}

/**
 * Removes Teams mentions with their text: like `text.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, by)`.
 * An `<at>` that is never closed is left alone (a later pass removes the tag itself).
 */
export function replaceMentions(text: string, by: string): string {
  const nextGt = forwardFinder((from) => text.indexOf('>', from));
  const closing = /<\/at>/gi;
  const nextClose = forwardFinder((from) => {
    closing.lastIndex = from;
    return closing.exec(text)?.index ?? -1;
  });
  let out = '';
  let copied = 0;
  for (let lt = text.indexOf('<'); lt !== -1; lt = text.indexOf('<', lt + 1)) {
    if (!tagNamed(text, lt, 'at')) continue;
    const gt = nextGt(lt + 3);
    if (gt === -1) break;
    const close = nextClose(gt + 1);
    if (close === -1) break; // no `</at>` after this mention, so none after any later one
    out += text.slice(copied, lt) + by;
    copied = close + '</at>'.length;
    lt = copied - 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
