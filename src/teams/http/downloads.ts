import type restify from 'restify';
import type { AppDeps } from '../../app/deps.js';
import { DOCX_TYPE, renderLetter } from '../../app/advice-letter.js';
import { personData } from '../../app/person-data.js';
import { registerCsv, registerJson } from '../../app/register.js';
import { parseReportArgs, reportCsv, reportFor } from '../../app/report.js';
import { accountCsv, accountFor, accountJson } from '../../app/account.js';
import { assessmentFileServed } from '../../app/assessment-links.js';
import type { CaseRecord } from '../../domain/case/case.js';
import { buildInvite } from '../../domain/calendar/invite.js';
import { reportToJson } from '../../domain/report/index.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { caseSummaryText } from '../cards/case-text.js';
import { cardContext } from '../cards/context.js';
import { closed } from './outside-page.js';
import { requestLocale, type HttpRoutes } from './routes.js';

/** Participants the invitation cannot carry (no e-mail address, not in Teams): named in its text instead. */
function noAddressLine(c: CaseRecord, t: Translate): string {
  const names = (c.schedule?.participants ?? []).filter((p) => !p.email && !p.aadObjectId).map((p) => p.name);
  return names.length ? t('invite.noAddressIcs', { names: names.join(', ') }) : '';
}

/** The language a file is asked in (`lang`, as its notice's link carries it), else the team's default. */
const langOf = (deps: AppDeps, query: URLSearchParams): Locale => requestLocale(query, deps.config.defaultLocale);

/**
 * The iCalendar file of the case's assessment, as it stands (a cancellation once called off), in
 * `locale`. It carries only what is needed to attend, never the case description: it goes to every
 * attendee, also panel members without a signed NDA, and gets forwarded; the description is the
 * preparation pack, which only people allowed to read it get.
 */
function inviteFile(deps: AppDeps, c: CaseRecord, locale: Locale): string | undefined {
  const s = c.schedule;
  if (!s) return undefined;
  const handler = s.participants.find((p) => p.role === 'handler');
  const ctx = cardContext(deps, locale);
  return buildInvite({
    uid: s.uid,
    sequence: s.sequence,
    slot: s.slot,
    summary: ctx.t('schedule.subject', { id: c.id, name: c.intake.projectName ?? '' }),
    description: [ctx.t('invite.icsText'), noAddressLine(c, ctx.t)].filter(Boolean).join('\n\n'),
    organizer: { name: handler?.name ?? 'Team Uthiek', email: deps.config.organizerEmail },
    attendees: s.participants,
    ...(s.location ? { location: s.location } : {}),
    cancelled: Boolean(s.cancelledAt),
    now: deps.clock.now(),
    tz: deps.config.timeZone,
  });
}

/**
 * A link to an assessment's file: 'ok' when signed and not expired; 'gone' when its time ran out
 * or it was signed before these links expired (no `exp`: such links no longer work); else 'invalid'.
 */
function linkState(deps: AppDeps, path: string, query: URLSearchParams): 'ok' | 'gone' | 'invalid' {
  const sig = query.get('sig') ?? '';
  const exp = query.get('exp') ?? '';
  if (/^\d{1,16}$/.test(exp) && deps.links.verify(path, sig, exp)) return 'ok';
  if (!exp) return deps.links.verify(path, sig) ? 'gone' : 'invalid';
  return Number(exp) > 0 && Number(exp) <= deps.clock.now().getTime() ? 'gone' : 'invalid';
}

/**
 * Files for people outside Teams, behind signed links: the assessment's calendar invitation and
 * the preparation pack. A link works only for its exact path, and an invitation link only for the
 * version it was sent with. Both expire a few days after the assessment (src/app/assessment-links.ts),
 * and stop working once the case has ended; the pack also once the assessment is called off.
 */
