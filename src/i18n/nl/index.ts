/**
 * Dutch, the default language. Every user-facing string of the bot lives in this folder (and
 * its English counterpart). Placeholders are {name}, filled by `format`.
 */
import { common } from './common.js';
import { followup } from './followup.js';
import { intake } from './intake.js';
import { signal } from './signal.js';
import { privacy } from './privacy.js';
import { report } from './report.js';
import { schedule } from './schedule.js';
import { triage } from './triage.js';

export const nl = { ...common, ...intake, ...signal, ...triage, ...schedule, ...followup, ...report, ...privacy };
export type MessageKey = keyof typeof nl;
