import { withLetterLink } from '../cards/letter-link.js';
import { z } from 'zod';
import { mayEdit } from '../../domain/intake/draft.js';
import { caseListCard } from '../cards/case-list-card.js';
import { cardContext } from '../cards/context.js';
import { caseSummaryCard, draftCard } from '../cards/intake-cards.js';
import { cardAttachment } from '../cards/render.js';
import { caseDetailCard } from '../cards/triage-cards.js';
import { undeliveredLines } from '../../app/undelivered.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import { plural } from '../../i18n/index.js';

const SHOWN = 15;

/** "mijn zaken": the cases a person started or leads. */
export const myCases = command({
  id: 'mycases',
  words: { nl: ['mijn zaken', 'mijn aanmeldingen'], en: ['my cases'] },
  help: 'help.cmd.mycases',
  audience: 'everyone',
  async handle(turn, _args, deps) {
    const mine = deps.cases.forPerson(turn.actor.id);
    const card = caseListCard(mine.slice(0, SHOWN), turn, {
      heading: turn.t('mycases.title'),
      more:
        mine.length > SHOWN ? plural(turn.t, 'mycases.more', mine.length - SHOWN, { count: mine.length - SHOWN }) : '',
    });
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  },
});

/** Opens a case: the draft or summary for its lead, the full history for Team Uthiek. */
export const open = cardAction({
  shows: true,
  audience: 'everyone',
  schema: z.object({ caseId: z.string().min(1).max(40) }).passthrough(),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    const own = c.createdBy === turn.actor.id || c.leadId === turn.actor.id;
    if (!own) {
      if (!(await deps.members.isMember(turn.actor.id))) return turn.t('intake.notYoursToView');
      const members = await deps.members.list();
      const undelivered = undeliveredLines(deps.deliveries.undelivered(c.id), c, members, turn.t);
      const detail = caseDetailCard(c, deps.cases.history(c), cardContext(deps, turn.locale), members, undelivered);
      return withLetterLink(detail, c, deps.links, turn.t);
    }
    const editable = mayEdit(c, turn.actor.id) === 'ok';
    if (c.state === 'intake' && editable) return draftCard(c, cardContext(deps, turn.locale));
    return caseSummaryCard(c, cardContext(deps, turn.locale), { canEdit: editable });
  },
});
