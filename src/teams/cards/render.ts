import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CardFactory, type Attachment } from 'botbuilder';

/**
 * Renders the JSON templates in `cards/` with adaptivecards-templating.
 *
 * A view has three parts: `t` (localized strings from our own catalogue), `data` (anything a
 * person typed) and `raw` (ids, codes and input values). User text reaches a card only as
 * `data.*`, and templates bind `data.*` only in TextRun elements and input values, which Teams
 * shows as plain text: markdown and links in it are never interpreted (checked by a test over
 * every template). In lists, the user's part of an item is called `userText`, under the same
 * rule. `plain()` removes control and bidi-override characters from everything.
 */

export const CARDS_DIR = fileURLToPath(new URL('../../../cards/', import.meta.url));

export type CardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

export interface CardView {
  /** Trusted display content: our own catalogue strings and lists built from them. */
  t: Record<string, unknown>;
  data?: unknown;
  raw?: unknown;
}

// Loaded untyped: the package's own typings pull in adaptivecards' TypeScript sources.
interface Template {
  expand(context: { $root: unknown }): unknown;
}
type TemplateClass = new (payload: object) => Template;
let templateClass: TemplateClass | undefined;

/**
 * The template engine (with adaptive-expressions and its ANTLR parser, a tenth of a second to
 * load), loaded when the first card is rendered (`warmCardTemplating` does that before the bot listens).
 */
function loadCardTemplating(): TemplateClass {
  return (templateClass ??= (createRequire(import.meta.url)('adaptivecards-templating') as { Template: TemplateClass })
    .Template);
}

const templates = new Map<string, Template>();

function template(name: string): Template {
  let tpl = templates.get(name);
  if (!tpl) {
    const json = JSON.parse(fs.readFileSync(`${CARDS_DIR}${name}.json`, 'utf8')) as object;
    tpl = new (loadCardTemplating())(json);
    templates.set(name, tpl);
  }
  return tpl;
}

// C0/C1 controls (except tab and newline), zero-width and bidirectional override characters.
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function plain(text: string): string {
  return text.replace(UNSAFE_CHARS, '');
}

/**
 * A name or other typed text that has to stand inside one of our sentences where Teams reads
 * markdown (a TextBlock, a message's text) goes through `withoutMarkup` (in the domain, with the
 * rule that a person's name holds no link): its markdown characters become spaces and a link in it
 * loses what makes it one. Where a card can show the text on its own, use a TextRun instead
 * (`data.*`, `userText`).
 */
export { withoutMarkup } from '../../domain/text/names.js';

function cleanDeep(value: unknown): unknown {
  if (typeof value === 'string') return plain(value);
  if (Array.isArray(value)) return value.map(cleanDeep);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, cleanDeep(v)]));
  }
  return value;
}

export function renderCard(name: string, view: CardView): CardJson {
  const root = cleanDeep({ t: view.t, data: view.data ?? {}, raw: view.raw ?? {} });
  return template(name).expand({ $root: root }) as CardJson;
}

/**
 * Loads the template engine and expands one card, before the bot listens. The first expansion in
 * a process pays for the engine's compilation and its expression parser's warm-up (30–90 ms in
 * one block); after it a template seen for the first time takes a few milliseconds. Without this,
 * the first card after a start (or the monthly report's, the one card of its kind that month) held
 * the event loop that long.
 */
export function warmCardTemplating(): void {
  renderCard('help', { t: {} });
}

export function cardAttachment(card: CardJson): Attachment {
  return CardFactory.adaptiveCard(card);
}
