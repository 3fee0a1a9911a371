import type { AppDeps } from '../../app/deps.js';
import { deliver } from '../../app/delivery.js';
import { teamPlace, undeliveredReport } from '../../app/undelivered.js';
import { translator } from '../../i18n/index.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * Tells a person who can act what did not arrive: for a case, the case handler (mentioned) in the
 * thread of the case's card in Team Uthiek's channel; for the bot's own messages, the channel. One
 * report covers every failure of the case that no other report has claimed. A report that cannot be delivered
 * itself is not reported again (it would go the same way), but logged, and `zaken` still shows it.
 */
export function deliveryJobs(deps: AppDeps): JobHandlers {
  return {
    'delivery.report': {
      async run(job) {
        const caseId = String(job.payload.caseId ?? '') || undefined;
        const records = await deps.deliveries.claimUnreported(caseId, job.id);
        if (records.length === 0) return { status: 'done' };
        const c = caseId ? deps.cases.get(caseId) : undefined;
        const recipient = teamPlace(deps, c);
        if (!recipient) {
          deps.logger.error(
            { caseId, count: records.length },
            'undelivered messages, and no Team Uthiek channel to say so',
          );
          return { status: 'failed', error: 'no Team Uthiek channel configured' };
        }
        const spec = { id: `report:${job.id}`, caseId, kind: 'report' as const, recipient, report: false };
        const { outcome, record } = await deliver(deps, spec, async () =>
          undeliveredReport(records, c, await deps.members.list(), translator(deps.config.defaultLocale)),
        );
        if (record.status === 'sent') await deps.deliveries.markReported(records.map((r) => r.id));
        else if (record.status !== 'throttled')
          deps.logger.error({ caseId, count: records.length }, 'undelivered messages could not be reported either');
        return outcome;
      },
      interrupted: 'retry',
    },
  };
}
