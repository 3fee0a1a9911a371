import { supportedLocale, translator } from '../../i18n/index.js';
import type { JobOutcome } from '../../jobs/job.js';
import { signalInviteCard } from '../cards/signal-cards.js';
import { cardAttachment } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { outcomeOf } from '../send-outcome.js';

/** Background work for signals: sending the invitation, and forgetting signals when they expire. */
export function registerSignalJobs(deps: Deps): void {
  deps.jobs.register('signal.invite', async (job): Promise<JobOutcome> => {
    const s = deps.signals.get(String(job.payload.signalId));
    if (!s || s.status !== 'open' || s.invitedAt) return { status: 'done' };
    const locale = deps.people.locale(s.authorId) ?? supportedLocale(String(job.payload.locale)) ?? deps.config.defaultLocale;
    const teamDelivery = s.teamId ? deps.settings.get(`team:${s.teamId}`)?.signalDelivery : undefined;
    const inThread = s.scope === 'channel' && (teamDelivery ?? deps.config.signal.delivery) === 'thread';
    const activity = { attachments: [cardAttachment(signalInviteCard(s, translator(locale), locale, inThread))] };
    const [channelId, root] = (s.conversationId ?? '').split(';messageid=');
    const result = inThread && channelId && root ? await deps.sender.toThread(channelId, root, activity) : await deps.sender.toPerson(s.authorId, activity);
    if (result.status === 'sent') {
      await deps.signals.update(s.id, (current) => ({ next: { ...current, invitedAt: deps.clock.now().toISOString() } }));
    }
    return outcomeOf(result, deps.clock.now());
  });

  deps.jobs.register(
    'signal.expire',
    async (job) => {
      await deps.signals.expire(String(job.payload.signalId));
      return { status: 'done' };
    },
    'retry',
  );
}
