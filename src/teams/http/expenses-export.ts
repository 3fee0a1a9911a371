import type { AppDeps } from '../../app/deps.js';
import { expensesCsv, expensesPath, parsePeriod } from '../../app/expenses.js';
import { requestLocale, type HttpRoutes } from './routes.js';

/**
 * The expenses of external panel members for the finance department, per period, behind a signed
 * link that expires (made by the `onkosten export` command for Team Uthiek).
 */
export function registerExpensesExport(routes: HttpRoutes, deps: AppDeps): void {
  routes.get('/files/expenses/:name', (req, res, query) => {
    const m = /^onkosten-(\d{4}-\d{2}-\d{2})-(\d{4}-\d{2}-\d{2})\.csv$/.exec(String(req.params.name));
    const period = m && parsePeriod(`${m[1]} ${m[2]}`);
    const signed = m && deps.links.verify(expensesPath(m[1]!, m[2]!), query.get('sig') ?? '', query.get('exp') ?? '');
    if (!period || !signed || !query.get('exp')) return void res.send(404, { error: 'not found' });
    const locale = requestLocale(query, deps.config.defaultLocale);
    const { csv } = expensesCsv(deps, period, locale);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="onkosten-klankbordgroep-${period.from}-${period.to}.csv"`,
      'cache-control': 'no-store',
    });
    // a byte-order mark, so that spreadsheet programs read the CSV as UTF-8
    res.end(`\uFEFF${csv}`);
  });
}
