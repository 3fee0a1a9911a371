import { leadName } from '../../app/people.js';
import { ADVICE_STATUSES, DECISIONS, type CaseRecord } from '../../domain/case/case.js';
import { formatDate, localDate } from '../../domain/time.js';
import { reminderNumber } from '../../domain/followup/nudge.js';
import { plural, type Translate } from '../../i18n/index.js';
import { formCard, type FormAction, type FormField } from './form-card.js';
import type { IntakeCardContext } from './intake-cards.js';
import { withoutMarkup, type CardJson } from './render.js';
import { adviceStatusLabel, decisionLabel, personName } from '../../i18n/labels.js';
import { text } from '../input.js';

/** Free texts on these cards (advice, reasons) are at most this long. */
export const TEXT_MAX = 1000;

const ownerOf = (c: CaseRecord, item: { ownerId?: string; ownerName?: string }, t: Translate) =>
  item.ownerName ?? (item.ownerId === c.leadId ? leadName(c, t) : t('who.member'));

/** The outcome form: report link, date, panel present, and `count` advice items. */
export function outcomeCard(
  c: CaseRecord,
  ctx: IntakeCardContext & { timeZone: string },
  input: { count: number; typed?: Record<string, unknown>; errors?: string[]; notice?: string },
): CardJson {
  const { t } = ctx;
  const { count, typed = {}, errors = [] } = input;
  const v = (id: string, fallback = '') => (id in typed ? text(typed[id]) : fallback);
  const valueChoices = ctx.valueModel.values.map((x) => ({ title: x.name[ctx.locale], value: x.id }));
  const panel = (c.schedule?.participants ?? [])
    .filter((p) => p.panelId)
    .map((p) => ({ title: personName(t, p.name), value: p.panelId! }));
  const fields: FormField[] = [
    { id: 'reportUrl', kind: 'text', label: t('outcome.reportUrl'), value: v('reportUrl'), maxLength: 500 },
    {
      id: 'heldOn',
      kind: 'date',
      label: t('outcome.heldOn'),
      value: v('heldOn', c.schedule ? localDate(new Date(c.schedule.slot.start), ctx.timeZone) : ''),
    },
    ...(panel.length
      ? [
          {
            id: 'panelPresent',
            kind: 'multi' as const,
            label: t('outcome.panelPresent'),
            value: v('panelPresent', panel.map((p) => p.value).join(',')),
            choices: panel,
          },
          {
            id: 'panelWritten',
            kind: 'multi' as const,
            label: t('outcome.panelWritten'),
            value: v('panelWritten'),
            choices: panel,
          },
        ]
      : []),
    ...((c.triage?.impact ?? c.triage?.suggestedImpact) === 'high'
      ? [
          {
            id: 'noPanelReason',
            kind: 'multiline' as const,
            label: t('outcome.noPanelReason'),
            value: v('noPanelReason'),
            maxLength: TEXT_MAX,
          },
        ]
      : []),
  ];
  for (let i = 0; i < count; i++) {
    fields.push(
      { kind: 'heading', label: t('outcome.item', { n: i + 1 }) },
      {
        id: `item_${i}_text`,
        kind: 'multiline',
        label: t('outcome.itemText'),
        value: v(`item_${i}_text`),
        maxLength: TEXT_MAX,
      },
      {
        id: `item_${i}_values`,
        kind: 'multi',
        label: t('outcome.itemValues'),
        value: v(`item_${i}_values`),
        choices: valueChoices,
      },
      {
        id: `item_${i}_owner`,
        kind: 'text',
        label: t('outcome.itemOwner'),
        value: v(`item_${i}_owner`),
        maxLength: 120,
      },
      { id: `item_${i}_due`, kind: 'date', label: t('outcome.itemDue'), value: v(`item_${i}_due`) },
    );
  }
  return formCard({
    title: t('outcome.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('outcome.intro'),
    notice: input.notice ?? '',
    errorSummary: errors.join(' '),
    fields,
    actions: [
      {
        title: t('outcome.save'),
        verb: 'outcome.save',
        payload: { caseId: c.id, rev: c.rev ?? 0, count },
        style: 'positive',
      },
      { title: t('outcome.more'), verb: 'outcome.more', payload: { caseId: c.id, rev: c.rev ?? 0, count: count + 1 } },
    ],
  });
}

/**
 * The lead's decision form: per advice item and as a whole, with the final report to read. Sent
 * when the outcome is recorded, and again as a reminder while the decision is pending.
 */
export function decisionCard(
  c: CaseRecord,
  ctx: IntakeCardContext,
  options: { typed?: Record<string, unknown>; errors?: string[]; reminder?: boolean } = {},
): CardJson {
  const { t, locale } = ctx;
  const { typed = {}, errors = [] } = options;
  const choices = DECISIONS.map((d) => ({ title: decisionLabel(t, d), value: d }));
  const v = (id: string) => text(typed[id]);
  const valueName = (id: string) => ctx.valueModel.values.find((x) => x.id === id)?.name[locale] ?? id;
  const fields: FormField[] = c.advice.flatMap((item, i): FormField[] => [
    {
      kind: 'heading',
      label: t('decision.item', {
        n: i + 1,
        due: formatDate(item.dueDate, locale),
        owner: withoutMarkup(ownerOf(c, item, t)),
      }),
    },
    { kind: 'info', userText: `${item.text} (${item.values.map(valueName).join(', ')})` },
    {
      id: `item_${item.id}_decision`,
      kind: 'radio',
      label: t('decision.itemChoice', { n: i + 1 }),
      value: v(`item_${item.id}_decision`),
      choices,
    },
    {
      id: `item_${item.id}_reason`,
      kind: 'multiline',
      label: t('decision.itemReason', { n: i + 1 }),
      value: v(`item_${item.id}_reason`),
      maxLength: TEXT_MAX,
    },
  ]);
  fields.push(
    { kind: 'heading', label: t('decision.overall') },
    { id: 'overall', kind: 'radio', label: t('decision.overall'), value: v('overall'), choices },
    {
      id: 'overallReason',
      kind: 'multiline',
      label: t('decision.overallReason'),
      value: v('overallReason'),
      maxLength: TEXT_MAX,
    },
  );
  const reminder = options.reminder && c.decisionChase;
  return formCard({
    title: t(reminder ? 'decision.reminderTitle' : 'decision.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: reminder
      ? `${t('decision.reminder', { count: reminderNumber(c.decisionChase!) })} ${t('decision.intro')}`
      : t('decision.intro'),
    errorSummary: errors.join(' '),
    fields,
    actions: [{ title: t('decision.save'), verb: 'decision.save', payload: { caseId: c.id }, style: 'positive' }],
    ...(c.assessment?.reportUrl ? { link: { title: t('decision.report'), url: c.assessment.reportUrl } } : {}),
  });
}

/** The nudge: the due advice items, each updatable right on the card; snooze; delegate to the owner. */
export function nudgeCard(
  c: CaseRecord,
  ctx: Pick<IntakeCardContext, 't' | 'locale'>,
  input: {
    itemIds: string[];
    recipientId: string;
    /** Snoozes in a row that count as an answer (FOLLOWUP_MAX_SNOOZES). */
    maxSnoozes: number;
    errors?: string[];
    typed?: Record<string, unknown>;
  },
): CardJson {
  const { t, locale } = ctx;
  const { itemIds, recipientId, errors = [], typed = {} } = input;
  const statuses = ADVICE_STATUSES.map((s) => ({ title: adviceStatusLabel(t, s), value: s }));
  const items = c.advice.map((item, i) => ({ item, n: i + 1 })).filter(({ item }) => itemIds.includes(item.id));
  const fields: FormField[] = items.flatMap(({ item, n }): FormField[] => [
    {
      kind: 'heading',
      label: t('nudge.item', { n, due: formatDate(item.dueDate, locale), status: adviceStatusLabel(t, item.status) }),
    },
    { kind: 'info', userText: item.text },
    ...((item.snoozesInRow ?? 0) >= input.maxSnoozes
      ? [
          {
            kind: 'heading' as const,
            label: plural(t, 'nudge.snoozeLimit', item.snoozesInRow ?? 0, { n, count: item.snoozesInRow ?? 0 }),
          },
        ]
      : []),
    {
      id: `item_${item.id}_status`,
      kind: 'choice',
      label: t('nudge.status', { n }),
      // not the current status: Teams sends a preset choice, and pressing "Bijwerken" unchanged is no answer
      value: text(typed[`item_${item.id}_status`]),
      choices: statuses,
    },
    {
      id: `item_${item.id}_reason`,
      kind: 'multiline',
      label: t('nudge.reason'),
      value: text(typed[`item_${item.id}_reason`]) || (item.statusReason ?? ''),
      maxLength: TEXT_MAX,
    },
  ]);
  const ids = items.map(({ item }) => item.id).join(',');
  const delegable =
    recipientId === c.leadId
      ? items.filter(({ item }) => item.ownerId && item.ownerId !== c.leadId && !item.delegated)
      : [];
  return formCard({
    title: t('nudge.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('nudge.intro'),
    errorSummary: errors.join(' '),
    fields,
    actions: [
      { title: t('nudge.save'), verb: 'followup.update', payload: { caseId: c.id, items: ids }, style: 'positive' },
      { title: t('nudge.week'), verb: 'followup.snooze', payload: { caseId: c.id, items: ids, until: 'week' } },
      { title: t('nudge.month'), verb: 'followup.snooze', payload: { caseId: c.id, items: ids, until: 'month' } },
      ...delegable.slice(0, 2).map(({ item, n }): FormAction => ({
        title: t('nudge.delegate', { n }),
        verb: 'followup.delegate',
        payload: { caseId: c.id, itemId: item.id },
      })),
    ],
  });
}
