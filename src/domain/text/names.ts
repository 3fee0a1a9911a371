/**
 * People's names as typed: one rule for every input that takes a person's name (a member of the
 * klankbordgroep, the project lead named in an intake, subject experts, an action owner, the other
 * participants of an assessment held outside the bot), and the same rule where a name stored
 * before it is shown inside one of our sentences.
 *
 * A name never holds a link: no scheme (`https://`, `mailto:`), no `www.`, no e-mail address and
 * no bare domain (`evil.example`, `t.co/x`), because Teams makes those clickable in messages.
 * Real names with dots, hyphens and apostrophes ("J.P. de Vries-Bakker", "O'Neill", "drs. Jansen",
 * "St.Clair") are names: a bare domain needs labels of two characters or more and a last label
 * that is not a capitalised word, unless a path follows (`a.co/x`).
 */

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';
const LONG_LABEL = '[\\p{L}\\p{N}][\\p{L}\\p{N}-]*[\\p{L}\\p{N}]';
const AFTER_WORD = '(?![\\p{L}\\p{N}-])';

const LINK = new RegExp(
  [
    // a scheme: https://…, ftp://…, and mailto:
    '[\\p{L}\\p{N}+.-]*:\\/\\/\\S*',
    '[Mm][Aa][Ii][Ll][Tt][Oo]:\\S*',
    // www.… anywhere in a word
    '[Ww]{3}\\.\\S*',
    // an e-mail address
    '[^\\s@]+@[^\\s@]+\\.[^\\s@]+',
    // a domain with a path or a port: evil.example/path, t.co/x, evil.example:8080
    `(?:${LABEL}\\.)+\\p{L}{2,}(?:\\/|:\\d)\\S*`,
    // a bare domain: evil.example, EVIL.COM; not St.Clair or J.P.
    `(?<![\\p{L}\\p{N}.-])(?:${LONG_LABEL}\\.)+(?!\\p{Lu}\\p{Ll}+${AFTER_WORD})\\p{L}{2,}${AFTER_WORD}`,
  ].join('|'),
  // not case-insensitive: a capitalised last label is a name ("St.Clair"); the rest allows either case
  'gu',
);

/** Whether a person's name holds a link: a web address, an e-mail address or a bare domain. */
export function holdsLink(name: string): boolean {
  LINK.lastIndex = 0;
  return LINK.test(name);
}

const EMAIL_ONLY = /^[^\s@:/]+@[^\s@:/]+\.[^\s@:/]+$/;

/**
 * A stored name as it may be shown in a message: each link in it loses its dots, colons, slashes
 * and @, which become spaces ("Jan https://evil.example/x" → "Jan https evil example x"), so no
 * client can make it clickable. Names that hold no link are unchanged, and so is an e-mail address
 * on its own, which stands for a person (an action owner given by address); applying it twice
 * changes nothing more.
 */
export function withoutLinks(text: string): string {
  if (EMAIL_ONLY.test(text.trim())) return text;
  return text.replace(LINK, (link) => link.replace(/[.:/@\\]+/g, ' ').trim());
}

/**
 * A name or other typed text that has to stand inside one of our sentences where Teams reads
 * markdown (a TextBlock, a message's text): its markdown and HTML characters become spaces, so a
 * name such as "Eve [klik](https://…) **Vet**" can neither make a link nor change the layout, and a
 * link left in it loses what makes it one (`withoutLinks`). Applying it twice changes nothing more.
 */
export function withoutMarkup(text: string): string {
  return withoutLinks(text.replace(/[\\`*_{}[\]()<>#+!|~]/g, ' '))
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Whether `typed` names the person called `name`, case-insensitively: as stored, or as people see
 * the name in our messages (`withoutMarkup`).
 */
export function sameName(name: string, typed: string): boolean {
  const same = (x: string, y: string) => x.trim().toLowerCase() === y.trim().toLowerCase();
  return same(name, typed) || same(withoutMarkup(name), withoutMarkup(typed));
}
