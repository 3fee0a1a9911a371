import { z } from 'zod';
import { caseListCard } from '../cards/case-list-card.js';
import { cardContext } from '../cards/context.js';
import { cardAttachment } from '../cards/render.js';
import { reportCard } from '../cards/report-card.js';
import type { Deps } from '../deps.js';
import { cardAction } from '../routing/card-action.js';
import { command } from '../routing/command.js';
import { LINK_VALID_MS } from '../../app/links.js';
import { parseReportArgs, reportFor, reportQuery, visibleRows, type ReportRequest } from '../../app/report.js';
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

/** The cases behind one figure. */
export const drill = cardAction({
  ...READERS,
  schema: z
    .object({
      code: z.string().min(1).max(80),
      year: z.coerce.number().int().min(2000).max(2100),
      asOfDate: z
        .string()
        .regex(/^(\d{4}-\d{2}-\d{2})?$/)
        .default(''),
    })
    .passthrough(),
  async handle(turn, data, deps) {
    const request: ReportRequest = { year: data.year, ...(data.asOfDate ? { asOfDate: data.asOfDate } : {}) };
    const row = visibleRows(await reportFor(deps, request), turn.locale).find((r) => r.code === data.code);
    if (!row) return turn.t('common.invalidAction');
    const cases = row.caseIds.flatMap((id) => deps.cases.get(id) ?? []);
    return caseListCard(cases, turn, {
      heading: turn.t('report.drillTitle', { label: row.label, count: row.value ?? 0 }),
      empty: turn.t('report.drillEmpty'),
    });
  },
});
