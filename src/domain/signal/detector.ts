/**
 * The signal detector: does a chat message announce a new digitization project (or a change to
 * an existing one) that Team Uthiek should hear about? A hybrid: explainable weighted rules
 * (score.ts) combined with a small learned model of the wording (model.ts), as hybrid.ts
 * describes. The rules give the reasons and the hints; the model can raise a message the rules
 * miss, or lower one it is confident is no project, and then says so in a fixed reason that
 * quotes nothing from the message.
 *
 * detect(text) → { signal, score, reasons (nl + en), hints for the intake form }.
 */
import type { Phase, Technology } from '../intake/vocabulary.js';
import { featuresOf, type Features } from './features.js';
import { combine, ruleView, type CombinationParams, type Combined } from './hybrid.js';
import { MODEL, MODEL_REASON, MODEL_VETO_REASON, modelLogitInContext, type LoadedModel } from './model.js';
import { normaliseMessage } from './normalise.js';
import { score as weigh, type Scored } from './score.js';
import type { ParentEvidence } from './thread.js';

/**
 * What the bot knows about the message a reply answers: its text, while the bot still holds it in
 * memory, or only whether it was a signal. Both are optional; without them a reply is read alone.
 */
export interface ThreadContext {
  readonly parentText?: string;
  readonly parentSignal?: boolean;
}

export interface DetectorOptions {
  /** Minimum score for a signal; default 0.5. */
  threshold: number;
  /** For a reply: the message it answers. */
  context: ThreadContext | undefined;
}

/** Why, as a code: a cue's code, gate.* or model.*; the sentences are in src/i18n (reason.<code>). */
export interface DetectionReason {
  code: string;
}

export interface Detection {
  signal: boolean;
  /** 0..1, rounded to 3 decimals. */
  score: number;
  /** Why: the positive and negative evidence that mattered, strongest first. */
  reasons: DetectionReason[];
  /** For prefilling an intake form. */
  hints: { technologies: Technology[]; phase?: Phase };
}

export const DEFAULT_THRESHOLD = 0.5;
/** At most this many reasons are reported, strongest first. */
const MAX_REASONS = 6;
/** Evidence with a smaller share of the score is not worth reporting. */
const MIN_SHARE = 0.3;

const NO_INTENT: DetectionReason = { code: 'gate.no-intent' };
const NO_TECHNOLOGY: DetectionReason = { code: 'gate.no-technology' };

const NO_COMBINATION: CombinationParams = { margin: 0, noTechnologyMargin: 0, noIntentMargin: 0, vetoMargin: 0 };

function resolveThreshold(options?: Partial<DetectorOptions>): number {
  const t = options?.threshold;
  if (typeof t !== 'number' || Number.isNaN(t)) return DEFAULT_THRESHOLD;
  return Math.min(1, Math.max(0, t));
}

/** The model's part is reported when it moved the log-odds at least this much… */
const MIN_MODEL_SHARE = 0.3;
/** …and the score it raised to, or lowered from, was at least ~0.27 (log-odds −1). */
const MODEL_REPORT_MIN_LOGIT = -1;

function explain(scored: Scored, combined: Combined): DetectionReason[] {
  const lifted =
    combined.lifted && combined.logit - scored.logit >= MIN_MODEL_SHARE && combined.logit >= MODEL_REPORT_MIN_LOGIT;
  const vetoed = !combined.lifted && combined.veto <= -MIN_MODEL_SHARE && scored.logit >= MODEL_REPORT_MIN_LOGIT;
  const reasons = scored.contributions
    .filter((c) => c.cue.kind === 'mask' || Math.abs(c.value) >= MIN_SHARE)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.cue.code.localeCompare(b.cue.code))
    .map(({ cue }) => ({ code: cue.code }));
  const seen = new Set<string>();
  const unique = reasons.filter((r) => !seen.has(r.code) && seen.add(r.code));
  // When the model carries a signal, the rules' "no plan" / "no technology" would only contradict it.
  if (!(lifted && combined.logit >= 0)) {
    if (scored.hasTechnology && !scored.hasIntent) unique.splice(1, 0, NO_INTENT);
    if (scored.hasIntent && !scored.hasTechnology) unique.splice(1, 0, NO_TECHNOLOGY);
  }
  if (lifted) unique.unshift(MODEL_REASON);
  else if (vetoed) unique.unshift(MODEL_VETO_REASON);
  return unique.slice(0, MAX_REASONS);
}

/** Classifies one message. Never throws; any string is accepted. */
export function detect(text: string, options?: Partial<DetectorOptions>): Detection {
  return detectWith(MODEL, text, options);
}

/**
 * A message read once: its normalised text (for the learned part) and the rules' features of it.
 * A message is normalised and its cues found once, whatever reads it: the detection, and, as a
 * parent, the reply's.
 */
interface Reading {
  readonly normalised: string;
  readonly features: Features;
}

function read(text: string): Reading {
  const normalised = normaliseMessage(text);
  return { normalised, features: featuresOf(normalised) };
}

/** What the detector takes from the message a reply answers; undefined when nothing is known. */
function parentEvidence(
  model: LoadedModel | undefined,
  context: ThreadContext | undefined,
  threshold: number,
): ParentEvidence | undefined {
  if (context === undefined || context === null || typeof context !== 'object') return undefined;
  const text =
    typeof context.parentText === 'string' && context.parentText.trim() !== '' ? context.parentText : undefined;
  const status = typeof context.parentSignal === 'boolean' ? context.parentSignal : undefined;
  if (text === undefined && status === undefined) return undefined;
  const parent = text === undefined ? undefined : read(text);
  const tech = parent === undefined ? [] : parent.features.hits.filter((h) => h.cue.kind === 'tech' && !h.negated);
  const signal = status ?? (parent !== undefined && judge(model, parent, undefined, threshold).signal);
  return parent === undefined ? { tech, signal } : { tech, signal, normalised: parent.normalised };
}

/** The rules' evidence for a message in its thread, the parent's status judged by the rules alone; for training. */
export function ruleScore(text: string, context?: ThreadContext): Scored {
  return weigh(read(text).features, parentEvidence(undefined, context, DEFAULT_THRESHOLD));
}

/** detect() with another learned model (or none: rules only); for tests and experiments. */
export function detectWith(
  model: LoadedModel | undefined,
  text: string,
  options?: Partial<DetectorOptions>,
): Detection {
  const threshold = resolveThreshold(options);
  const message = read(typeof text === 'string' ? text : '');
  return judge(model, message, parentEvidence(model, options?.context, threshold), threshold);
}

function judge(
  model: LoadedModel | undefined,
  message: Reading,
  parent: ParentEvidence | undefined,
  threshold: number,
): Detection {
  const scored = weigh(message.features, parent);
  const rules = ruleView(scored);
  const combined =
    model === undefined
      ? combine(rules, undefined, NO_COMBINATION)
      : combine(rules, modelLogitInContext(model, message.normalised, parent?.normalised), model.combination);
  const probability = 1 / (1 + Math.exp(-combined.logit));
  const score = Math.round(probability * 1000) / 1000;
  const hints: Detection['hints'] = { technologies: [...scored.technologies] };
  if (scored.phase !== undefined) hints.phase = scored.phase;
  return { signal: score >= threshold, score, reasons: explain(scored, combined), hints };
}
