import { z } from 'zod';
import { LINK_VALID_MS } from '../../app/links.js';
import { hasAlgorithm } from '../../domain/followup/outcome.js';
import { defineCardAction } from '../card-action-route.js';
import { registerFormCard, registerListCard, STATED } from '../cards/register-cards.js';
import { cardAttachment } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import type { Turn } from '../turn.js';

/** Cases that can have a register entry: with an algorithm, submitted, not merged into another. */
const registerCases = (deps: Deps) => deps.cases.all(hasAlgorithm).filter((c) => c.state !== 'intake' && c.state !== 'duplicate');
const exportUrl = (deps: Deps) => deps.links.url('/files/register/algoritmeregister.json', LINK_VALID_MS);

/** Team Uthiek checks what the algorithm register says about each case's assessment. */
export function registerAlgorithmRegister(app: App, deps: Deps): void {
  const member = (turn: Turn) => deps.members.isMember(turn.actorId);

  defineCommand(app, deps, { id: 'algorithmRegister', words: { nl: ['algoritmeregister'], en: ['algorithm register'] }, help: 'help.cmd.register', audience: 'uthiek' }, async (turn) => {
    if (!(await member(turn))) return void (await turn.context.sendActivity(turn.t('report.notMember')));
    await turn.context.sendActivity({ attachments: [cardAttachment(registerListCard(registerCases(deps), turn, exportUrl(deps)))] });
  });

  defineCardAction(app, deps, 'register.edit', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('report.notMember');
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    return registerFormCard(turn, c, { url: c.register?.entryUrl ?? c.intake.algorithmRegisterUrl ?? '', stated: c.register?.statedAssessmentStatus ?? '' });
  });

  defineCardAction(app, deps, 'register.save', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('report.notMember');
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    const url = typeof data.entryUrl === 'string' ? data.entryUrl.trim() : '';
    const stated = typeof data.stated === 'string' ? data.stated : '';
    const errors = [
      ...(url && !/^https:\/\/[^\s<>"]+$/.test(url) ? [turn.t('register.error.url')] : []),
      ...((STATED as readonly string[]).includes(stated) ? [] : [turn.t('register.error.status')]),
    ];
    if (errors.length) return registerFormCard(turn, c, { url, stated }, errors);
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: { ...cur, register: { ...(url ? { entryUrl: url } : {}), statedAssessmentStatus: stated as (typeof STATED)[number], checkedAt: deps.clock.now().toISOString() } },
      events: [{ type: 'register.recorded', actor: turn.actorId!, data: { statedAssessmentStatus: stated } }],
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    return registerListCard(registerCases(deps), turn, exportUrl(deps), turn.t('register.saved', { id: c.id }));
  });
}
