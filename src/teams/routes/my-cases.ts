import { z } from 'zod';
import { mayEdit } from '../../domain/intake/draft.js';
import { defineCardAction } from '../card-action-route.js';
import { caseListCard } from '../cards/case-list-card.js';
import { caseSummaryCard, draftCard } from '../cards/intake-cards.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import { cardContext } from '../cards/context.js';
import { caseDetailCard } from '../cards/triage-cards.js';

const SHOWN = 15;

/** "mijn zaken": the cases a person started or leads, and opening one of them. */
export function registerMyCases(app: App, deps: Deps): void {
  defineCommand(
    app,
    deps,
    { id: 'mycases', words: { nl: ['mijn zaken', 'mijn aanmeldingen'], en: ['my cases'] }, help: 'help.cmd.mycases', audience: 'everyone' },
    async (turn) => {
      const mine = turn.actorId ? deps.cases.forPerson(turn.actorId) : [];
      const card = caseListCard(mine.slice(0, SHOWN), turn, {
        heading: turn.t('mycases.title'),
        more: mine.length > SHOWN ? turn.t('mycases.more', { count: mine.length - SHOWN }) : '',
      });
      await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
    },
  );

  defineCardAction(app, deps, 'case.open', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    const own = turn.actorId !== undefined && (c.createdBy === turn.actorId || c.leadId === turn.actorId);
    if (!own) {
      if (!(await deps.members.isMember(turn.actorId))) return turn.t('intake.notYours');
      return caseDetailCard(c, deps.cases.history(c), cardContext(deps, turn.locale), await deps.members.list());
    }
    const editable = mayEdit(c, turn.actorId) === 'ok';
    if (c.state === 'intake' && editable) return draftCard(c, cardContext(deps, turn.locale));
    return caseSummaryCard(c, cardContext(deps, turn.locale), { canEdit: editable });
  });
}
