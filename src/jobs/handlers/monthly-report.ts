import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliver } from '../../app/delivery.js';
import { monthEndRequest, monthReportFor } from '../../app/report.js';
import { addMonths, monthOf, postMoment } from '../../domain/report/month.js';
import type { JobRecord } from '../../store/collections.js';
import type { JobSpec } from '../../store/repositories/jobs.js';
import { cardContext } from '../../teams/cards/context.js';
import { monthlyReportCard } from '../../teams/cards/monthly-report-card.js';
import type { JobHandlers } from '../scheduler.js';

export const MONTHLY_REPORT = 'report.monthly';

/** The job that posts the report of `month` (YYYY-MM) at the start of the next month; one per month. */
export const monthlyReportJob = (month: string, tz: string): JobSpec => ({
  id: `${MONTHLY_REPORT}:${month}`,
  kind: MONTHLY_REPORT,
  dueAt: postMoment(month, tz),
  payload: { month },
});

/**
 * At a start: the chain of monthly jobs, begun with the current month when REPORT_CHANNEL_ID is set
 * and no monthly job waits. A job that waits keeps its moment: a month that ended while the bot
 * was down is due, and posted, as soon as the scheduler starts.
 */
export function monthlyReportStart(
  config: Pick<AppDeps['config'], 'reportChannelId' | 'timeZone'>,
  now: Date,
  open: readonly JobRecord[],
): JobSpec[] {
  if (!config.reportChannelId || open.some((j) => j.kind === MONTHLY_REPORT)) return [];
  return [monthlyReportJob(monthOf(now, config.timeZone), config.timeZone)];
}

/**
 * The monthly report in REPORT_CHANNEL_ID: the next month's job is queued first (so the chain goes
 * on whatever happens to this post), then the card is sent as one delivery record: it is posted
 * once, a post that may have arrived is never repeated, and one that finally does not arrive is
 * reported in Team Uthiek's channel.
 */
export function monthlyReportJobs(deps: AppDeps): JobHandlers {
  return {
    [MONTHLY_REPORT]: {
      async run(job) {
        const channelId = deps.config.reportChannelId;
        const month = String(job.payload.month ?? '');
        if (!channelId || !/^\d{4}-\d{2}$/.test(month)) return { status: 'done' };
        await deps.jobs.enqueue(monthlyReportJob(addMonths(month, 1), deps.config.timeZone));
        const spec = {
          id: `monthly-report:${month}`,
          kind: 'monthly-report' as const,
          detail: month,
          recipient: { kind: 'channel' as const, id: channelId },
        };
        const { outcome, record } = await deliver(deps, spec, async () => {
          const report = await monthReportFor(deps, month);
          const ctx = cardContext(deps, deps.config.defaultLocale);
          return cardMessage(monthlyReportCard(report, month, monthEndRequest(month), ctx));
        });
        if (record.status === 'sent') deps.logger.info({ month }, 'monthly report posted');
        return outcome;
      },
      interrupted: 'retry',
    },
  };
}
