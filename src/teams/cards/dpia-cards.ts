import type { CaseRecord } from '../../domain/case/case.js';
import { currentDpia, DPIA_STATUSES, type DpiaRecord } from '../../domain/dpia/dpia.js';
import { formatDate, formatLocal } from '../../domain/time.js';
import type { Locale } from '../../domain/locale.js';
import type { Translate } from '../../i18n/index.js';
import { formCard, type FormAction, type FormField } from './form-card.js';
import type { CardJson } from './render.js';

type Ctx = { t: Translate; locale: Locale; timeZone: string };

/** Where the DPIA stands, as whole sentences: its status (with the date when there is one) and who confirmed it. */
export function dpiaSentences(dpia: DpiaRecord | undefined, ctx: Ctx): string[] {
  const { t } = ctx;
  if (!dpia) return [t('dpia.current.none')];
  const date = dpia.date ? formatDate(dpia.date, ctx.locale) : undefined;
  const status = date ? t(`dpia.current.${dpia.status}.dated`, { date }) : t(`dpia.current.${dpia.status}`);
  const confirmed = dpia.confirmedAt
    ? t('dpia.confirmedOn', { date: formatLocal(dpia.confirmedAt, ctx.timeZone, ctx.locale, false) })
    : '';
  return [status, confirmed].filter(Boolean);
}

export interface DpiaCardOptions {
  /** The form as it was sent, when it is shown again with errors. */
  typed?: Record<string, string>;
  errors?: Partial<Record<'status' | 'reason' | 'date' | 'link', string>>;
  notice?: string;
  /** Whether the viewer may change the record, and confirm it (privacy officers). */
  canEdit: boolean;
  canConfirm: boolean;
  /** Shown to a privacy officer who is asked because the lead does not know. */
  intro?: string;
}

/** A case's DPIA record: what is recorded, and (for who may) the form to change or confirm it. */
export function dpiaCard(c: CaseRecord, ctx: Ctx, options: DpiaCardOptions): CardJson {
  const { t } = ctx;
  const dpia = currentDpia(c);
  const value = (k: 'status' | 'reason' | 'date' | 'link') => options.typed?.[k] ?? dpia?.[k] ?? '';
  const err = (k: keyof NonNullable<DpiaCardOptions['errors']>) => options.errors?.[k] ?? '';
  const facts: FormField[] = [
    ...dpiaSentences(dpia, ctx).map((s) => ({ kind: 'heading' as const, label: s })),
    ...(dpia?.reason ? [{ kind: 'info' as const, userText: dpia.reason }] : []),
    ...(dpia?.link ? [{ kind: 'info' as const, userText: dpia.link }] : []),
  ];
  const form: FormField[] = options.canEdit
    ? [
        {
          id: 'status',
          kind: 'radio',
          label: t('dpia.field.status'),
          value: value('status'),
          choices: DPIA_STATUSES.map((s) => ({ title: t(`intake.choice.dpia.${s}`), value: s })),
          error: err('status'),
        },
        {
          id: 'date',
          kind: 'date',
          label: t('dpia.field.date'),
          value: value('date'),
          error: err('date'),
        },
        {
          id: 'reason',
          kind: 'multiline',
          label: t('dpia.field.reason'),
          value: value('reason'),
          maxLength: 1000,
          error: err('reason'),
        },
        {
          id: 'link',
          kind: 'text',
          label: t('dpia.field.link'),
          value: value('link'),
          maxLength: 500,
          error: err('link'),
        },
      ]
    : [];
  const ref = { caseId: c.id, rev: c.rev ?? 0 };
  const actions: FormAction[] = [
    ...(options.canEdit
      ? [{ title: t('dpia.save'), verb: 'dpia.save' as const, payload: ref, style: 'positive' as const }]
      : []),
    ...(options.canConfirm && dpia && !dpia.confirmedAt
      ? [{ title: t('dpia.confirm'), verb: 'dpia.confirm' as const, payload: ref }]
      : []),
  ];
  const errors = Object.values(options.errors ?? {}).filter(Boolean).length;
  return formCard({
    title: t('dpia.title', { id: c.id }),
    subtitle: c.intake.projectName ?? c.id,
    intro: options.intro ?? t('dpia.intro'),
    notice: options.notice ?? '',
    errorSummary: errors ? t('common.errorsNothingSaved', { count: errors }) : '',
    fields: [...facts, ...form],
    actions,
  });
}
