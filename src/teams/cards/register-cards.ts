import type { CaseRecord } from '../../domain/case/case.js';
import { registerStatus } from '../../domain/report/register-check.js';
import { formatDate } from '../../domain/time.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/index.js';
import { formCard } from './form-card.js';
import { renderCard, type CardJson } from './render.js';
import type { Verb } from './verbs.js';

/** What an algorithm-register entry can say about the ethical assessment. */
export const STATED = ['none', 'planned', 'done'] as const;

type Ctx = { t: Translate; locale: Locale };

/** The cases with an algorithm, what the register says of each, and the export link. */
export function registerListCard(cases: readonly CaseRecord[], turn: Ctx, exportUrl: string, notice = ''): CardJson {
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
          stated: c.register?.statedAssessmentStatus
            ? turn.t(`register.status.${c.register.statedAssessmentStatus}`)
            : '–',
        })} · ${turn.t(`register.flag.${registerStatus(c)}`)}`,
        button: turn.t('register.edit'),
        verb: 'register.edit' satisfies Verb,
      })),
    },
    raw: { page: 0, filter: '', exportUrl, exportTitle: turn.t('register.export') },
  });
}

/** What the register says about one case's assessment. */
export function registerFormCard(
  turn: Ctx,
  c: CaseRecord,
  values: { url: string; stated: string },
  errors: string[] = [],
): CardJson {
  return formCard({
    title: turn.t('register.form.title', { id: c.id }),
    subtitle: c.intake.projectName,
    errorSummary: errors.join(' '),
    fields: [
      { id: 'entryUrl', kind: 'text', label: turn.t('register.form.url'), value: values.url, maxLength: 500 },
      {
        id: 'stated',
        kind: 'radio',
        label: turn.t('register.form.status'),
        value: values.stated,
        choices: STATED.map((s) => ({ title: turn.t(`register.status.${s}`), value: s })),
      },
    ],
    actions: [
      { title: turn.t('panel.form.save'), verb: 'register.save', payload: { caseId: c.id }, style: 'positive' },
    ],
  });
}
