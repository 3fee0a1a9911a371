import { z } from 'zod';
import { caseListCard } from '../cards/case-list-card.js';
import { cardContext } from '../cards/context.js';
import { cardAttachment, withoutMarkup } from '../cards/render.js';
import { reportCard } from '../cards/report-card.js';
import { accountCard, NOT_RECORDED_KEY } from '../cards/account-card.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import { LINK_VALID_MS } from '../../app/links.js';
import { parseReportArgs, reportFor, reportQuery, visibleRows, type ReportRequest } from '../../app/report.js';
import { accountFor, groupName, parseAccountArgs } from '../../app/account.js';
import { BREAKDOWNS, type Breakdown } from '../../domain/report/index.js';
import type { Turn } from '../routing/turn.js';

/** The signed links of a report card: the dashboard and the exports, for the same report. */
function reportLinks(deps: Deps, turn: Turn, request: ReportRequest) {
  const signed = (path: string) => `${deps.links.url(path, LINK_VALID_MS)}&${reportQuery(request)}&lang=${turn.locale}`;
  return {
    dashboard: signed('/dashboard'),
    csv: signed(`/files/report/report-${request.year}.csv`),
    json: signed(`/files/report/report-${request.year}.json`),
  };
}

/** Team Uthiek and the report viewers (management) read reports; nothing here changes anything. */
const READERS = { audience: 'viewer', refused: 'report.notViewer' } as const;

/** Which report a card's button asks for: a year, and optionally the date it stood at. */
const REQUEST = {
  year: z.coerce.number().int().min(2000).max(2100),
  asOfDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .default(''),
};
const requestOf = (data: { year: number; asOfDate: string }): ReportRequest => ({
  year: data.year,
  ...(data.asOfDate ? { asOfDate: data.asOfDate } : {}),
});

/** "rapport [jaar] [op datum]": the figures from the records, each traceable to its cases. */
export const report = command({
  id: 'report',
  words: { nl: ['rapport', 'rapportage'], en: ['report'] },
  help: 'help.cmd.report',
  ...READERS,
  async handle(turn, args, deps) {
    const request = parseReportArgs(args.replace(/\b(op|on|per)\b/gi, ' '), deps.clock.now(), deps.config.timeZone);
    if (!request) return void (await turn.context.sendActivity(turn.t('report.usage')));
    const card = reportCard(
      await reportFor(deps, request),
      request,
      cardContext(deps, turn.locale),
      reportLinks(deps, turn, request),
    );
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  },
});

/** The full report from a card (the monthly report in a channel): for whoever presses it, if they may read it. */
export const open = cardAction({
  shows: true,
  ...READERS,
  schema: z.object(REQUEST).passthrough(),
  async handle(turn, data, deps) {
    const request = requestOf(data);
    const report = await reportFor(deps, request);
    return reportCard(report, request, cardContext(deps, turn.locale), reportLinks(deps, turn, request));
  },
});

/** The cases behind one figure. */
export const drill = cardAction({
  shows: true,
  ...READERS,
  schema: z.object({ ...REQUEST, code: z.string().min(1).max(80) }).passthrough(),
  async handle(turn, data, deps) {
    const request = requestOf(data);
    const row = visibleRows(await reportFor(deps, request), turn.locale).find((r) => r.code === data.code);
    if (!row) return turn.t('common.invalidAction');
    const cases = row.caseIds.flatMap((id) => deps.cases.get(id) ?? []);
    return caseListCard(cases, turn, {
      heading: turn.t('report.drillTitle', { label: row.label, count: row.value ?? 0 }),
      empty: turn.t('report.drillEmpty'),
    });
  },
});

/** The signed links of the yearly account's exports. */
function accountLinks(deps: Deps, turn: Turn, request: ReportRequest) {
  const signed = (path: string) => `${deps.links.url(path, LINK_VALID_MS)}&${reportQuery(request)}&lang=${turn.locale}`;
  return {
    csv: signed(`/files/account/jaarverantwoording-${request.year}.csv`),
    json: signed(`/files/account/jaarverantwoording-${request.year}.json`),
  };
}

async function accountAnswer(turn: Turn, deps: Deps, request: ReportRequest, breakdown: Breakdown) {
  const account = await accountFor(deps, request);
  return accountCard(account, breakdown, request, cardContext(deps, turn.locale), accountLinks(deps, turn, request));
}

/** "jaarverantwoording [jaar] [op datum]": the year's figures per unit, value and theme, for the council. */
export const account = command({
  id: 'account',
  words: { nl: ['jaarverantwoording'], en: ['annual account'] },
  help: 'help.cmd.account',
  ...READERS,
  async handle(turn, args, deps) {
    const request = parseAccountArgs(args, deps.clock.now(), deps.config.timeZone);
    if (!request) return void (await turn.context.sendActivity(turn.t('account.usage')));
    const card = await accountAnswer(turn, deps, request, 'unit');
    await turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  },
});

const accountRequest = { ...REQUEST, breakdown: z.enum(BREAKDOWNS) };

/** The yearly account by another breakdown. */
export const accountShow = cardAction({
  shows: true,
  ...READERS,
  schema: z.object(accountRequest).passthrough(),
  handle: async (turn, data, deps) => accountAnswer(turn, deps, requestOf(data), data.breakdown),
});

/** The cases behind one group of the yearly account: its assessments of the year. */
export const accountDrill = cardAction({
  shows: true,
  ...READERS,
  schema: z.object({ ...accountRequest, key: z.string().min(1).max(300) }).passthrough(),
  async handle(turn, data, deps) {
    const request = requestOf(data);
    const key = data.key === NOT_RECORDED_KEY ? '' : data.key;
    const group = (await accountFor(deps, request)).breakdowns[data.breakdown].find((g) => g.key === key);
    if (!group) return turn.t('common.invalidAction');
    const cases = group.figures.held.caseIds.flatMap((id) => deps.cases.get(id) ?? []);
    return caseListCard(cases, turn, {
      heading: turn.t('account.drillTitle', {
        // a unit is typed by people, and a heading is read as markdown: its markup characters go
        group: withoutMarkup(groupName(deps, turn.t, turn.locale, data.breakdown, key)),
        breakdown: turn.t(`account.group.${data.breakdown}`),
        count: group.figures.held.value,
        year: request.year,
      }),
      empty: turn.t('report.drillEmpty'),
    });
  },
});
