import type { Cue } from './cue.js';
import { CONTEXT_CUES } from './lexicon-context.js';
import { MARKER_CUES } from './lexicon-frame.js';
import { INTENT_CUES } from './lexicon-intent.js';
import { ALGORITHM_CUES } from './lexicon-algorithm.js';
import { DATA_CUES, SUBJECT_CUES } from './lexicon-data.js';
import { SENSING_CUES } from './lexicon-tech.js';

/** Every cue the rules look for, in the order the detector reads them (the masks, MASK_CUES, apply before these). */
export const RULE_CUES: readonly Cue[] = [
  ...SENSING_CUES,
  ...ALGORITHM_CUES,
  ...DATA_CUES,
  ...SUBJECT_CUES,
  ...INTENT_CUES,
  ...CONTEXT_CUES,
  ...MARKER_CUES,
];
