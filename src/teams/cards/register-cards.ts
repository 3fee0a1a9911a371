import type { CaseRecord } from '../../domain/case/case.js';
import type { CaseComparison, RegisterComparison } from '../../domain/register/compare.js';
import type { LoadedEntry } from '../../domain/register/parse.js';
import { registerStatus } from '../../domain/report/register-check.js';
import { formatDate, formatLocal } from '../../domain/time.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/index.js';
import type { RegisterFileRecord } from '../../store/collections.js';
import { formCard, type FormField } from './form-card.js';
import { renderCard, type CardJson } from './render.js';
import type { Verb } from './verbs.js';

/** What an algorithm-register entry can say about the ethical assessment. */
export const STATED = ['none', 'planned', 'done'] as const;

type Ctx = { t: Translate; locale: Locale; timeZone: string };

/** What the list shows: the cases, and the loaded register compared with them (if one was loaded). */
export interface RegisterView {
  cases: readonly CaseRecord[];
  loaded?: Pick<RegisterFileRecord, 'source' | 'loadedAt' | 'entries'>;
  comparison?: RegisterComparison;
  exports: { title: string; url: string }[];
}

/** What the register says, as typed by a member (the fallback when the case is not in a loaded file). */
function typedLine(c: CaseRecord, turn: Ctx): string {
  return `${turn.t('register.line', {
    assessed: c.assessment ? formatDate(c.assessment.heldAt, turn.locale) : turn.t('register.notAssessed'),
    stated: c.register?.statedAssessmentStatus ? turn.t(`register.status.${c.register.statedAssessmentStatus}`) : '–',
  })} · ${turn.t(`register.flag.${registerStatus(c)}`)}`;
}

function item(c: CaseRecord, cmp: CaseComparison | undefined, turn: Ctx) {
  const matched = cmp?.entry && cmp.matchedBy;
  const warnings = (cmp?.contradictions ?? []).map((k) => turn.t(`register.contradiction.${k}`));
  return {
    caseId: c.id,
    userText: `${c.intake.projectName ?? c.id} (${c.id})`,
    // the entry's name comes from the register's file: shown as plain text, never as markdown
    detail: matched ? turn.t(`register.match.${cmp.matchedBy!}`, { name: cmp.entry!.name }) : '',
    line: matched ? '' : [typedLine(c, turn), ...(cmp ? [turn.t('register.match.none')] : [])].join(' · '),
    warning: warnings.join(' '),
    button: turn.t('register.edit'),
    verb: 'register.edit' satisfies Verb,
  };
}

/** The cases with an algorithm, what the register says of each and what contradicts, and the exports. */
export function registerListCard(view: RegisterView, turn: Ctx, notice = ''): CardJson {
  const byCase = new Map((view.comparison?.cases ?? []).map((c) => [c.caseId, c]));
  const source = view.loaded
    ? turn.t('register.loadedFrom', {
        source: view.loaded.source,
        date: formatLocal(view.loaded.loadedAt, turn.timeZone, turn.locale),
        entries: view.loaded.entries.length,
      })
    : turn.t('register.notLoaded');
  const orphans = (view.comparison?.assessedWithoutCase ?? []).map((e) =>
    turn.t('register.orphan', { name: e.name, position: e.position }),
  );
  return renderCard('case-list', {
    t: {
      heading: turn.t('register.title'),
      intro: `${notice || turn.t('register.intro')} ${source}`,
      empty: turn.t('register.empty'),
      more: '',
      notes: orphans,
      hasPrev: false,
      hasNext: false,
      prev: '',
      next: '',
      items: view.cases.map((c) => item(c, byCase.get(c.id), turn)),
    },
    raw: { page: 0, filter: '', exports: view.exports },
  });
}

export interface RegisterFormValues {
  url: string;
  stated: string;
  /** 'auto' (or '') = let the bot match; 'none' = not in the register; else an entry's key. */
  entry: string;
}

/** Which entry of the loaded register belongs to the case, and (as a fallback) what the register says. */
export function registerFormCard(
  turn: Ctx,
  c: CaseRecord,
  values: RegisterFormValues,
  entries: readonly LoadedEntry[] | undefined,
  errors: string[] = [],
): CardJson {
  const choose: FormField[] = entries
    ? [
        {
          id: 'entry',
          kind: 'choice',
          label: turn.t('register.form.entry'),
          value: values.entry || 'auto',
          choices: [
            { title: turn.t('register.form.entryAuto'), value: 'auto' },
            { title: turn.t('register.form.entryNone'), value: 'none' },
            ...entries.map((e) => ({ title: `${e.name} (${e.position})`, value: e.key })),
          ],
        },
        { kind: 'heading', label: turn.t('register.form.fallback') },
      ]
    : [];
  return formCard({
    title: turn.t('register.form.title', { id: c.id }),
    subtitle: c.intake.projectName,
    errorSummary: errors.join(' '),
    fields: [
      ...choose,
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
