import { supportedLocale, translator } from '../../i18n/index.js';
import type { JobOutcome } from '../../jobs/job.js';
import { cardAttachment } from '../cards/render.js';
import { leadNoticeCard, type LeadNoticeKind } from '../cards/triage-cards.js';
import type { Deps } from '../deps.js';
import { outcomeOf } from '../send-outcome.js';
import { renderTriageCard } from './triage.js';

const RETRY_NO_CHANNEL_MS = 60 * 60 * 1000;

/** Background work of triage: keeping the case's card in Team Uthiek's channel current, and telling the lead. */
export function registerTriageJobs(deps: Deps): void {
  deps.jobs.register('triage.post', async (job): Promise<JobOutcome> => {
    const c = deps.cases.get(String(job.payload.caseId));
    if (!c) return { status: 'done' };
    const channelId = deps.config.uthiek.channelId;
    if (!channelId) return { status: 'failed', error: 'no triage channel: set UTHIEK_TEAM_ID (and UTHIEK_CHANNEL_ID)' };
    const activity = { attachments: [cardAttachment(await renderTriageCard(deps, c))] };
    const existing = deps.messages.triageCard(c.id);
    if (existing) {
      const updated = await deps.sender.update(existing.conversationId, existing.activityId, activity);
      if (updated.status !== 'unreachable') return outcomeOf(updated, deps.clock.now());
    }
    const posted = await deps.sender.newChannelPost(channelId, activity);
    if (posted.status === 'sent') {
      await deps.messages.saveTriageCard(c.id, { conversationId: posted.conversationId, activityId: posted.activityId ?? '', postedAt: deps.clock.now().toISOString() });
      deps.logger.info({ caseId: c.id }, 'case posted for triage');
    }
    // The bot may not be in the Team Uthiek team yet: try again later instead of giving up.
    if (posted.status === 'no-route') return { status: 'retry', at: new Date(deps.clock.now().getTime() + RETRY_NO_CHANNEL_MS), error: 'the bot is not installed in the Team Uthiek team yet' };
    return outcomeOf(posted, deps.clock.now());
  });

  deps.jobs.register('notify.lead', async (job): Promise<JobOutcome> => {
    const c = deps.cases.get(String(job.payload.caseId));
    if (!c) return { status: 'done' };
    const locale = deps.people.locale(c.leadId) ?? c.leadLocale ?? supportedLocale(undefined) ?? deps.config.defaultLocale;
    const ctx = { t: translator(locale), locale, valueModel: deps.valueModel, timeZone: deps.config.timeZone, rules: deps.impactRules };
    const request = c.triage?.requests.find((r) => r.id === job.payload.requestId);
    const card = leadNoticeCard(c, job.payload.kind as LeadNoticeKind, ctx, { members: await deps.members.list(), request });
    const sent = await deps.sender.toPerson(c.leadId, { attachments: [cardAttachment(card)] });
    return outcomeOf(sent, deps.clock.now());
  });
}
