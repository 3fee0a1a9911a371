import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliver, localeOf } from '../../app/delivery.js';
import type { Recipient } from '../../domain/delivery/delivery.js';
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
        const [channelId, root] = (s.conversationId ?? '').split(';messageid=');
        const recipient: Recipient =
          inThread && channelId && root
            ? { kind: 'thread', channelId, rootId: root }
            : { kind: 'person', id: s.authorId };
        // An invitation nobody can act on when it does not arrive: logged, not reported (reporting it
        // would tell Team Uthiek that someone talked about a project, which is theirs to share).
        const spec = { id: job.id, kind: 'signal-invite' as const, recipient, report: false };
        const { outcome, record } = await deliver(deps, spec, () =>
          cardMessage(signalInviteCard(s, translator(locale), inThread)),
        );
        if (record.status === 'sent')
          await deps.signals.update(s.id, (current) => ({
            next: { ...current, invitedAt: deps.clock.now().toISOString() },
          }));
        return outcome;
      },
      interrupted: 'retry',
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
