import { createRequire } from 'node:module';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as any;

/** Teams refuses messages over 28 KB; keep cards well inside that. */
export const TEAMS_CARD_LIMIT_BYTES = 28 * 1024;

/** Parse and validation problems the official Adaptive Cards SDK reports for this card. */
export function cardProblems(card: object): string[] {
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
