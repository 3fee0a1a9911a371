import type { AppDeps } from '../../app/deps.js';
import { mailOutside } from '../../app/outlook-sync.js';
import { outsidePath } from '../../app/outside.js';
import { linkState } from '../../domain/outside/outside.js';
import { formatLocal } from '../../domain/time.js';
import { translator } from '../../i18n/index.js';
import type { JobHandlers } from '../scheduler.js';

/** E-mail from the shared mailbox to people outside Teams: their personal link to the case's page. */
export function outsideJobs(deps: AppDeps): JobHandlers {
  return {
    'outside.mail': {
      async run(job) {
        const outlook = deps.outlook;
        const c = deps.cases.get(String(job.payload.caseId));
        const link = c?.outside?.links.find((l) => l.id === String(job.payload.linkId));
        const now = deps.clock.now();
        if (!outlook || !c || !link || linkState(link, now) !== 'active') return { status: 'done' };
        const panelId = link.key.startsWith('panel:') ? link.key.slice(6) : undefined;
        const member = panelId ? deps.panel.get(panelId) : undefined;
        if (!member) return { status: 'done' };
        const t = translator(deps.config.defaultLocale);
        const url = deps.links.url(outsidePath(c.id, link.id), Date.parse(link.expiresAt) - now.getTime());
        const until = formatLocal(link.expiresAt, deps.config.timeZone, deps.config.defaultLocale);
        const project = c.intake.projectName ?? '';
        return mailOutside(
          { ...deps, outlook },
          c,
          { role: 'panel', panelId: member.id, name: member.name, email: member.email },
          {
            id: `mail:poll:${String(job.payload.proposalId)}`,
            detail: 'poll',
            subject: t('outside.mail.subject', { id: c.id }),
            body: t('outside.mail.body', { name: member.name, project, id: c.id, url, until }),
          },
        );
      },
      interrupted: 'retry',
    },
  };
}
