import { z } from 'zod';
import type { CaseRecord } from '../../domain/case/case.js';
import type { CaseState } from '../../domain/case/lifecycle.js';
import type { ImpactLevel } from '../../domain/impact/rules.js';
import { caseListCard } from '../cards/case-list-card.js';
import { cardAttachment, withoutMarkup, type CardJson } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';
import { impactLabel, stateLabel } from '../../i18n/labels.js';
import { plural } from '../../i18n/index.js';

const PAGE_SIZE = 6;

export interface CaseFilter {
  states: CaseState[];
  impact?: ImpactLevel;
  mine: boolean;
  /** Words that are no state, impact or "mijn": perhaps a handler's name. */
  rest: string[];
  handlerId?: string;
}

/** Words a member may type after "zaken" / "cases", in either language. */
const STATE_WORDS = new Map<string, CaseState>(
  Object.entries({
    ingediend: 'submitted',
    submitted: 'submitted',
    nieuw: 'submitted',
    new: 'submitted',
    vraag: 'needs-info',
    informatie: 'needs-info',
    info: 'needs-info',
    question: 'needs-info',
    'needs-info': 'needs-info',
    geaccepteerd: 'accepted',
    accepted: 'accepted',
    gepland: 'scheduled',
    scheduled: 'scheduled',
    planned: 'scheduled',
    getoetst: 'assessed',
    assessed: 'assessed',
    opvolging: 'follow-up',
    'follow-up': 'follow-up',
    followup: 'follow-up',
  } satisfies Record<string, CaseState>),
);
const IMPACT_WORDS = new Map<string, ImpactLevel>(
  Object.entries({
    laag: 'low',
    low: 'low',
    midden: 'medium',
    medium: 'medium',
    hoog: 'high',
    high: 'high',
  } satisfies Record<string, ImpactLevel>),
);

/** Reads the filter words: a state, an impact level, "mijn"/"mine" (cases I handle); other words go to `rest`. */
export function parseFilter(args: string): CaseFilter {
  const filter: CaseFilter = { states: [], mine: false, rest: [] };
  for (const word of args
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    if (['mijn', 'mine', 'my'].includes(word)) filter.mine = true;
    else if (IMPACT_WORDS.has(word)) filter.impact = IMPACT_WORDS.get(word);
    else if (STATE_WORDS.has(word)) {
      const state = STATE_WORDS.get(word)!;
      if (!filter.states.includes(state)) filter.states.push(state);
    } else filter.rest.push(word);
  }
  return filter;
}

/** The cases of the queue (Cases.queue: in its order) that the filter lets through, in the same order. */
export function filterCases(
  queue: readonly CaseRecord[],
  filter: CaseFilter,
  actorId: string | undefined,
): readonly CaseRecord[] {
  const filtered = filter.states.length > 0 || filter.impact || filter.mine || filter.handlerId;
  if (!filtered) return queue;
  return queue.filter(
    (c) =>
      (filter.states.length === 0 || filter.states.includes(c.state)) &&
      (!filter.impact || (c.triage?.impact ?? c.triage?.suggestedImpact) === filter.impact) &&
      (!filter.mine || c.triage?.handlerId === actorId) &&
      (!filter.handlerId || c.triage?.handlerId === filter.handlerId),
  );
}

function describe(filter: CaseFilter, turn: Turn, handlerName?: string): string {
  return [
    ...(handlerName ? [turn.t('cases.filter.handler', { name: withoutMarkup(handlerName) })] : []),
    ...filter.states.map((s) => stateLabel(turn.t, s)),
    ...(filter.impact ? [impactLabel(turn.t, filter.impact)] : []),
    ...(filter.mine ? [turn.t('cases.filter.mine')] : []),
  ].join(', ');
}

/**
 * The page of cases the filter lets through; or, when a word is no filter (nor a case handler's
 * name), a sentence that says so and names the filters, rather than a list that looks filtered.
 */
async function casesPage(deps: Deps, turn: Turn, filterText: string, page: number): Promise<CardJson | string> {
  const filter = parseFilter(filterText);
  // another word may be a case handler's (first) name
  const members = filter.rest.length ? await deps.members.list() : [];
  const nameWords = (name: string | undefined) => (name ?? '').toLowerCase().split(/\s+/);
  const handler = members.find((m) => m.name && filter.rest.some((w) => nameWords(m.name).includes(w)));
  if (handler) filter.handlerId = handler.aadObjectId;
  const unknown = filter.rest.filter((w) => !nameWords(handler?.name).includes(w));
  if (unknown.length) return turn.t('cases.unknownFilter', { words: withoutMarkup(unknown.join(' ')) });
  const all = filterCases(deps.cases.queue(), filter, turn.actor.id);
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const label = describe(filter, turn, handler?.name);
  return caseListCard(all.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), turn, {
    heading: label ? turn.t('cases.filtered', { filter: label }) : turn.t('cases.title'),
    empty: turn.t('cases.empty'),
    undelivered: deps.deliveries.undeliveredByCase(),
    more: all.length
      ? plural(turn.t, 'cases.page', all.length, { n: current + 1, total: pages, count: all.length })
      : '',
    paging: {
      page: current,
      hasNext: current < pages - 1,
      filter: filterText,
      prev: turn.t('cases.prev'),
      next: turn.t('cases.next'),
    },
  });
}

/** "zaken": Team Uthiek's overview of open cases, filtered and paged; each opens with its history. */
export const cases = command({
  id: 'cases',
  words: { nl: ['zaken'], en: ['cases'] },
  help: 'help.cmd.cases',
  audience: 'uthiek',
  refused: 'cases.notMember',
  async handle(turn, args, deps) {
    const answer = await casesPage(deps, turn, args, 0);
    await turn.context.sendActivity(typeof answer === 'string' ? answer : { attachments: [cardAttachment(answer)] });
  },
});

export const page = cardAction({
  shows: true,
  audience: 'uthiek',
  refused: 'cases.notMember',
  schema: z
    .object({ page: z.coerce.number().int().min(0).max(10_000), filter: z.string().max(200).default('') })
    .passthrough(),
  handle: (turn, data, deps) => casesPage(deps, turn, data.filter, data.page),
});
