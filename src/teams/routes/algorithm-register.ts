import { z } from 'zod';
import type { CaseRecord } from '../../domain/case/case.js';
import { hasAlgorithm } from '../../domain/followup/outcome.js';
import { registerStatus } from '../../domain/report/register-check.js';
import { formatDate } from '../../domain/time.js';
import type { MessageKey } from '../../i18n/index.js';
import { defineCardAction } from '../card-action-route.js';
import { formCard } from '../cards/form-card.js';
import { cardAttachment, renderCard, type CardJson } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import type { Turn } from '../turn.js';
import { LINK_VALID_MS } from './report.js';

const STATED = ['none', 'planned', 'done'] as const;

function registerList(deps: Deps, turn: Turn, notice = ''): CardJson {
  const cases = deps.cases.all(hasAlgorithm).filter((c) => c.state !== 'intake' && c.state !== 'duplicate');
  return renderCard('case-list', {
    t: {
      heading: turn.t('register.title'),
      intro: notice || turn.t('register.intro'),
      empty: turn.t('register.empty'),
      more: '',
      hasPrev: false,
      hasNext: false,
      prev: '',
      next: '',
      items: cases.map((c) => ({
        caseId: c.id,
        userText: `${c.intake.projectName ?? c.id} (${c.id})`,
        line: `${turn.t('register.line', {
          assessed: c.assessment ? formatDate(c.assessment.heldAt, turn.locale) : turn.t('register.notAssessed'),
          stated: c.register?.statedAssessmentStatus ? turn.t(`register.status.${c.register.statedAssessmentStatus}` as MessageKey) : '–',
        })} · ${turn.t(`register.flag.${registerStatus(c)}` as MessageKey)}`,
        button: turn.t('register.edit'),
        verb: 'register.edit',
      })),
    },
    raw: { pageVerb: 'register.list', page: 0, filter: '', exportUrl: deps.links.url('/files/register/algoritmeregister.json', LINK_VALID_MS), exportTitle: turn.t('register.export') },
  });
}

function registerForm(turn: Turn, c: CaseRecord, values: { url: string; stated: string }, errors: string[] = []): CardJson {
  return formCard({
    title: turn.t('register.form.title', { id: c.id }),
    subtitle: c.intake.projectName,
    errorSummary: errors.join(' '),
    fields: [
      { id: 'entryUrl', kind: 'text', label: turn.t('register.form.url'), value: values.url, maxLength: 500 },
      { id: 'stated', kind: 'radio', label: turn.t('register.form.status'), value: values.stated, choices: STATED.map((s) => ({ title: turn.t(`register.status.${s}` as MessageKey), value: s })) },
    ],
    actions: [{ title: turn.t('panel.form.save'), verb: 'register.save', payload: { caseId: c.id }, style: 'positive' }],
  });
}

/** Team Uthiek checks what the algorithm register says about each case's assessment. */
export function registerAlgorithmRegister(app: App, deps: Deps): void {
  const member = (turn: Turn) => deps.members.isMember(turn.actorId);

  defineCommand(app, deps, { id: 'algorithmRegister', words: { nl: ['algoritmeregister'], en: ['algorithm register'] }, help: 'help.cmd.algorithmRegister', audience: 'uthiek' }, async (turn) => {
    if (!(await member(turn))) return void (await turn.context.sendActivity(turn.t('report.notMember')));
    await turn.context.sendActivity({ attachments: [cardAttachment(registerList(deps, turn))] });
  });

  defineCardAction(app, deps, 'register.edit', z.object({ caseId: z.string().min(1).max(40) }).passthrough(), async (turn, data) => {
    if (!(await member(turn))) return turn.t('report.notMember');
    const c = deps.cases.get(data.caseId);
    if (!c || !hasAlgorithm(c)) return turn.t('intake.notFound');
    return registerForm(turn, c, { url: c.register?.entryUrl ?? c.intake.algorithmRegisterUrl ?? '', stated: c.register?.statedAssessmentStatus ?? '' });
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
    if (errors.length) return registerForm(turn, c, { url, stated }, errors);
    const result = await deps.cases.update(c.id, undefined, (cur) => ({
      next: { ...cur, register: { ...(url ? { entryUrl: url } : {}), statedAssessmentStatus: stated as (typeof STATED)[number], checkedAt: deps.clock.now().toISOString() } },
      events: [{ type: 'register.recorded', actor: turn.actorId!, data: { statedAssessmentStatus: stated } }],
    }));
    if (result.status !== 'ok') return turn.t('common.staleCard');
    return registerList(deps, turn, turn.t('register.saved', { id: c.id }));
  });
}
