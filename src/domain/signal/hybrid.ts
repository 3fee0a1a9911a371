/**
 * How the rules and the learned model are combined into one score.
 *
 *   veto    = min(0, model + vetoMargin)
 *   lift    = model − margin + negative context − (no technology recognised ? noTechnologyMargin : 0)
 *                                             − (no plan or question recognised ? noIntentMargin : 0)
 *   logit   = max(rules + veto, min(lift, LIFT_CEILING))
 *   (no veto for a reply whose technology is in the message it answers: the model reads the reply
 *   alone and cannot see that technology; nor, since round 10, for a message that gives a new task
 *   to a system it only refers to, "could the same model also…")
 *
 * - The rules keep their signals unless the model is confidently against one (its log-odds below
 *   −vetoMargin); then the difference is taken off the rules' log-odds. In cross-validation hardly
 *   any positive gets such a low model score, while many messages the rules over-read do.
 * - The model can lift a message the rules miss, e.g. a technology in words the lexicons do not
 *   know, but only past a margin, and the rules' negative context (fault report, follow-up, news,
 *   joke, other city, no change…) counts against it with its full weight: the model cannot overrule
 *   a hard negative the rules recognised. When the rules recognise no technology at all, or no
 *   plan, question or change, the model needs an extra margin for each. It never lifts a message
 *   without a technology that refers to something named elsewhere ("dat willen wij ook", "we want
 *   that too"): whether that was a project only the message it answers can tell (thread.ts). On its own the model can make a message a signal, but with a score of
 *   at most sigmoid(LIFT_CEILING) ≈ 0.73: higher scores need evidence the rules recognise, so a
 *   message the rules are sure of keeps the rules' score.
 * The margins are chosen by cross-validation in scripts/train-detector.ts and stored in model.json.
 */
import type { Scored } from './score.js';

/** The highest log-odds the model can give on its own. */
export const LIFT_CEILING = 1.0;

export interface CombinationParams {
  /** Subtracted from the model's log-odds before it may lift a message. */
  readonly margin: number;
  /** Further subtracted when the rules recognised no technology. */
  readonly noTechnologyMargin: number;
  /** Further subtracted when the rules recognised no substantive intent (plan, question, change). */
  readonly noIntentMargin: number;
  /** The model lowers the rules' log-odds by how far its own log-odds is below −vetoMargin. */
  readonly vetoMargin: number;
}

export interface RuleView {
  /** The rules' log-odds. */
  readonly logit: number;
  /** Sum of the negative context cues that counted (≤ 0). */
  readonly negative: number;
  readonly hasTechnology: boolean;
  readonly hasIntent: boolean;
  /** The message refers to something named elsewhere ("dat willen wij ook"). */
  readonly refersBack?: boolean;
  /** The rules took technology from the message this replies to, which the model does not read. */
  readonly inherited?: boolean;
  /** A reply that doubts the plan in its parent ("mag dat zomaar?"); the model, reading it alone, would take it for a proposal. */
  readonly doubtsParent?: boolean;
  /** The rules read a new purpose, scope or data for something existing. */
  readonly change?: boolean;
}

export interface Combined {
  readonly logit: number;
  /** The model's lift set the score (it was higher than the rules' log-odds). */
  readonly lifted: boolean;
  /** What the model took off the rules' log-odds (≤ 0). */
  readonly veto: number;
}

/** The model branch on its own: the log-odds with which the model could lift the message. */
export function liftLogit(rules: RuleView, modelLogit: number, params: CombinationParams): number {
  if ((!rules.hasTechnology && rules.refersBack === true) || rules.doubtsParent === true)
    return Number.NEGATIVE_INFINITY;
  const missing = (rules.hasTechnology ? 0 : params.noTechnologyMargin) + (rules.hasIntent ? 0 : params.noIntentMargin);
  return modelLogit - params.margin + Math.min(0, rules.negative) - missing;
}

export function vetoOf(modelLogit: number, params: CombinationParams): number {
  return Math.min(0, modelLogit + params.vetoMargin);
}

export function combine(rules: RuleView, modelLogit: number | undefined, params: CombinationParams): Combined {
  if (modelLogit === undefined || !Number.isFinite(modelLogit)) return { logit: rules.logit, lifted: false, veto: 0 };
  // When the reply's technology is in its parent, the model does not veto: it reads a reply alone when
  // the parent is known only by its status, and with the parent's words (round 8) it is learned from
  // a few hundred replies only.
  // Nor when the message gives a new task to a system it only refers to ("could the same model also…",
  // round 10): what that system is, only the message that named it can tell.
  const uninformed = rules.inherited === true || (rules.refersBack === true && rules.change === true);
  const veto = uninformed ? 0 : vetoOf(modelLogit, params);
  const kept = rules.logit + veto;
  const lift = Math.min(liftLogit(rules, modelLogit, params), LIFT_CEILING);
  return lift > kept ? { logit: lift, lifted: true, veto } : { logit: kept, lifted: false, veto };
}

/** The rules' view of a message from their scored evidence. */
export function ruleView(scored: Scored): RuleView {
  let negative = 0;
  for (const c of scored.contributions) if (c.cue.kind === 'negative') negative += c.value;
  return {
    logit: scored.logit,
    negative,
    hasTechnology: scored.hasTechnology,
    hasIntent: scored.hasIntent,
    refersBack: scored.refersBack,
    inherited: scored.inherited,
    doubtsParent: scored.doubtsParent,
    change: scored.change,
  };
}
