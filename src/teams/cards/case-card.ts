import type { AppDeps } from '../../app/deps.js';
import { triageView } from '../../app/triage.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { assessmentStarted } from '../../domain/followup/outcome.js';
import { teamContext } from './context.js';
import { noticeCard } from './notice-card.js';
import type { CardJson } from './render.js';
import { triageCard } from './triage-cards.js';

/** Triage cards made lately, by case id: the document they were made of, what else they depend on, the card. */
const recent = new Map<string, { c: CaseRecord; key: string; card: Promise<CardJson> }>();
const RECENT_MAX = 32;

/**
 * The triage card of a case as it stands, for Team Uthiek. Every answer that replaces the card in the
 * channel is this card (with a notice), so the background refresh and the answer to a click show the
 * same card whichever of the two arrives last.
 *
 * A card is made once for the same case document, queue (its possible duplicates), roster, moment
 * of the assessment and options: a decision's answer and the refresh of the channel card right
 * after it (triage.post) are the same card, and the duplicate search is not run twice. The card is
 * shared while it is being made too: the refresh job often starts before the answer is made.
 */
export async function triageCardFor(
  deps: Pick<AppDeps, 'valueModel' | 'config' | 'impactRules' | 'members' | 'cases' | 'clock'>,
  c: CaseRecord,
  options: { actorId?: string; notice?: string; noticeIsGood?: boolean; readOnly?: boolean } = {},
): Promise<CardJson> {
  const key = JSON.stringify([
    deps.cases.queueVersion(),
    await deps.members.list(),
    assessmentStarted(c, deps.clock.now()),
    deps.config.defaultLocale,
    options,
  ]);
  const known = recent.get(c.id);
  if (known?.c === c && known.key === key) return structuredClone(await known.card);
  const card = triageView(deps, c).then((view) => triageCard(c, teamContext(deps), { ...view, ...options }));
  recent.delete(c.id);
  recent.set(c.id, { c, key, card });
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  try {
    return structuredClone(await card);
  } catch (err) {
    if (recent.get(c.id)?.card === card) recent.delete(c.id);
    throw err;
  }
}

/**
 * The answer to a click that changed a case. On the case's card in Team Uthiek's channel (`replyToId`
 * is that message) the answer is that card, current, with the notice: the background refresh of the
 * card may reach Teams before or after this answer, and either way the card keeps its buttons.
 * Elsewhere (a card from a typed command) it is a notice.
 */
export async function answerOnCaseCard(
  deps: Parameters<typeof triageCardFor>[0] & Pick<AppDeps, 'messages'>,
  replyToId: string | undefined,
  c: CaseRecord,
  title: string,
  text = '',
): Promise<CardJson> {
  const onCaseCard = replyToId !== undefined && deps.messages.triageCard(c.id)?.activityId === replyToId;
  if (!onCaseCard) return noticeCard(title, text);
  return triageCardFor(deps, c, { notice: [title, text].filter(Boolean).join('. '), noticeIsGood: true });
}

/**
 * The answer to a click on Team Uthiek's card of a case that has moved on since the card was made
 * (another revision, or a state that no longer allows it): the case's card as it stands now, with
 * `notice` saying why nothing changed, so the member can act on it at once (as the triage
 * decisions answer).
 */
export function outdatedCaseCard(deps: Parameters<typeof triageCardFor>[0], c: CaseRecord, notice: string) {
  return triageCardFor(deps, c, { notice });
}
