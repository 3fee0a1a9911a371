import { supportedLocale, translator } from '../../i18n/index.js';
import { command } from '../routing/command.js';

/** "taal en" / "language nl": the person's language, whatever their Teams client says. */
export const language = command({
  id: 'language',
  words: { nl: ['taal'], en: ['language'] },
  help: 'help.cmd.language',
  audience: 'everyone',
  async handle(turn, args, deps) {
    const chosen = supportedLocale(args.trim());
    if (!chosen) return void (await turn.context.sendActivity(turn.t('language.usage')));
    await deps.people.setLocale(turn.actor.id, chosen);
    await turn.context.sendActivity(translator(chosen)('language.set'));
  },
});
