import type restify from 'restify';
import type { Deps } from './deps.js';
import { caseSummaryText } from './routes/case-text.js';
import { inviteFile } from './routes/schedule-jobs.js';

/**
 * Files for people outside Teams, behind signed links: the assessment's calendar invitation and
 * the preparation pack. A link works only for its exact path, and an invitation link only for the
 * version it was sent with.
 */
export function registerDownloads(server: restify.Server, deps: Deps): void {
  const refuse = (res: restify.Response, next: restify.Next) => {
    res.send(404, { error: 'not found' });
    return next(false);
  };

  server.get('/files/invite/:name', (req, res, next) => {
    const path = `/files/invite/${req.params.name}`;
    const m = /^(UTH-\d{4}-\d{3,})-(\d+)\.ics$/.exec(String(req.params.name));
    if (!m || !deps.links.verify(path, String(req.query?.sig ?? ''))) return refuse(res, next);
    const c = deps.cases.get(m[1]!);
    if (!c?.schedule || c.schedule.sequence !== Number(m[2])) return refuse(res, next);
    const ics = inviteFile(deps, c)!;
    res.writeHead(200, {
      'content-type': `text/calendar; charset=utf-8; method=${c.schedule.cancelledAt ? 'CANCEL' : 'REQUEST'}`,
      'content-disposition': `attachment; filename="${m[1]}-${m[2]}.ics"`,
    });
    res.end(ics);
    return next(false);
  });

  server.get('/files/prep/:name', (req, res, next) => {
    const path = `/files/prep/${req.params.name}`;
    const m = /^(UTH-\d{4}-\d{3,})\.txt$/.exec(String(req.params.name));
    if (!m || !deps.links.verify(path, String(req.query?.sig ?? ''))) return refuse(res, next);
    const c = deps.cases.get(m[1]!);
    if (!c) return refuse(res, next);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-disposition': `attachment; filename="${m[1]}.txt"` });
    res.end(caseSummaryText(deps, c, deps.config.defaultLocale));
    return next(false);
  });
}
