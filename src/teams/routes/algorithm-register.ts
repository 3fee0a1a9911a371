import { z } from 'zod';
import { LINK_VALID_MS } from '../../app/links.js';
import { hasAlgorithm } from '../../domain/followup/outcome.js';
import { registerFormCard, registerListCard, STATED } from '../cards/register-cards.js';
import { cardAttachment } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';

/** Cases that can have a register entry: with an algorithm, submitted, not merged into another. */
const registerCases = (deps: Deps) =>
  deps.cases.all(hasAlgorithm).filter((c) => c.state !== 'intake' && c.state !== 'duplicate');
const exportUrl = (deps: Deps) => deps.links.url('/files/register/algoritmeregister.json', LINK_VALID_MS);

const ONLY_UTHIEK = { audience: 'uthiek', refused: 'report.notMember' } as const;
const caseRef = z.object({ caseId: z.string().min(1).max(40) }).passthrough();

/** Team Uthiek checks what the algorithm register says about each case's assessment. */
export const algorithmRegister = command({
  id: 'algorithmRegister',
  words: { nl: ['algoritmeregister'], en: ['algorithm register'] },
  help: 'help.cmd.algorithmRegister',
  ...ONLY_UTHIEK,
  async handle(turn, _args, deps) {
    await turn.context.sendActivity({
      attachments: [cardAttachment(registerListCard(registerCases(deps), turn, exportUrl(deps)))],
    });
  },
});

export const edit = cardAction({
  ...ONLY_UTHIEK,
  schema: caseRef,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    return registerFormCard(turn, c, {
      url: c.register?.entryUrl ?? c.intake.algorithmRegisterUrl ?? '',
      stated: c.register?.statedAssessmentStatus ?? '',
    });
  },
});

export const save = cardAction({
  ...ONLY_UTHIEK,
  schema: caseRef,
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    const url = typeof data.entryUrl === 'string' ? data.entryUrl.trim() : '';
    const stated = typeof data.stated === 'string' ? data.stated : '';
    const errors = [
      ...(url && !/^https:\/\/[^\s<>"]+$/.test(url) ? [turn.t('register.error.url')] : []),
      ...((STATED as readonly string[]).includes(stated) ? [] : [turn.t('register.error.status')]),
    ];
    if (errors.length) return registerFormCard(turn, c, { url, stated }, errors);
    const register = {
      ...(url ? { entryUrl: url } : {}),
      statedAssessmentStatus: stated as (typeof STATED)[number],
      checkedAt: deps.clock.now().toISOString(),
    };
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: { ...cur, register },
      events: [{ type: 'register.recorded', actor: turn.actor.id, data: { statedAssessmentStatus: stated } }],
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    return registerListCard(registerCases(deps), turn, exportUrl(deps), turn.t('register.saved', { id: c.id }));
  },
});
