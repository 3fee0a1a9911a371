import type { AppDeps } from '../../app/deps.js';
import { cardMessage, localeOf, outcomeOf } from '../../app/delivery.js';
import { supportedLocale, translator } from '../../i18n/index.js';
import { signalInviteCard } from '../../teams/cards/signal-cards.js';
import type { JobHandlers } from '../scheduler.js';

/** Background work for signals: sending the invitation, and forgetting signals when they expire. */
export function signalJobs(deps: AppDeps): JobHandlers {
  return {
    'signal.invite': {
      async run(job) {
        const s = deps.signals.get(String(job.payload.signalId));
        if (!s || s.status !== 'open' || s.invitedAt) return { status: 'done' };
        const locale = localeOf(deps, s.authorId, supportedLocale(String(job.payload.locale)));
        const teamDelivery = s.teamId ? deps.settings.get(`team:${s.teamId}`)?.signalDelivery : undefined;
        const inThread = s.scope === 'channel' && (teamDelivery ?? deps.config.signal.delivery) === 'thread';
        const message = cardMessage(signalInviteCard(s, translator(locale), inThread));
        const [channelId, root] = (s.conversationId ?? '').split(';messageid=');
        const result =
          inThread && channelId && root
            ? await deps.sender.toThread(channelId, root, message)
            : await deps.sender.toPerson(s.authorId, message);
        if (result.status === 'sent')
          await deps.signals.update(s.id, (current) => ({
            next: { ...current, invitedAt: deps.clock.now().toISOString() },
          }));
        return outcomeOf(result, deps.clock.now());
      },
    },
    'signal.expire': {
      async run(job) {
        await deps.signals.expire(String(job.payload.signalId));
        return { status: 'done' };
      },
      interrupted: 'retry',
    },
  };
}
