import type { MessageKey } from '../nl/index.js';
import { common } from './common.js';
import { followup } from './followup.js';
import { intake } from './intake.js';
import { signal } from './signal.js';
import { privacy } from './privacy.js';
import { report } from './report.js';
import { schedule } from './schedule.js';
import { triage } from './triage.js';

export const en: Record<MessageKey, string> = { ...common, ...intake, ...signal, ...triage, ...schedule, ...followup, ...report, ...privacy };
