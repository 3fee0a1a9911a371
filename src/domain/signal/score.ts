/**
 * Weighs the cues of a message into a log-odds score, and keeps each cue's share so the result
 * can be explained.
 *
 * logit = BIAS + technology + intent + people + context
 * - technology, intent: the strongest cue counts fully, the next two at SECONDARY_SHARE each;
 * - people: the strongest subject cue;
 * - context: the sum of negative cues that apply (capped), except those cancelled by a stated
 *   change ("the update adds a function"), an own plan ("Amsterdam has it, we want it too"),
 *   another named cue (`cancelledBy`) or, for a side question, a plan stated in another sentence
 *   (`unlessPlanElsewhere`).
 * A message needs a technology and a substantive intent: without either the logit stays below zero.
 *
 * Before that, the message is read as a whole (frame.ts, thread.ts): technology named only to be
 * excluded ("geen camera's") does not count; a retraction takes back the plans before it; a short
 * question about a technology is a proposal; a long report without a plan of its own is no signal;
 * a reply may take its technology from the message it answers.
 */
import { PHASES, TECHNOLOGIES, type Phase, type Technology } from '../intake/vocabulary.js';
import type { CompiledCue } from './cue.js';
import type { CueHit, Features } from './features.js';
import {
  announcement,
  countingRetractions,
  itemsThatCount,
  report,
  shortProposal,
  SUBSTANTIVE_INTENT,
  synthetic,
} from './frame.js';
import { fromParent, type ParentEvidence } from './thread.js';

export const BIAS = -3.2;
const OTHER_PARTY = 'context.other-party';
/** Intents that only ask whether something may be done; under a parent that states the plan they ask about it. */
const ASKS_ONLY = new Set(['intent.ask-uthiek', 'intent.could']);
const SECONDARY_SHARE = 0.4;
const NEGATIVE_FLOOR = -4.5;
const GATE_CEILING = -1.0;
/** Tech cues at least this strong are reported as recognised technologies. */
const HINT_MIN_WEIGHT = 1.0;
/** Intent cues at least this strong make a sentence "own plan" evidence against another-party context. */
const OWN_SENTENCE_MIN_WEIGHT = 1.2;
/** A sentence states a plan on its own when it has a technology and an intent at least this strong. */
const PLAN_TECH_MIN_WEIGHT = 1.5;
const PLAN_INTENT_MIN_WEIGHT = 1.2;
/** Which phase wins when several are suggested: the most specific first. */
const PHASE_PRIORITY: readonly Phase[] = ['change', 'procurement', 'pilot', 'live', 'design', 'idea'];

export interface Contribution {
  readonly cue: CompiledCue;
  /** Share of the logit; 0 for masks. */
  readonly value: number;
}

export interface Scored {
  readonly logit: number;
  readonly hasTechnology: boolean;
  readonly hasIntent: boolean;
  /** The message refers to something named elsewhere ("dat willen wij ook"). */
  readonly refersBack: boolean;
  /** Technology was taken from the message this replies to. */
  readonly inherited: boolean;
  /** A reply that doubts the plan its parent states ("mag dat zomaar?"). */
  readonly doubtsParent: boolean;
  /** The rules read a new purpose, scope or data for something existing. */
  readonly change: boolean;
  readonly contributions: readonly Contribution[];
  readonly technologies: readonly Technology[];
  readonly phase: Phase | undefined;
}

function stacked(hits: readonly CueHit[], into: Contribution[]): number {
  const sorted = [...hits].sort((a, b) => b.cue.weight - a.cue.weight || a.cue.code.localeCompare(b.cue.code));
  let total = 0;
  sorted.forEach((hit, i) => {
    const value = i === 0 ? hit.cue.weight : i <= 2 ? hit.cue.weight * SECONDARY_SHARE : 0;
    total += value;
    into.push({ cue: hit.cue, value });
  });
  return total;
}

/** Another-party context is cancelled when some sentence states intent without naming the other party. */
function ownPlanStated(features: Features, intents: readonly CueHit[]): boolean {
  if (intents.some((h) => h.cue.own === true)) return true;
  const other = features.hits.find((h) => h.cue.code === OTHER_PARTY);
  const otherSentences = new Set(other?.sentences ?? []);
  return intents.some(
    (h) => h.cue.weight >= OWN_SENTENCE_MIN_WEIGHT && h.sentences.some((s) => !otherSentences.has(s)),
  );
}

/** Sentences that hold both a clear technology and a substantive intent. */
function planSentences(tech: readonly CueHit[], intents: readonly CueHit[]): Set<number> {
  const strong = (hits: readonly CueHit[], min: number) =>
    new Set(hits.filter((h) => h.cue.weight >= min).flatMap((h) => h.sentences));
  const withTech = strong(tech, PLAN_TECH_MIN_WEIGHT);
  return new Set([...strong(intents, PLAN_INTENT_MIN_WEIGHT)].filter((s) => withTech.has(s)));
}

