import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatLocal } from '../../domain/time.js';
import { supportedLocale, translator } from '../../i18n/index.js';
import type { AppDeps } from '../../app/deps.js';
import type { HttpRoutes } from '../http/routes.js';
import { countingRules, parseReportArgs, reportFor, visibleRows } from '../../app/report.js';
import { SsoVerifier } from '../sso.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
/** The scripts the page loads, by name; read once at start, so no request names a file. */
const ASSET_FILES = new Map<string, string>([
  ['dashboard.js', path.join(here, 'dashboard.js')],
  ['chart.umd.js', path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.js')],
  [
    'teams.js',
    path.join(
      path.dirname(require.resolve('@microsoft/teams-js/package.json')),
      'dist',
      'umd',
      'MicrosoftTeams.min.js',
    ),
  ],
]);
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** The figures of the report for the dashboard, in the viewer's language. */
async function dashboardData(deps: AppDeps, query: URLSearchParams) {
  const locale = supportedLocale(query.get('lang') ?? '') ?? deps.config.defaultLocale;
  const t = translator(locale);
  const request = parseReportArgs(
    `${query.get('year') ?? ''} ${query.get('asOfDate') ?? ''}`,
    deps.clock.now(),
    deps.config.timeZone,
  );
  if (!request) return undefined;
  const report = await reportFor(deps, request);
  const rows = visibleRows(report, locale);
  const byCode = (code: string) => rows.find((r) => r.code === code)!;
  const held = report.assessments.held.value;
  return {
    lang: locale,
    title: t('report.title', { year: report.year }),
    asOf: t('report.asOf', { date: formatLocal(report.asOf, deps.config.timeZone, locale) }),
    progress: t('report.progress', {
      held,
      target: report.assessments.target,
      pct: report.assessments.target ? Math.round((held / report.assessments.target) * 100) : 0,
    }),
    target: report.assessments.target,
    years: report.assessments.perYear.map((y) => ({ year: y.year, held: y.held.value })),
    funnel: ['signals', 'intakes', 'submitted', 'accepted', 'assessed'].map((k) => ({
      label: byCode(`funnel.${k}`).label,
      value: byCode(`funnel.${k}`).value,
    })),
    advice: ['settled', 'openAtClose', 'overdue', 'notFollowed', 'escalated'].map((k) => ({
      label: byCode(`advice.${k}`).label,
      value: byCode(`advice.${k}`).value,
    })),
    rows,
    rules: countingRules(t),
    labels: {
      years: t('report.chart.years'),
      funnel: t('report.chart.funnel'),
      advice: t('report.chart.advice'),
      held: t('report.section.assessments'),
      target: t('report.chart.target'),
      table: t('report.table'),
      rules: t('report.rules.title'),
      columns: [t('report.figure'), '#', t('report.drill')],
    },
  };
}

/**
 * The dashboard (also the Teams static tab): a page, its scripts, and the data behind it.
 * The data is for Team Uthiek only: a signed link from the "rapport" card, the Teams tab's
 * single sign-on token of a member, or (local mode, loopback only) the local user.
 */
export function registerDashboard(routes: HttpRoutes, deps: AppDeps): void {
  const sso = new SsoVerifier(deps.config, deps.config.openIdKeysUrl);
  const page = fs.readFileSync(path.join(here, 'page.html'));
  const assets = new Map([...ASSET_FILES].map(([name, file]) => [name, fs.readFileSync(file)]));

  routes.get('/dashboard', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
    res.end(page);
  });

  routes.get('/dashboard/assets/:file', (req, res) => {
    const asset = assets.get(String(req.params.file));
    if (!asset) {
      res.send(404, { error: 'not found' });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      ...SECURITY_HEADERS,
      'cache-control': 'public, max-age=3600',
    });
    res.end(asset);
  });

  routes.get('/api/report', async (req, res, query) => {
    let allowed = !deps.config.credentials; // local mode: loopback only, the local user
    const sig = query.get('sig');
    if (!allowed && sig) allowed = deps.links.verify('/dashboard', sig, query.get('exp') ?? '');
    if (!allowed) {
      const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
      const oid = bearer ? await sso.verify(bearer) : undefined;
      if (!oid) {
        res.send(401, { error: 'sign in through Teams or use the link from the "rapport" card' });
        return;
      }
      if (!(await deps.members.isMember(oid)) && !(await deps.viewers.isMember(oid))) {
        res.send(403, { error: 'Team Uthiek and report viewers only' });
        return;
      }
    }
    const data = await dashboardData(deps, query);
    if (!data) {
      res.send(400, { error: 'year must be a year, asOfDate a date (YYYY-MM-DD)' });
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
    res.end(JSON.stringify(data));
  });
}
