import type { CaseRecord } from '../../domain/case/case.js';
import { plural, type Translate } from '../../i18n/index.js';
import { renderCard, type CardJson } from './render.js';
import type { Verb } from './verbs.js';
import { stateLabel } from '../../i18n/labels.js';

export interface CaseListOptions {
  heading: string;
  intro?: string;
  empty?: string;
  /** For paged lists (verb cases.page): this page, whether there is a next one, and the filter to keep. */
  paging?: { page: number; hasNext: boolean; filter: string; prev: string; next: string };
  more?: string;
  /** Per case id: how many of its messages did not arrive (Team Uthiek's list only). */
  undelivered?: ReadonlyMap<string, number>;
}

/** A list of cases, each with a button that opens it (verb case.open). */
export function caseListCard(cases: readonly CaseRecord[], turn: { t: Translate }, options: CaseListOptions): CardJson {
  const { t } = turn;
  return renderCard('case-list', {
    t: {
      heading: options.heading,
      intro: options.intro ?? '',
      empty: options.empty ?? t('mycases.empty'),
      more: options.more ?? '',
      notes: [],
      items: cases.map((c) => ({
        caseId: c.id,
        userText: c.intake.projectName || c.id,
        detail: '',
        line: t('mycases.line', { id: c.id, state: stateLabel(t, c.state) }),
        warning: options.undelivered?.get(c.id)
          ? plural(t, 'delivery.count', options.undelivered.get(c.id)!, { count: options.undelivered.get(c.id)! })
          : '',
        button: c.state === 'intake' ? t('mycases.continue') : t('mycases.open'),
        verb: 'case.open' satisfies Verb,
      })),
      hasPrev: (options.paging?.page ?? 0) > 0,
      hasNext: options.paging?.hasNext ?? false,
      prev: options.paging?.prev ?? '',
      next: options.paging?.next ?? '',
    },
    raw: { page: options.paging?.page ?? 0, filter: options.paging?.filter ?? '', exports: [] },
  });
}