/** Shown when technology is named only to be excluded. */
const NEGATED = synthetic({
  code: 'sense.negated',
  kind: 'mask',
  weight: 0,
});

const whole = (cue: CompiledCue): CueHit => ({ cue, sentences: [0], clauses: [0], negated: false });

export function score(features: Features, parent?: ParentEvidence): Scored {
  const byKind = (kind: string) => features.hits.filter((h) => h.cue.kind === kind);
  const own = (kind: string) => byKind(kind).filter((h) => !h.negated);
  const reply = fromParent(features, own('tech'), own('intent'), parent);
  const tech = [...own('tech'), ...reply.tech];
  const intents = [...own('intent'), ...reply.intents];
  const subjects = byKind('subject');
  const contributions: Contribution[] = [];
  const retractions = new Set(countingRetractions(features, intents));
  const negatives = byKind('negative').filter((h) => h.cue.retraction !== true || retractions.has(h));
  // "mag dat zomaar, X in de openbare ruimte?" under a message that states X: a doubt about that plan,
  // not a proposal of the reply's own (read alone, the same words do propose X).
  const doubtsParent = parent !== undefined && features.hits.some((h) => h.cue.code === 'marker.doubt');
  if (doubtsParent) intents.splice(0, intents.length, ...intents.filter((h) => !ASKS_ONLY.has(h.cue.code)));
  const present = new Set(features.hits.map((h) => h.cue.code));
  // Round 11 of issue 20: a negative cancelled by a named cue ("moet ik" of the helpdesk under "wie moet ik mailen?")
  // does not stop a short question from proposing the thing it names.
  const standing = negatives.filter((h) => !h.cue.cancelledBy?.some((code) => present.has(code)));
  const proposal = doubtsParent ? undefined : shortProposal(features, tech, standing);
  if (proposal) intents.push(whole(proposal));
  const announced = proposal || doubtsParent ? undefined : announcement(features, tech, intents, negatives);
  if (announced) intents.push(whole(announced));
  const reported = report(features, tech, intents);
  if (reported) negatives.push(whole(reported));

  const t = stacked(tech, contributions);
  const i = stacked(intents, contributions);
  const topSubject = [...subjects].sort((a, b) => b.cue.weight - a.cue.weight)[0];
  const s = topSubject ? topSubject.cue.weight : 0;
  if (topSubject) contributions.push({ cue: topSubject.cue, value: s });

  const change = intents.some((h) => h.cue.change === true);
  const ownCue = intents.some((h) => h.cue.own === true);
  const ownSentence = ownPlanStated(features, intents);
  const plans = planSentences(tech, intents);
  let n = 0;
  const items = itemsThatCount(features, tech, intents);
  for (const hit of negatives) {
    if (items !== undefined && hit.cue.retraction !== true && !hit.sentences.some((s) => items.has(s))) continue;
    if (hit.cue.unlessChange && change) continue;
    if (hit.cue.cancelledBy?.some((code) => present.has(code))) continue;
    if (hit.cue.unlessPlanElsewhere && [...plans].some((s) => !hit.sentences.includes(s))) continue;
    if (hit.cue.unlessOwn && (hit.cue.code === OTHER_PARTY ? ownSentence : ownCue)) continue;
    n += hit.cue.weight;
    contributions.push({ cue: hit.cue, value: hit.cue.weight });
  }
  n = Math.max(n, NEGATIVE_FLOOR);
  for (const mask of features.masked) contributions.push({ cue: mask, value: 0 });
  if (byKind('tech').some((h) => h.negated)) contributions.push({ cue: NEGATED, value: 0 });

  const hasTechnology = tech.length > 0;
  const hasIntent = intents.some((h) => h.cue.weight >= SUBSTANTIVE_INTENT);
  let logit = BIAS + t + i + s + n;
  if (!hasTechnology || !hasIntent) logit = Math.min(logit, GATE_CEILING);

  const found = new Set(tech.filter((h) => h.cue.weight >= HINT_MIN_WEIGHT).map((h) => h.cue.technology));
  const technologies = TECHNOLOGIES.filter((tech) => found.has(tech));
  const phases = new Set(intents.map((h) => h.cue.phase));
  const phase = PHASE_PRIORITY.find((p) => phases.has(p) && PHASES.includes(p));

  // A reply without a technology of its own refers to its parent, whatever its words.
  const refersBack =
    features.hits.some((h) => h.cue.code === 'marker.refers-back') ||
    (parent !== undefined && own('tech').length === 0);
  return {
    logit,
    hasTechnology,
    hasIntent,
    refersBack,
    inherited: reply.tech.length > 0,
    doubtsParent,
    change,
    contributions,
    technologies,
    phase,
  };
}
