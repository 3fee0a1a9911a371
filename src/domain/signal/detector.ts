/**
 * The signal detector: does a chat message announce a new digitization project (or a change to
 * an existing one) that Team Uthiek should hear about? Explainable weighted rules, no model.
 *
 * detect(text) → { signal, score, reasons (nl + en), hints for the intake form }.
 */
import type { Phase, Technology } from '../intake/vocabulary.js';
import { extractFeatures } from './features.js';
import { score as weigh, type Scored } from './score.js';

export interface DetectorOptions {
  /** Minimum score for a signal; default 0.5. */
  threshold: number;
}

export interface DetectionReason {
  code: string;
  nl: string;
  en: string;
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

const NO_INTENT: DetectionReason = {
  code: 'gate.no-intent',
  nl: 'er wordt geen plan, vraag, aankoop of wijziging genoemd',
  en: 'no plan, request, purchase or change is mentioned',
};
const NO_TECHNOLOGY: DetectionReason = {
  code: 'gate.no-technology',
  nl: 'er wordt geen digitale technologie of verwerking van gegevens genoemd',
  en: 'no digital technology or processing of data is mentioned',
};

function resolveThreshold(options?: Partial<DetectorOptions>): number {
  const t = options?.threshold;
  if (typeof t !== 'number' || Number.isNaN(t)) return DEFAULT_THRESHOLD;
  return Math.min(1, Math.max(0, t));
}

function explain(scored: Scored): DetectionReason[] {
  const reasons = scored.contributions
    .filter((c) => c.cue.kind === 'mask' || Math.abs(c.value) >= MIN_SHARE)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.cue.code.localeCompare(b.cue.code))
    .map(({ cue }) => ({ code: cue.code, nl: cue.nl, en: cue.en }));
  const seen = new Set<string>();
  const unique = reasons.filter((r) => !seen.has(r.code) && seen.add(r.code));
  if (scored.hasTechnology && !scored.hasIntent) unique.splice(1, 0, NO_INTENT);
  if (scored.hasIntent && !scored.hasTechnology) unique.splice(1, 0, NO_TECHNOLOGY);
  return unique.slice(0, MAX_REASONS);
}

/** Classifies one message. Never throws; any string is accepted. */
export function detect(text: string, options?: Partial<DetectorOptions>): Detection {
  const threshold = resolveThreshold(options);
  const input = typeof text === 'string' ? text : '';
  const scored = weigh(extractFeatures(input));
  const probability = 1 / (1 + Math.exp(-scored.logit));
  const score = Math.round(probability * 1000) / 1000;
  const hints: Detection['hints'] = { technologies: [...scored.technologies] };
  if (scored.phase !== undefined) hints.phase = scored.phase;
  return { signal: score >= threshold, score, reasons: explain(scored), hints };
}
