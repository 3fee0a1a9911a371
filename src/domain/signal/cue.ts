import type { Phase, Technology } from '../intake/vocabulary.js';

/**
 * What a cue is evidence of:
 * - `tech`: a digital technology or processing of data about people (label clause a–c);
 * - `intent`: the municipality plans, asks for, buys, pilots or changes something;
 * - `subject`: the people whose data would be processed;
 * - `negative`: a context that makes a message no signal (fault report, follow-up, news, joke…);
 * - `mask`: a technology word used in another sense; the matched words are removed before
 *   the other cues run ("app me even", "camera aan", "mobiele data");
 * - `marker`: no weight of its own, read by the message-level rules in frame.ts (who speaks,
 *   what marks a report, what makes a short question a proposal).
 */
export type CueKind = 'tech' | 'intent' | 'subject' | 'negative' | 'mask' | 'marker';

export interface Cue {
  /** Stable code, also the reason code; its text is in src/i18n (reason.<code>): `tech.cameras`, `intent.pilot`. */
  readonly code: string;
  readonly kind: CueKind;
  /** Contribution to the log-odds; negative for negative cues, 0 for masks. */
  readonly weight: number;
  /** Phrase patterns in the language of pattern.ts. */
  readonly patterns: readonly string[];
  /** For tech cues: the intake technology it points to. */
  readonly technology?: Technology;
  /** For intent cues: the project phase it suggests. */
  readonly phase?: Phase;
  /** For intent cues: the writer speaks for their own organisation ("wij willen", "could we"). */
  readonly own?: boolean;
  /** For intent cues: a new purpose, scope or data for something existing. */
  readonly change?: boolean;
  /** For negative cues: does not count when a change cue is present (an update that adds a function). */
  readonly unlessChange?: boolean;
  /** For negative cues: does not count when the writer states an own plan (another city, news). */
  readonly unlessOwn?: boolean;
  /**
   * For negative cues: does not count when another sentence (one it does not match in) states a
   * plan on its own, with both a clear technology and a substantive intent ("We want X. Is there a
   * template for that?").
   */
  readonly unlessPlanElsewhere?: boolean;
  /** For negative cues: does not count when any of these cues is present. */
  readonly cancelledBy?: readonly string[];
  /**
   * For negative cues: takes the plan back ("gaat niet door", "off the table"). Read for the whole
   * message (frame.ts): it counts unless a later clause states a plan again, and not in a question.
   */
  readonly retraction?: boolean;
  /** For intent cues: can carry a reply whose technology is named in the message it answers. */
  readonly carries?: boolean;
}

export interface CompiledCue extends Cue {
  readonly re: RegExp;
  /** The same phrases split for speed (pattern.ts, compileParts); absent for cues the rules add themselves. */
  readonly parts?: readonly RegExp[];
}
