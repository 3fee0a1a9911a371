import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import { supportedLocale, translator } from '../../i18n/index.js';

export function registerLanguage(app: App, deps: Deps): void {
  defineCommand(
    app,
    deps,
    { id: 'language', words: { nl: ['taal'], en: ['language'] }, help: 'help.cmd.language', audience: 'everyone' },
    async (turn, args) => {
      const chosen = supportedLocale(args.trim());
      if (!chosen || !turn.actorId) {
        await turn.context.sendActivity(turn.t(turn.actorId ? 'language.usage' : 'common.unknownUser'));
        return;
      }
      await deps.people.setLocale(turn.actorId, chosen);
      await turn.context.sendActivity(translator(chosen)('language.set'));
    },
  );
}
