import { walk } from './card-check.js';

/** The Adaptive Card in an invoke response, or in the first attachment of a sent activity. */
export function cardOf(x: any): any {
  if (x?.type === 'application/vnd.microsoft.card.adaptive') return x.value;
  if (x?.attachments?.[0]?.content) return x.attachments[0].content;
  if (x?.body?.attachments?.[0]?.content) return x.body.attachments[0].content;
  throw new Error(`no card in ${JSON.stringify(x).slice(0, 300)}`);
}

export function inputs(card: any): Record<string, any> {
  const out: Record<string, any> = {};
  for (const { node } of walk(card))
    if (typeof node.type === 'string' && node.type.startsWith('Input.')) out[node.id] = node;
  return out;
}

export function actions(card: any): any[] {
  const out: any[] = [];
  for (const { node } of walk(card)) if (node.type === 'Action.Execute') out.push(node);
  return out;
}

/** The data an Action.Execute button carries, found by its verb (and optional extra match). */
export function actionData(card: any, verb: string, match: Record<string, unknown> = {}): Record<string, any> {
  const found = actions(card).find(
    (a) => a.verb === verb && Object.entries(match).every(([k, v]) => a.data?.[k] === v),
  );
  if (!found)
    throw new Error(
      `no ${verb} action on card: ${actions(card)
        .map((a) => `${a.verb}${JSON.stringify(a.data)}`)
        .join(', ')}`,
    );
  return found.data;
}

/** All visible text of a card (TextBlocks, TextRuns, facts, labels), for readable assertions. */
export function cardText(card: any): string {
  const parts: string[] = [];
  for (const { node } of walk(card)) {
    if (typeof node.text === 'string') parts.push(node.text);
    if (typeof node.label === 'string') parts.push(node.label);
    if (typeof node.title === 'string') parts.push(node.title);
    if (typeof node.value === 'string' && node.type === undefined) parts.push(node.value);
  }
  return parts.join('\n');
}

/**
 * The text of a card where Teams reads markdown: TextBlocks and facts. Names and other typed text
 * must not bring markup here (in TextRuns and inputs they are shown as plain text).
 */
export function markdownText(card: any): string {
  const parts: string[] = [];
  for (const { node, parents } of walk(card)) {
    if (node.type === 'TextBlock' && typeof node.text === 'string') parts.push(node.text);
    if (parents.at(-1)?.type === 'FactSet') parts.push(`${node.title}: ${node.value}`);
  }
  return parts.join('\n');
}

/**
 * A name as someone hostile types it: a link and bold text if it were read as markdown. A name
 * with a web address is refused where people type names; this one stands for a name stored before
 * that, put into the store directly.
 */
export const HOSTILE_NAME = 'Eve [klik](https://evil.example) **Vet**';

/** A name someone hostile can still type: markdown for a link and bold text, but no address in it. */
export const MARKDOWN_NAME = 'Eve [klik](#vet) **Vet**';

/** The names that are refused where people type a person's name: each holds a link. */
export const LINK_NAMES = ['Jan https://evil.example', 'Jan www.evil.example', 'Jan evil.example/pad', 'Jan evil.com'];

/** The address of the card's Action.OpenUrl whose title matches. */
export function openUrl(card: any, title: RegExp): string {
  return (card.actions as any[]).find((a) => a.type === 'Action.OpenUrl' && title.test(a.title)).url;
}
