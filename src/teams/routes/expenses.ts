import { z } from 'zod';
import {
  expensesCsv,
  expensesOpen,
  expensesPath,
  panelParticipants,
  parsePeriod,
  readExpenseForm,
  saveExpenses,
} from '../../app/expenses.js';
import { LINK_VALID_MS } from '../../app/links.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { formatAmount } from '../../domain/schedule/expenses.js';
import { formatDate } from '../../domain/time.js';
import { expensesCard } from '../cards/panel-cards.js';
import { noticeCard } from '../cards/notice-card.js';
import { cardAttachment } from '../cards/render.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import type { Turn } from '../routing/turn.js';

const ONLY_UTHIEK = { audience: 'uthiek', refused: 'schedule.notHandler' } as const;

/** Why expenses cannot be entered for the case now, as a sentence; undefined when they can. */
function closedReason(deps: Deps, turn: Turn, c: CaseRecord): string | undefined {
  const open = expensesOpen(c, deps.clock.now());
  if (open === 'not-held') return turn.t('expenses.notHeld', { id: c.id });
  if (open === 'no-panel') return turn.t('expenses.noPanel', { id: c.id });
  return undefined;
}

/** The amounts on record for the case's assessment, as the reader writes them. */
function recorded(c: CaseRecord, turn: Turn): Record<string, string> {
  const values: Record<string, string> = {};
  for (const e of c.expenses ?? []) {
    if (e.assessmentStart !== c.schedule?.slot.start) continue;
    values[`travel_${e.panelId}`] = formatAmount(e.travelCents, turn.locale);
    values[`fee_${e.panelId}`] = formatAmount(e.feeCents, turn.locale);
  }
  return values;
}

/**
 * "onkosten UTH-…": Team Uthiek enters the travel costs and fee of each panel member of a held
 * assessment; "onkosten export 2026-03": a signed link to the CSV for the finance department.
 */
export const expenses = command({
  id: 'expenses',
  words: { nl: ['onkosten'], en: ['expenses'] },
  help: 'help.cmd.expenses',
  ...ONLY_UTHIEK,
  async handle(turn, args, deps) {
    const words = args.trim();
    const exportArgs = /^export\s+(.+)$/i.exec(words);
    if (exportArgs) {
      const period = parsePeriod(exportArgs[1]!.trim());
      if (!period) return void (await turn.context.sendActivity(turn.t('expenses.usage')));
      const { count } = expensesCsv(deps, period, turn.locale);
      const url = `${deps.links.url(expensesPath(period.from, period.to), LINK_VALID_MS)}&lang=${turn.locale}`;
      const [from, to] = [formatDate(period.from, turn.locale), formatDate(period.to, turn.locale)];
      return void (await turn.context.sendActivity(turn.t('expenses.export', { from, to, count, url })));
    }
    const c = /^UTH-\d{4}-\d{3,}$/i.test(words) ? deps.cases.get(words.toUpperCase()) : undefined;
    if (!c) return void (await turn.context.sendActivity(turn.t('expenses.usage')));
    const closed = closedReason(deps, turn, c);
    if (closed) return void (await turn.context.sendActivity(closed));
    const card = expensesCard({ ...turn, timeZone: deps.config.timeZone }, c, panelParticipants(c), recorded(c, turn));
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  },
});

export const save = cardAction({
  ...ONLY_UTHIEK,
  schema: z.object({ caseId: z.string().min(1).max(40), start: z.string().max(40).default('') }).passthrough(),
  async handle(turn, data, deps) {
    const c = deps.cases.get(data.caseId);
    if (!c) return turn.t('intake.notFound');
    const closed = closedReason(deps, turn, c);
    if (closed) return noticeCard(closed);
    // the assessment moved since the card was made: its expenses belong to another moment
    if (c.schedule?.slot.start !== data.start) return turn.t('common.staleNoCard');
    const form = readExpenseForm(c, data, turn.locale);
    const members = panelParticipants(c);
    if (!form.ok) {
      const typed = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? v : '']));
      return expensesCard({ ...turn, timeZone: deps.config.timeZone }, c, members, typed, form.errors);
    }
    const result = await saveExpenses(deps, c, form.entries, turn.actor.id);
    if (result.status !== 'ok') return turn.t('common.staleNoCard');
    const total = form.entries.reduce((sum, e) => sum + e.travelCents + e.feeCents, 0);
    return noticeCard(turn.t('expenses.saved', { id: c.id, total: formatAmount(total, turn.locale) }));
  },
});
