import { createRequire } from 'node:module';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as any;

/** Teams refuses messages over 28 KB; keep cards well inside that. */
export const TEAMS_CARD_LIMIT_BYTES = 28 * 1024;

/**
 * Teams' people picker (`Input.ChoiceSet` with `choices.data` from graph.microsoft.com/users) works
 * in Teams on 1.5 cards; the SDK knows `choices.data` only from 1.6, and wants static choices.
 */
const PEOPLE_PICKER_NOTES = [
  'Property "choices.data" is supported in version 1.6, but you are using version 1.5.',
  'An Input.ChoiceSet must have at least one choice defined.',
];
const hasPeoplePicker = (card: object) =>
  [...walk(card)].some(
    ({ node }) => node.type === 'Input.ChoiceSet' && node['choices.data']?.dataset === 'graph.microsoft.com/users',
  );

/** Parse and validation problems the official Adaptive Cards SDK reports for this card. */
export function cardProblems(card: object): string[] {
  const known = hasPeoplePicker(card) ? PEOPLE_PICKER_NOTES : [];
  return sdkProblems(card).filter((p) => !known.some((k) => p.endsWith(k)));
}

function sdkProblems(card: object): string[] {
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${e.message}`);
  }
  for (const e of parsed.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
  const size = Buffer.byteLength(JSON.stringify(card));
  if (size > TEAMS_CARD_LIMIT_BYTES) problems.push(`size: ${size} bytes is over the Teams limit`);
  return problems;
}

/** Every element of a card tree, with its parent chain. */
export function* walk(node: unknown, parents: any[] = []): Generator<{ node: any; parents: any[] }> {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child, parents);
  } else if (node && typeof node === 'object') {
    yield { node, parents };
    for (const value of Object.values(node)) yield* walk(value, [...parents, node]);
  }
}
