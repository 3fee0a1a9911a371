import type { AppDeps } from '../../app/deps.js';
import { uploadLetter } from '../../app/advice-letter.js';
import { syncAssessmentEvent } from '../../app/outlook-sync.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * The assessment in the shared mailbox's calendar (Microsoft Graph): one job per version of the
 * schedule; a version that was overtaken by a later move is left to the later one.
 */
export function calendarJobs(deps: AppDeps): JobHandlers {
  return {
    'calendar.event': {
      async run(job) {
        const outlook = deps.outlook;
        const c = deps.cases.get(String(job.payload.caseId));
        if (!outlook || !c?.schedule || c.schedule.sequence !== Number(job.payload.sequence)) return { status: 'done' };
        const kind = job.payload.kind as 'invite' | 'updated' | 'cancelled';
        return syncAssessmentEvent({ ...deps, outlook }, c, kind);
      },
      interrupted: 'retry',
    },
  };
}

/** Uploading an advice letter version to the SharePoint document library. */
export function letterJobs(deps: AppDeps): JobHandlers {
  return {
    'letter.upload': {
      run: (job) => uploadLetter(deps, String(job.payload.caseId), Number(job.payload.version)),
      interrupted: 'retry',
    },
  };
}