export function registerDownloads(routes: HttpRoutes, deps: AppDeps): void {
  const refuse = (res: restify.Response) => {
    res.send(404, { error: 'not found' });
  };

  // a link that no longer works gets a plain page saying so, in the language it asks for
  const gone = (res: restify.Response, query: URLSearchParams) => closed(res, deps, langOf(deps, query), 'gone');

  routes.get('/files/invite/:name', (req, res, query) => {
    const path = `/files/invite/${req.params.name}`;
    const m = /^(UTH-\d{4}-\d{3,})-(\d+)\.ics$/.exec(String(req.params.name));
    const link = m ? linkState(deps, path, query) : 'invalid';
    if (!m || link === 'invalid') return refuse(res);
    if (link === 'gone') return gone(res, query);
    const c = deps.cases.get(m[1]!);
    // an assessment held outside the bot had no invitation: it has no calendar file
    if (!c?.schedule || c.schedule.heldOutside || c.schedule.sequence !== Number(m[2])) return refuse(res);
    if (!assessmentFileServed(c, 'invite')) return gone(res, query);
    const ics = inviteFile(deps, c, langOf(deps, query))!;
    res.writeHead(200, {
      'content-type': `text/calendar; charset=utf-8; method=${c.schedule.cancelledAt ? 'CANCEL' : 'REQUEST'}`,
      'content-disposition': `attachment; filename="${m[1]}-${m[2]}.ics"`,
    });
    res.end(ics);
  });

  routes.get('/files/prep/:name', (req, res, query) => {
    const path = `/files/prep/${req.params.name}`;
    const m = /^(UTH-\d{4}-\d{3,})\.txt$/.exec(String(req.params.name));
    const link = m ? linkState(deps, path, query) : 'invalid';
    if (!m || link === 'invalid') return refuse(res);
    if (link === 'gone') return gone(res, query);
    const c = deps.cases.get(m[1]!);
    if (!c) return refuse(res);
    if (!assessmentFileServed(c, 'prep')) return gone(res, query);
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': `attachment; filename="${m[1]}.txt"`,
    });
    res.end(caseSummaryText(c, cardContext(deps, langOf(deps, query))));
  });

  routes.get('/files/report/:name', async (req, res, query) => {
    const path = `/files/report/${req.params.name}`;
    const m = /^report-(\d{4})\.(csv|json)$/.exec(String(req.params.name));
    if (!m || !deps.links.verify(path, query.get('sig') ?? '', query.get('exp') ?? '')) return refuse(res);
    const request = parseReportArgs(`${m[1]} ${query.get('asOfDate') ?? ''}`, deps.clock.now(), deps.config.timeZone);
    if (!request) return refuse(res);
    const report = await reportFor(deps, request);
    const asOf = request.asOfDate ? `-per-${request.asOfDate}` : '';
    const csv = m[2] === 'csv';
    const body = csv ? reportCsv(report, langOf(deps, query)) : reportToJson(report);
    res.writeHead(200, {
      'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="uthiek-${m[1]}${asOf}.${m[2]}"`,
    });
    // a byte-order mark, so that spreadsheet programs read the CSV as UTF-8
    res.end(csv ? `\uFEFF${body}` : body);
  });

  routes.get('/files/account/:name', async (req, res, query) => {
    const path = `/files/account/${req.params.name}`;
    const m = /^jaarverantwoording-(\d{4})\.(csv|json)$/.exec(String(req.params.name));
    if (!m || !deps.links.verify(path, query.get('sig') ?? '', query.get('exp') ?? '')) return refuse(res);
    const request = parseReportArgs(`${m[1]} ${query.get('asOfDate') ?? ''}`, deps.clock.now(), deps.config.timeZone);
    if (!request) return refuse(res);
    const account = await accountFor(deps, request);
    const csv = m[2] === 'csv';
    const locale = langOf(deps, query);
    const asOf = request.asOfDate ? `-per-${request.asOfDate}` : '';
    res.writeHead(200, {
      'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="uthiek-jaarverantwoording-${m[1]}${asOf}.${m[2]}"`,
    });
    // a byte-order mark, so that spreadsheet programs read the CSV as UTF-8
    res.end(csv ? `\uFEFF${accountCsv(deps, account, locale)}` : accountJson(account));
  });

  routes.get('/files/register/:name', (req, res, query) => {
    const path = `/files/register/${req.params.name}`;
    const m = /^algoritmeregister\.(json|csv)$/.exec(String(req.params.name));
    if (!m || !deps.links.verify(path, query.get('sig') ?? '', query.get('exp') ?? '')) return refuse(res);
    const csv = m[1] === 'csv';
    const locale = langOf(deps, query);
    res.writeHead(200, {
      'content-type': csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="algoritmeregister-${deps.clock.now().toISOString().slice(0, 10)}.${m[1]}"`,
      'cache-control': 'no-store',
    });
    // a byte-order mark, so that spreadsheet programs read the CSV as UTF-8
    res.end(csv ? `\uFEFF${registerCsv(deps, locale)}` : registerJson(deps));
  });

  routes.get('/files/letter/:name', async (req, res, query) => {
    const path = `/files/letter/${req.params.name}`;
    const m = /^(UTH-\d{4}-\d{3,})-v(\d{1,4})\.docx$/.exec(String(req.params.name));
    if (!m || !deps.links.verify(path, query.get('sig') ?? '', query.get('exp') ?? '')) return refuse(res);
    const letter = deps.cases.get(m[1]!)?.letters?.find((l) => l.version === Number(m[2]));
    if (!letter) return refuse(res);
    const locale = langOf(deps, query);
    const bytes = await renderLetter(deps, letter, locale);
    res.writeHead(200, {
      'content-type': DOCX_TYPE,
      'content-disposition': `attachment; filename="${m[1]}-adviesbrief-v${m[2]}.docx"`,
      'cache-control': 'no-store',
    });
    res.end(bytes);
  });

  routes.get('/files/mydata/:name', (req, res, query) => {
    const path = `/files/mydata/${req.params.name}`;
    const subject = /^([\w-]{3,60})\.json$/.exec(String(req.params.name))?.[1];
    if (!subject || !deps.links.verify(path, query.get('sig') ?? '', query.get('exp') ?? '')) return refuse(res);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="mijn-gegevens-uthiek.json"',
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(personData(deps, subject), null, 2));
  });
}
