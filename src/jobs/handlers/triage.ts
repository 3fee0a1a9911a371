import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliver, deliverCard, localeOf } from '../../app/delivery.js';
import type { Outgoing, SendResult } from '../../app/ports.js';
import type { LeadNoticeKind } from '../../app/triage.js';
import { inSteps } from '../../slices.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { comparablesSteps } from '../../domain/triage/duplicates.js';
import { triageCardFor } from '../../teams/cards/case-card.js';
import { currentCard } from '../../teams/cards/current-card.js';
import { teamUserIds, withRefresh } from '../../teams/cards/refresh.js';
import type { JobHandlers } from '../scheduler.js';

/** Until the bot is in the Team Uthiek team; adding it there wakes these jobs at once (routes/install.ts). */
const RETRY_NO_CHANNEL_MS = 60 * 60 * 1000;

/** Updates the case's card in the channel; a card that is gone (deleted, or its thread) is posted anew. */
async function postOrUpdate(deps: AppDeps, c: CaseRecord, channelId: string, message: Outgoing): Promise<SendResult> {
  const existing = deps.messages.triageCard(c.id);
  if (existing) {
    const updated = await deps.sender.update(existing.conversationId, existing.activityId, message);
    if (updated.status !== 'gone' && updated.status !== 'unreachable') return updated;
  }
  const posted = await deps.sender.newChannelPost(channelId, message);
  if (posted.status === 'sent')
    await deps.messages.saveTriageCard(c.id, {
      conversationId: posted.conversationId,
      activityId: posted.activityId ?? '',
      postedAt: deps.clock.now().toISOString(),
    });
  return posted;
}

/** Background work of triage: keeping the case's card in Team Uthiek's channel current, and telling the lead. */
export function triageJobs(deps: AppDeps): JobHandlers {
  return {
    'triage.post': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const channelId = deps.config.uthiek.channelId;
        if (!channelId)
          return { status: 'failed', error: 'no triage channel: set UTHIEK_TEAM_ID (and UTHIEK_CHANNEL_ID)' };
        const teamId = deps.config.uthiek.teamId;
        if (!deps.conversations.channel(channelId) && !deps.conversations.inTeam(teamId, 'channel'))
          return {
            status: 'retry',
            at: new Date(deps.clock.now().getTime() + RETRY_NO_CHANNEL_MS),
            error: 'the bot is not installed in the Team Uthiek team yet',
          };
        const build = async () => {
          const members = await deps.members.list();
          const card = await triageCardFor(deps, c);
          return cardMessage(withRefresh(card, { card: 'triage', caseId: c.id }, teamUserIds(deps, members)));
        };
        const spec = {
          id: job.id,
          caseId: c.id,
          kind: 'triage-card' as const,
          recipient: { kind: 'channel' as const, id: channelId },
        };
        const { outcome, record } = await deliver(deps, spec, build, (m) => postOrUpdate(deps, c, channelId, m));
        if (record.status === 'sent') deps.logger.info({ caseId: c.id }, 'triage card posted or updated');
        return outcome;
      },
      interrupted: 'retry',
    },
    // at every start: the open cases' words for the duplicate search, in slices, before the first card needs them
    'triage.warm': {
      async run() {
        await inSteps(comparablesSteps(deps.cases.open()));
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
    'notify.lead': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const kind = job.payload.kind as LeadNoticeKind;
        const spec = { id: job.id, caseId: c.id, kind: 'lead-notice' as const, detail: kind, to: c.leadId };
        const target = {
          card: 'lead-notice' as const,
          caseId: c.id,
          kind,
          requestId: String(job.payload.requestId ?? ''),
        };
        return deliverCard(deps, spec, () =>
          currentCard(deps, target, { id: c.leadId, locale: localeOf(deps, c.leadId, c.leadLocale) }),
        );
      },
      interrupted: 'retry',
    },
  };
}
