import { expertiseLabel } from '../../domain/expertise.js';
import { clearanceIssues, vogExpiresOn } from '../../domain/schedule/clearance.js';
import { assessmentWhen, formatDate } from '../../domain/time.js';
import type { CaseRecord } from '../../domain/case/case.js';
import type { Locale } from '../../domain/locale.js';
import type { PanelMember, StaffAvailability } from '../../domain/schedule/panel.js';
import type { ValueModel } from '../../domain/values.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { formCard, type FormField } from './form-card.js';
import { renderCard, type CardJson } from './render.js';

type Ctx = { t: Translate; locale: Locale };

const WORKDAYS = [1, 2, 3, 4, 5] as const;

/** What the panel list needs beyond the members: the vocabulary, today's date and how long a VOG counts. */
export interface PanelView {
  valueModel: ValueModel;
  today: string;
  vogValidMonths: number;
}

/** One whole sentence per thing missing from a member's NDA and VOG record, or one saying all is in order. */
export function clearanceSentences(m: PanelMember, view: Omit<PanelView, 'valueModel'>, turn: Ctx): string[] {
  const date = (d: string) => formatDate(d, turn.locale);
  const issues = clearanceIssues(m, view.today, view.vogValidMonths);
  if (issues.length === 0)
    return [
      turn.t('panel.clearance.ok', {
        nda: date(m.ndaSignedOn!),
        vog: date(m.vogDate!),
        until: date(vogExpiresOn(m.vogDate!, view.vogValidMonths)),
      }),
    ];
  return issues.map((i) =>
    i.code === 'vog-expired'
      ? turn.t('panel.clearance.vog-expired', { name: m.name, date: date(i.date), until: date(i.expiredOn) })
      : turn.t(`panel.clearance.${i.code}`, { name: m.name }),
  );
}

