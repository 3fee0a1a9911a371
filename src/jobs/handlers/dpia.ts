import type { AppDeps } from '../../app/deps.js';
import { cardMessage, deliverCard, localeOf, outcomeOf } from '../../app/delivery.js';
import { translator } from '../../i18n/index.js';
import { dpiaCard } from '../../teams/cards/dpia-cards.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * A lead does not know whether a DPIA is needed: each privacy officer gets the case's DPIA card to
 * correct or confirm; with no officer configured, Team Uthiek's channel is told, so someone acts.
 */
export function dpiaJobs(deps: AppDeps): JobHandlers {
  return {
    'dpia.ask': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const recipient = String(job.payload.recipient);
        if (recipient === 'team') {
          const channelId = deps.config.uthiek.channelId;
          if (!channelId)
            return { status: 'failed', error: 'no privacy officer and no Team Uthiek channel configured' };
          const t = translator(deps.config.defaultLocale);
          return outcomeOf(
            await deps.sender.newChannelPost(channelId, { text: t('dpia.ask.noOfficer', { id: c.id }) }),
            deps.clock.now(),
          );
        }
        const locale = localeOf(deps, recipient);
        const t = translator(locale);
        const card = dpiaCard(
          c,
          { t, locale, timeZone: deps.config.timeZone },
          {
            canEdit: true,
            canConfirm: true,
            intro: t('dpia.ask.intro'),
          },
        );
        const outcome = await deliverCard(deps, recipient, card);
        if (outcome.status === 'failed' && deps.config.uthiek.channelId) {
          // the officer cannot be reached: Team Uthiek is told instead of nobody
          await deps.sender.newChannelPost(deps.config.uthiek.channelId, cardMessage(card));
        }
        return outcome;
      },
    },
  };
}
