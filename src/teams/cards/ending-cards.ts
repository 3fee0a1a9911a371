import type { CaseRecord } from '../../domain/case/case.js';
import type { PanelMember } from '../../domain/schedule/panel.js';
import { text } from '../input.js';
import type { CardContext } from './context.js';
import { formCard } from './form-card.js';
import type { CardJson } from './render.js';

/** The lead confirms withdrawing the case, with an optional reason. */
export function withdrawCard(c: CaseRecord, ctx: CardContext): CardJson {
  const { t } = ctx;
  return formCard({
    title: t('withdraw.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('withdraw.intro'),
    fields: [{ id: 'reason', kind: 'multiline', label: t('withdraw.reason'), maxLength: 1000 }],
    actions: [
      {
        title: t('withdraw.confirm'),
        verb: 'case.withdraw',
        payload: { caseId: c.id, confirm: 'yes' },
        style: 'destructive',
      },
    ],
  });
}

/** Team Uthiek records an assessment held without the bot: the date, the panel present, others who took part. */
export function heldOutsideCard(
  c: CaseRecord,
  ctx: CardContext,
  input: { panel: readonly PanelMember[]; typed?: Record<string, unknown>; errors?: string[] },
): CardJson {
  const { t } = ctx;
  const typed = input.typed ?? {};
  const panel = input.panel.filter((m) => m.active).map((m) => ({ title: m.name, value: m.id }));
  return formCard({
    title: t('held.title', { id: c.id }),
    subtitle: c.intake.projectName,
    intro: t('held.intro'),
    errorSummary: (input.errors ?? []).join(' '),
    fields: [
      { id: 'heldOn', kind: 'date', label: t('held.date'), value: text(typed.heldOn) },
      ...(panel.length
        ? [
            {
              id: 'panelPresent',
              kind: 'multi' as const,
              label: t('outcome.panelPresent'),
              value: text(typed.panelPresent),
              choices: panel,
            },
          ]
        : []),
      { id: 'others', kind: 'multiline', label: t('held.others'), value: text(typed.others), maxLength: 1000 },
    ],
    actions: [
      {
        title: t('held.save'),
        verb: 'outcome.heldSave',
        payload: { caseId: c.id, rev: c.rev ?? 0 },
        style: 'positive',
      },
    ],
  });
}