/** The panel's members, each with a button to edit; and a button to add one. */
export function panelListCard(panel: readonly PanelMember[], view: PanelView, turn: Ctx, notice = ''): CardJson {
  const { valueModel } = view;
  const members = [...panel].sort((a, b) => a.name.localeCompare(b.name));
  const name = (id: string) => expertiseLabel(valueModel.expertise, id, turn.locale);
  const expertise = (m: PanelMember) =>
    [
      m.expertise.map(name).join(', '),
      m.unmatchedExpertise?.length ? turn.t('panel.unmatched', { words: m.unmatchedExpertise.join(', ') }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
  return renderCard('panel-list', {
    t: {
      title: turn.t('panel.title'),
      notice,
      empty: turn.t('panel.empty'),
      edit: turn.t('panel.edit'),
      add: turn.t('panel.add'),
      members: members.map((m) => ({
        id: m.id,
        userText: `${m.name} · ${m.email}`,
        line: turn.t('panel.line', {
          expertise: expertise(m),
          max: m.monthlyMax,
          state: turn.t(m.active ? 'panel.active' : 'panel.inactive'),
        }),
        clearance: clearanceSentences(m, view, turn).join(' '),
        cleared: clearanceIssues(m, view.today, view.vogValidMonths).length === 0,
      })),
    },
  });
}

/** The form for one panel member (`id` empty for a new one), with an error under each wrong field. */
export function panelFormCard(
  turn: Ctx,
  valueModel: ValueModel,
  id: string,
  values: Record<string, string>,
  errors: Record<string, MessageKey> = {},
): CardJson {
  const field = (f: Omit<FormField, 'error'> & { id: string }): FormField => ({
    ...f,
    error: errors[f.id] ? turn.t(errors[f.id]!) : '',
  });
  return formCard({
    title: turn.t('panel.form.title'),
    actions: [{ title: turn.t('panel.form.save'), verb: 'panel.save', payload: { id }, style: 'positive' }],
    errorSummary: Object.keys(errors).length
      ? turn.t('common.errorsNothingSaved', { count: Object.keys(errors).length })
      : '',
    fields: [
      field({ id: 'name', kind: 'text', label: turn.t('panel.form.name'), value: values.name ?? '', maxLength: 120 }),
      field({
        id: 'email',
        kind: 'text',
        label: turn.t('panel.form.email'),
        value: values.email ?? '',
        maxLength: 200,
      }),
      field({
        id: 'teamsAadObjectId',
        kind: 'text',
        label: turn.t('panel.form.teamsId'),
        value: values.teamsAadObjectId ?? '',
        maxLength: 40,
      }),
      field({
        id: 'expertise',
        kind: 'multi',
        label: turn.t('panel.form.expertise'),
        value: values.expertise ?? '',
        choices: [...valueModel.expertise]
          .map((term) => ({ title: term.name[turn.locale], value: term.id }))
          .sort((a, b) => a.title.localeCompare(b.title, turn.locale)),
      }),
      field({
        id: 'monthlyMax',
        kind: 'number',
        label: turn.t('panel.form.monthlyMax'),
        value: values.monthlyMax ?? '2',
      }),
      field({
        id: 'unavailable',
        kind: 'multiline',
        label: turn.t('panel.form.unavailable'),
        value: values.unavailable ?? '',
        maxLength: 2000,
      }),
      field({ id: 'ndaSignedOn', kind: 'date', label: turn.t('panel.form.nda'), value: values.ndaSignedOn ?? '' }),
      field({ id: 'vogDate', kind: 'date', label: turn.t('panel.form.vog'), value: values.vogDate ?? '' }),
      field({ id: 'active', kind: 'toggle', label: turn.t('panel.form.active'), value: values.active ?? 'true' }),
    ],
  });
}

/** A Team Uthiek member's working days and hours, and days they cannot meet. */
export function availabilityCard(
  turn: Ctx,
  a: Omit<StaffAvailability, 'aadObjectId'>,
  errors: Record<string, MessageKey> = {},
): CardJson {
  const err = (id: string) => (errors[id] ? turn.t(errors[id]!) : '');
  return formCard({
    title: turn.t('availability.title'),
    actions: [{ title: turn.t('panel.form.save'), verb: 'availability.save', payload: {}, style: 'positive' }],
    fields: [
      {
        id: 'workingDays',
        kind: 'multi',
        label: turn.t('availability.days'),
        value: a.workingDays.join(','),
        choices: WORKDAYS.map((d) => ({ title: turn.t(`day.${d}`), value: String(d) })),
        error: err('workingDays'),
      },
      {
        id: 'start',
        kind: 'text',
        label: turn.t('availability.start'),
        value: a.start,
        maxLength: 5,
        error: err('times'),
      },
      { id: 'end', kind: 'text', label: turn.t('availability.end'), value: a.end, maxLength: 5 },
      {
        id: 'unavailable',
        kind: 'multiline',
        label: turn.t('availability.unavailable'),
        value: a.unavailable.join(', '),
        maxLength: 2000,
        error: err('unavailable'),
      },
    ],
  });
}

/** The expenses of the panel members of one held assessment, per member travel and fee in euro. */
export function expensesCard(
  turn: Ctx & { timeZone: string },
  c: CaseRecord,
  members: readonly { panelId: string; name: string }[],
  values: Record<string, string>,
  errors: Record<string, MessageKey> = {},
): CardJson {
  const field = (id: string, label: string): FormField => ({
    id,
    kind: 'text',
    label,
    value: values[id] ?? '',
    maxLength: 20,
    error: errors[id] ? turn.t(errors[id]!) : '',
  });
  return formCard({
    title: turn.t('expenses.title', { id: c.id }),
    subtitle: c.intake.projectName ?? '',
    // an assessment held outside the bot has a date only: its slot's 09:00 is no time anyone gave
    intro: turn.t('expenses.intro', {
      when: assessmentWhen(c.schedule!, turn.timeZone, turn.locale),
    }),
    errorSummary: Object.keys(errors).length
      ? turn.t('common.errorsNothingSaved', { count: Object.keys(errors).length })
      : '',
    fields: members.flatMap((m) => [
      field(`travel_${m.panelId}`, turn.t('expenses.travel', { name: m.name })),
      field(`fee_${m.panelId}`, turn.t('expenses.fee', { name: m.name })),
    ]),
    actions: [
      {
        title: turn.t('expenses.save'),
        verb: 'expenses.save',
        payload: { caseId: c.id, start: c.schedule!.slot.start },
        style: 'positive',
      },
    ],
  });
}
