import type { AppDeps } from '../../app/deps.js';
import type { Config } from '../../config/env.js';
import type { JobSpec } from '../../store/repositories/jobs.js';
import type { JobHandlers } from '../scheduler.js';
import { calendarJobs, letterJobs } from './calendar.js';
import { dpiaJobs } from './dpia.js';
import { deliveryJobs } from './delivery.js';
import { followUpJobs } from './followup.js';
import { handlerNoticeJobs } from './handler-notice.js';
import { lookupJobs } from './lookups.js';
import { monthlyReportJobs } from './monthly-report.js';
import { outsideJobs } from './outside.js';
import { panelJobs } from './panel.js';
import { registerFetchJob, registerJobs } from './register.js';
import { retentionJobs } from './retention.js';
import { reviewJobHandlers } from './review.js';
import { scheduleJobs } from './schedule.js';
import { signalJobs } from './signal.js';
import { triageJobs } from './triage.js';

/** Every job family the bot runs, by kind. */
export function jobHandlers(deps: AppDeps): JobHandlers[] {
  return [
    signalJobs(deps),
    triageJobs(deps),
    scheduleJobs(deps),
    calendarJobs(deps),
    letterJobs(deps),
    outsideJobs(deps),
    handlerNoticeJobs(deps),
    followUpJobs(deps),
    reviewJobHandlers(deps),
    retentionJobs(deps),
    dpiaJobs(deps),
    panelJobs(deps),
    deliveryJobs(deps),
    lookupJobs(deps),
    registerJobs(deps),
    monthlyReportJobs(deps),
  ];
}

/**
 * The sweeps that run at every start (and then daily): follow-up planning and retention; the
 * panel's expertise; the open cases' words for the triage cards' duplicate search; and the
 * algorithm register's file, when one is configured.
 */
export function startupJobs(now: Date, config?: Pick<Config, 'algorithmRegister'>): JobSpec[] {
  return [
    ...(config?.algorithmRegister.source ? [registerFetchJob(now, `start:${now.toISOString()}`)] : []),
    { id: `panel.normalise:start:${now.toISOString()}`, kind: 'panel.normalise', dueAt: now },
    { id: `triage.warm:start:${now.toISOString()}`, kind: 'triage.warm', dueAt: now },
    { id: `followup.sweep:start:${now.toISOString()}`, kind: 'followup.sweep', dueAt: now },
    { id: `retention.sweep:start:${now.toISOString()}`, kind: 'retention.sweep', dueAt: now },
  ];
}
