import { z } from 'zod';
import { formatLocal } from '../../domain/time.js';
import type { Report, ReportRow } from '../../domain/report/index.js';
import { defineCardAction } from '../card-action-route.js';
import { caseListCard } from '../cards/case-list-card.js';
import { cardAttachment, renderCard, type CardJson } from '../cards/render.js';
import { defineCommand } from '../command-route.js';
import type { App, Deps } from '../deps.js';
import { parseReportArgs, reportFor, visibleRows, type ReportRequest } from '../report-query.js';
import type { Turn } from '../turn.js';

/** Links in a report card stay valid for a working day. */
export const LINK_VALID_MS = 8 * 60 * 60 * 1000;

const SECTIONS: { key: Parameters<Turn['t']>[0]; prefixes: string[] }[] = [
  { key: 'report.section.assessments', prefixes: ['assessments.'] },
  { key: 'report.section.funnel', prefixes: ['funnel.'] },
  { key: 'report.section.leadTimes', prefixes: ['leadTimes.'] },
  { key: 'report.section.advice', prefixes: ['advice.'] },
  { key: 'report.section.quality', prefixes: ['highImpact.', 'dpia.'] },
  { key: 'report.section.register', prefixes: ['algorithmRegister.'] },
];

export function reportQuery(request: ReportRequest): string {
  return `year=${request.year}${request.asOfDate ? `&asOfDate=${request.asOfDate}` : ''}`;
}

function reportCard(deps: Deps, turn: Turn, request: ReportRequest, report: Report): CardJson {
  const rows = visibleRows(report, turn.locale);
  const held = report.assessments.held.value;
  const target = report.assessments.target;
  const signed = (path: string) => `${deps.links.url(path, LINK_VALID_MS)}&${reportQuery(request)}&lang=${turn.locale}`;
  return renderCard('report', {
    t: {
      title: turn.t('report.title', { year: report.year }),
      progress: turn.t('report.progress', { held, target, pct: target ? Math.round((held / target) * 100) : 0 }),
      onTarget: held >= target,
      asOf: turn.t('report.asOf', { date: formatLocal(report.asOf, deps.config.timeZone, turn.locale) }),
      drill: turn.t('report.drill'),
      sections: SECTIONS.map((s) => ({
        name: turn.t(s.key),
        rows: rows
          .filter((r) => s.prefixes.some((p) => r.code.startsWith(p)))
          .map((r: ReportRow) => ({ code: r.code, label: r.label, value: r.value === null ? '–' : String(r.value), drillable: r.caseIds.length > 0 })),
      })),
      dashboard: turn.t('report.dashboard'),
      csv: turn.t('report.csv'),
      json: turn.t('report.json'),
    },
    raw: {
      year: String(request.year),
      asOfDate: request.asOfDate ?? '',
      dashboard: signed('/dashboard'),
      csv: signed(`/files/report/report-${request.year}.csv`),
      json: signed(`/files/report/report-${request.year}.json`),
    },
  });
}

/** "rapport [jaar] [op datum]": the figures from the records, each traceable to its cases. */
export function registerReport(app: App, deps: Deps): void {
  defineCommand(app, deps, { id: 'report', words: { nl: ['rapport', 'rapportage'], en: ['report'] }, help: 'help.cmd.report', audience: 'uthiek' }, async (turn, args) => {
    if (!(await deps.members.isMember(turn.actorId))) return void (await turn.context.sendActivity(turn.t('report.notMember')));
    const request = parseReportArgs(args.replace(/\b(op|on|per)\b/gi, ' '), deps.clock.now(), deps.config.timeZone);
    if (!request) return void (await turn.context.sendActivity(turn.t('report.usage')));
    await turn.context.sendActivity({ attachments: [cardAttachment(reportCard(deps, turn, request, reportFor(deps, request)))] });
  });

  defineCardAction(
    app,
    deps,
    'report.drill',
    z.object({ code: z.string().min(1).max(80), year: z.coerce.number().int().min(2000).max(2100), asOfDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/).default('') }).passthrough(),
    async (turn, data) => {
      if (!(await deps.members.isMember(turn.actorId))) return turn.t('report.notMember');
      const request: ReportRequest = { year: data.year, ...(data.asOfDate ? { asOfDate: data.asOfDate } : {}) };
      const row = visibleRows(reportFor(deps, request), turn.locale).find((r) => r.code === data.code);
      if (!row) return turn.t('common.invalidAction');
      const cases = row.caseIds.flatMap((id) => deps.cases.get(id) ?? []);
      return caseListCard(cases, turn, {
        heading: turn.t('report.drillTitle', { label: row.label, count: row.value ?? 0 }),
        empty: turn.t('report.drillEmpty'),
      });
    },
  );
}
