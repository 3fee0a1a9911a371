/**
 * Reading a reply with the message it answers (its parent), when the bot knows it.
 *
 * A reply often names no technology of its own: "+1, kan hetzelfde model ook de urgentie
 * inschatten?", "zouden wij dat ook kunnen bij het station?", "we want that too". Two things from
 * the parent can complete it:
 * - its technology, when the reply names none but carries a plan of its own (wants, asks whether
 *   we could, proposes, changes the scope), or when it continues a parent that was a signal ("ook",
 *   "meteen", "same", "while we're at it") with a question or a technology;
 * - its status: when the parent was a signal, a reply that adds to it ("en dan ook de
 *   inkomensgegevens erbij?") carries a plan, even with no plan verb of its own.
 * Nothing else transfers: the parent's intent, negative context or reasons stay with the parent,
 * so a reaction ("top!", "wie is de projectleider?", "mag dat wel?") stays no signal.
 */
import type { CompiledCue } from './cue.js';
import type { CueHit, Features } from './features.js';
import { synthetic } from './frame.js';

export interface ParentEvidence {
  /** The parent's technology cues that were not negated; empty when only its status is known. */
  readonly tech: readonly CueHit[];
  /** The parent was a signal. */
  readonly signal: boolean;
  /** The parent's normalised text, when the bot still holds it: the learned part reads its words too. */
  readonly normalised?: string;
}

export const CONTINUES_SIGNAL = synthetic({
  code: 'context.reply-adds',
  kind: 'intent',
  weight: 1.3,
  carries: true,
  phase: 'change',
  change: true,
});

/** When only the parent's status is known: it was recognised as a project, so it named a technology. */
export const PARENT_SIGNAL = synthetic({
  code: 'reply.parent-signal',
  kind: 'tech',
  weight: 2.0,
});

/** The parent's technology cue, as evidence in the reply; its reason says where it comes from. */
function inherited(cue: CompiledCue): CompiledCue {
  return synthetic({
    ...cue,
    // its text is the parent cue's, introduced as coming from the parent (src/i18n/labels.ts)
    code: `reply.${cue.code}`,
  });
}

export interface ReplyEvidence {
  readonly tech: CueHit[];
  readonly intents: CueHit[];
}

const NONE: ReplyEvidence = { tech: [], intents: [] };

/** A reply whose own technology is at least this clear is read on its own. */
const SELF_CONTAINED = 1.5;

/** What the parent adds to a reply with the given technology and intent cues of its own. */
export function fromParent(
  features: Features,
  tech: readonly CueHit[],
  intents: readonly CueHit[],
  parent: ParentEvidence | undefined,
): ReplyEvidence {
  if (parent === undefined) return NONE;
  const whole = { sentences: [0], clauses: [0], negated: false };
  const continues = features.hits.some((h) => h.cue.code === 'marker.continue');
  const added: CueHit[] =
    parent.signal && continues && (tech.length > 0 || features.question) ? [{ cue: CONTINUES_SIGNAL, ...whole }] : [];
  // "wanneer kunnen we het zien?", "who's in the team?", "can they legally do that?": questions about the
  // parent's plan carry none of their own.
  const asksAbout = features.hits.some((h) => h.cue.code === 'marker.wh' || h.cue.code === 'marker.doubt');
  const carried = added.length > 0 || (!asksAbout && intents.some((h) => h.cue.carries === true));
  // A reply with a clear technology of its own needs the parent's only when it adds to a signal;
  // a passing word ("ipv dat telefoonnummer", "zelfde tool") does not make it self-contained.
  const ownTech = tech.reduce((m, h) => Math.max(m, h.cue.weight), 0);
  if (!carried || (ownTech >= SELF_CONTAINED && added.length === 0)) return { tech: [], intents: added };
  if (parent.tech.length === 0)
    return { tech: parent.signal ? [{ cue: PARENT_SIGNAL, ...whole }] : [], intents: added };
  const seen = new Set<string>();
  const fromParentTech = [...parent.tech]
    .sort((a, b) => b.cue.weight - a.cue.weight)
    .filter((h) => !seen.has(h.cue.code) && seen.add(h.cue.code))
    .slice(0, 3)
    .map((h) => ({ cue: inherited(h.cue), ...whole }));
  return { tech: fromParentTech, intents: added };
}
