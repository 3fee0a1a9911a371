import type { Locale } from '../../config/env.js';
import { cardAttachment, renderCard } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import { z } from 'zod';
import { defineCardAction } from '../card-action-route.js';
import type { Turn } from '../turn.js';

/** The help card lists exactly the commands that are registered, in the person's language. */
export async function helpCard(deps: Deps, turn: Pick<Turn, 't' | 'locale' | 'actorId'>) {
  const isUthiek = await deps.members.isMember(turn.actorId);
  const row = (locale: Locale) => (spec: (typeof specs)[number]) => ({
    title: spec.words[locale][0] ?? spec.id,
    value: turn.t(spec.help),
  });
  const specs = deps.commands.list();
  return renderCard('help', {
    t: {
      title: turn.t('help.title'),
      intro: turn.t('help.intro'),
      uthiekOnly: turn.t('help.uthiekOnly'),
      footer: turn.t('help.footer'),
      showUthiek: isUthiek,
      everyone: specs.filter((s) => s.audience === 'everyone').map(row(turn.locale)),
      uthiek: isUthiek ? specs.filter((s) => s.audience === 'uthiek').map(row(turn.locale)) : [],
    },
  });
}

export function registerHelp(app: App, deps: Deps): void {
  defineCommand(
    app,
    deps,
    { id: 'help', words: { nl: ['help', 'hulp', '?'], en: ['help', '?'] }, help: 'help.cmd.help', audience: 'everyone' },
    async (turn) => {
      await turn.context.sendActivity({ attachments: [cardAttachment(await helpCard(deps, turn))] });
    },
  );
  // The welcome card's button turns the card into the help card.
  defineCardAction(app, deps, 'help.show', z.object({}).passthrough(), async (turn) => helpCard(deps, turn));
}
