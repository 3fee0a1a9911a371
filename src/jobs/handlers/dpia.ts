import type { AppDeps } from '../../app/deps.js';
import { deliver, deliverCard, localeOf } from '../../app/delivery.js';
import { teamPlace } from '../../app/undelivered.js';
import { translator } from '../../i18n/index.js';
import { dpiaCard } from '../../teams/cards/dpia-cards.js';
import type { JobHandlers } from '../scheduler.js';

/**
 * A lead does not know whether a DPIA is needed: each privacy officer gets the case's DPIA card to
 * correct or confirm; with no officer configured, Team Uthiek is told, so someone acts. A question
 * that does not arrive is reported to Team Uthiek by the delivery records.
 */
export function dpiaJobs(deps: AppDeps): JobHandlers {
  return {
    'dpia.ask': {
      async run(job) {
        const c = deps.cases.get(String(job.payload.caseId));
        if (!c) return { status: 'done' };
        const recipient = String(job.payload.recipient);
        const kind = 'dpia-question' as const;
        if (recipient === 'team') {
          const place = teamPlace(deps, c);
          if (!place) return { status: 'failed', error: 'no privacy officer and no Team Uthiek channel configured' };
          deps.logger.warn({ caseId: c.id }, 'no privacy officer to ask about a DPIA: PRIVACY_OFFICER_IDS is not set');
          const t = translator(deps.config.defaultLocale);
          const sent = await deliver(deps, { id: job.id, caseId: c.id, kind, recipient: place }, () => ({
            text: t('dpia.ask.noOfficer', { id: c.id }),
          }));
          return sent.outcome;
        }
        return deliverCard(deps, { id: job.id, caseId: c.id, kind, to: recipient }, () => {
          const locale = localeOf(deps, recipient);
          const t = translator(locale);
          return dpiaCard(
            c,
            { t, locale, timeZone: deps.config.timeZone },
            { canEdit: true, canConfirm: true, intro: t('dpia.ask.intro') },
          );
        });
      },
      interrupted: 'retry',
    },
  };
}
