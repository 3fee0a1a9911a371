import type { MessageKey } from '../nl/index.js';
import { common } from './common.js';
import { dpia } from './dpia.js';
import { ending } from './ending.js';
import { delivery } from './delivery.js';
import { explain } from './explain.js';
import { outside } from './outside.js';
import { panel } from './panel.js';
import { figures } from './figures.js';
import { followup } from './followup.js';
import { intake } from './intake.js';
import { privacy } from './privacy.js';
import { register } from './register.js';
import { report } from './report.js';
import { account } from './account.js';
import { review } from './review.js';
import { schedule } from './schedule.js';
import { signal } from './signal.js';
import { signalReasons } from './signal-reasons.js';
import { triage } from './triage.js';

/** The catalogue's parts, by file: the same files as in Dutch. */
export const enParts = {
  common,
  intake,
  signal,
  signalReasons,
  triage,
  schedule,
  explain,
  followup,
  review,
  ending,
  report,
  register,
  account,
  figures,
  privacy,
  dpia,
  delivery,
  outside,
  panel,
};

export const en: Record<MessageKey, string> = {
  ...common,
  ...intake,
  ...signal,
  ...signalReasons,
  ...triage,
  ...schedule,
  ...explain,
  ...followup,
  ...review,
  ...ending,
  ...report,
  ...register,
  ...account,
  ...figures,
  ...privacy,
  ...dpia,
  ...delivery,
  ...outside,
  ...panel,
};
