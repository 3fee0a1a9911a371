import { revokeOutsideLinks } from '../../app/outside.js';
import { linkState } from '../../domain/outside/outside.js';
import { formatLocal } from '../../domain/time.js';
import { withoutMarkup } from '../cards/render.js';
import { command } from '../routing/command.js';

/**
 * "extern UTH-… [intrekken <naam>|alle]": the personal links of people outside Teams for a case,
 * with their state, and revoking them (Team Uthiek only).
 */
export const outside = command({
  id: 'outside',
  words: { nl: ['extern'], en: ['external'] },
  help: 'help.cmd.outside',
  audience: 'uthiek',
  refused: 'schedule.notHandler',
  async handle(turn, args, deps) {
    const m = /^(UTH-\d{4}-\d{3,})(?:\s+(?:intrekken|revoke)\s+(.+))?$/i.exec(args.trim());
    const c = m && deps.cases.get(m[1]!.toUpperCase());
    if (!m || !c) return void (await turn.context.sendActivity(turn.t('outside.usage')));
    if (m[2]) {
      const names = await revokeOutsideLinks(deps, c.id, m[2], turn.actor.id);
      const answer = names.length
        ? turn.t('outside.revoked', { names: names.map(withoutMarkup).join(', ') })
        : turn.t('outside.revokedNone', { id: c.id, who: withoutMarkup(m[2]) });
      return void (await turn.context.sendActivity(answer));
    }
    const now = deps.clock.now();
    const links = c.outside?.links ?? [];
    if (links.length === 0) return void (await turn.context.sendActivity(turn.t('outside.none', { id: c.id })));
    const lines = links.map((l) => {
      const state = linkState(l, now);
      const until = formatLocal(l.expiresAt, deps.config.timeZone, turn.locale);
      return turn.t('outside.line', {
        name: withoutMarkup(l.name),
        state: turn.t(`outside.state.${state}`, { until }),
      });
    });
    await turn.context.sendActivity(lines.join('\n\n'));
  },
});
