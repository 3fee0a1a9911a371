import type { AppDeps } from '../../app/deps.js';
import { inSteps } from '../../slices.js';
import { retentionSweep, retentionSweepSteps } from '../../domain/privacy/retention.js';
import type { Stored } from '../../store/store.js';
import type { JobHandlers } from '../scheduler.js';

const DONE_JOBS_KEEP_MS = 30 * 86_400_000;
/** Teams resends within minutes; two days is plenty to recognise a resent message. */
const INBOX_KEEP_MS = 2 * 86_400_000;

/**
 * Retention, once a day (src/domain/privacy/retention.ts says what goes): finished cases past
 * RETENTION_DAYS lose their personal data and free text, the figures stay; people records and
 * conversation references of people the bot no longer needs go; all in one history rewrite, only
 * when there is something to do. Finished jobs and delivered messages' records older than a month,
 * records of undelivered ones older than RETENTION_DAYS, and old inbox entries go too.
 */
export function retentionJobs(deps: AppDeps): JobHandlers {
  return {
    'retention.sweep': {
      async run() {
        const now = deps.clock.now();
        const team = await deps.members
          .list()
          .catch(() => deps.config.uthiek.memberIds.map((aadObjectId) => ({ aadObjectId })));
        const needed = team.map((m) => m.aadObjectId);
        let outcome = { due: [] as string[], removedContacts: 0 };
        // the daily check lets turns run while it reads; the rewrite, when there is work, has the store to itself
        const check = await inSteps(
          retentionSweepSteps(deps.privacy.records(), now, deps.config.retentionDays, needed),
        );
        if (check.work > 0) {
          await deps.privacy.rewrite(() => {
            const sweep = retentionSweep(deps.privacy.records(), now, deps.config.retentionDays, needed);
            outcome = sweep;
            return { doc: (collection, doc) => sweep.doc<Stored>(collection, doc), event: sweep.event };
          });
        }
        await deps.jobs.purgeFinished(now.getTime() - DONE_JOBS_KEEP_MS);
        await deps.inbox.forgetBefore(now.getTime() - INBOX_KEEP_MS);
        // what arrived is needed only against sending twice; what did not, as long as the case's records
        await deps.deliveries.purge(
          now.getTime() - DONE_JOBS_KEEP_MS,
          now.getTime() - deps.config.retentionDays * 86_400_000,
        );
        const tomorrow = new Date(now.getTime() + 86_400_000);
        await deps.jobs.enqueue({
          id: `retention.sweep:${tomorrow.toISOString().slice(0, 10)}`,
          kind: 'retention.sweep',
          dueAt: tomorrow,
        });
        if (outcome.due.length || outcome.removedContacts) {
          deps.logger.info(
            { anonymised: outcome.due.length, contactsRemoved: outcome.removedContacts },
            'retention: personal data removed',
          );
        }
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
  };
}
