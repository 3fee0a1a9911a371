import type restify from 'restify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.js';
import { openOutsideLink, recordOutsideAnswer, type OutsideAnswer } from '../../app/outside.js';
import { assessmentFileUrl } from '../../app/assessment-links.js';
import { INPUT_MAX } from '../../domain/outside/outside.js';
import { withoutNda } from '../../domain/schedule/clearance.js';
import { assessmentWhen, formatLocal } from '../../domain/time.js';
import { translator, type Locale, type Translate } from '../../i18n/index.js';
import type { Refusal } from './body.js';
import { isFormPost, requestLocale, type HttpRoutes } from './routes.js';
import { OUTSIDE_SCRIPT } from './outside-script.js';

const HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  // the link is the key: never pass it on to another site
  'referrer-policy': 'no-referrer',
};

const CASE_ID = /^UTH-\d{4}-\d{3,}$/;
const LINK_ID = /^[\w-]{16}$/;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** A form on the page stays usable this long after the page was loaded (its token, below). */
const FORM_TOKEN_MS = 12 * 60 * 60 * 1000;

const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poll'), answers: z.record(z.string().regex(/^\d{1,2}$/), z.enum(['yes', 'no'])) }),
  z.object({ kind: z.literal('input'), text: z.string().trim().min(1).max(INPUT_MAX) }),
  z.object({ kind: z.literal('conflict'), conflict: z.boolean(), detail: z.string().trim().max(INPUT_MAX).optional() }),
]);

function page(t: Translate, locale: Locale, title: string, main: string, other?: string, script = true): string {
  const switcher = other
    ? `<nav aria-label="${esc(t('page.lang'))}"><a href="${esc(other)}" lang="${locale === 'nl' ? 'en' : 'nl'}">${esc(t('page.lang'))}</a></nav>`
    : '';
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
fieldset{margin:0 0 1rem}textarea{width:100%}button{padding:.4rem 1rem}:focus{outline:3px solid #1a5fb4}
[role=status]{font-weight:bold}.skip{position:absolute;left:-999rem}.skip:focus{position:static}</style></head>
<body><a class="skip" href="#main">${esc(t('page.skip'))}</a><header>${switcher}</header>
<main id="main" tabindex="-1"><h1>${esc(title)}</h1>${main}</main>
${script ? '<script src="/extern-page.js"></script>' : ''}</body></html>`;
}

/** Where the page's forms post to: the page's own address (its signature), in the page's language. */
function selfUrl(req: restify.Request, query: URLSearchParams): string {
  return `${req.getPath()}?${query.toString()}`;
}

/** The plain page for a link that no longer works (or never did), in `locale`: 404 for no link, else 410. */
export function closed(
  res: restify.Response,
  deps: AppDeps,
  locale: Locale,
  status: 'expired' | 'revoked' | 'invalid' | 'gone',
) {
  const t = translator(locale);
  res.writeHead(status === 'invalid' ? 404 : 410, { 'content-type': 'text/html; charset=utf-8', ...HEADERS });
  res.end(page(t, locale, t('app.name'), `<p>${esc(t(`page.${status}`))}</p>`));
}

/** The start of each form: where it posts, what it is, and the token that shows it came from this page. */
function formStart(kind: OutsideAnswer['kind'], action: string, token: string): string {
  return `<form method="post" action="${esc(action)}" data-kind="${kind}" novalidate>
<input type="hidden" name="kind" value="${kind}"><input type="hidden" name="token" value="${esc(token)}">`;
}

function pollSection(deps: AppDeps, t: Translate, locale: Locale, caseId: string, key: string, start: string): string {
  const p = deps.proposals.current(caseId);
  if (!p || p.slots.length === 0) return `<p>${esc(t('page.poll.none'))}</p>`;
  const mine = p.answers[key] ?? {};
  const slots = p.slots
    .map((s, i) => {
      const when = esc(formatLocal(s.slot.start, deps.config.timeZone, locale));
      const option = (v: 'yes' | 'no') =>
        `<label><input type="radio" name="slot_${i}" value="${v}"${mine[String(i)] === v ? ' checked' : ''}> ${esc(
          t(`page.poll.${v}`),
        )}</label>`;
      return `<fieldset><legend>${when}</legend>${option('yes')}<br>${option('no')}</fieldset>`;
    })
    .join('');
  return `${start}${slots}<button type="submit">${esc(t('page.poll.submit'))}</button>
<p role="status" aria-live="polite" tabindex="-1"></p></form>`;
}

function body(
  deps: AppDeps,
  t: Translate,
  locale: Locale,
  opened: Extract<ReturnType<typeof openOutsideLink>, { status: 'ok' }>,
  action: string,
) {
  const { c, link } = opened;
  const token = formToken(deps, c.id, link.id);
  const s = c.schedule && !c.schedule.cancelledAt ? c.schedule : undefined;
  const until = formatLocal(link.expiresAt, deps.config.timeZone, locale);
  // the case description only for whom it may reach: not a panel member without a signed NDA on record
  const memberId = link.key.startsWith('panel:') ? link.key.slice(6) : undefined;
  const cleared = !memberId || withoutNda([{ panelId: memberId }], deps.panel.all()).length === 0;
  // the pack's own link expires with the assessment (or this page, if sooner)
  const prep =
    s && cleared ? assessmentFileUrl(deps, c, 'prep', { notAfter: Date.parse(link.expiresAt), lang: locale }) : '';
  const prepLink = !s
    ? ''
    : prep
      ? `<p><a href="${esc(prep)}">${esc(t('page.prep.link'))}</a></p>`
      : `<p>${esc(t('page.prep.nda'))}</p>`;
  const status = '<p role="status" aria-live="polite" tabindex="-1"></p>';
  return `<p>${esc(t('page.intro', { person: link.name, until }))}</p>
<section aria-labelledby="h-poll"><h2 id="h-poll">${esc(t('page.poll.heading'))}</h2>${pollSection(deps, t, locale, c.id, link.key, formStart('poll', action, token))}</section>
<section aria-labelledby="h-prep"><h2 id="h-prep">${esc(t('page.prep.heading'))}</h2>
<p>${esc(s ? t('page.prep.when', { when: assessmentWhen(s, deps.config.timeZone, locale) }) : t('page.prep.notYet'))}</p>
${prepLink}</section>
<section aria-labelledby="h-input"><h2 id="h-input">${esc(t('page.input.heading'))}</h2>
${formStart('input', action, token)}<label for="input-text">${esc(t('page.input.label', { max: INPUT_MAX }))}</label>
<textarea id="input-text" name="text" rows="8" maxlength="${INPUT_MAX}"></textarea>
<button type="submit">${esc(t('page.input.submit'))}</button>${status}</form></section>
<section aria-labelledby="h-conflict"><h2 id="h-conflict">${esc(t('page.conflict.heading'))}</h2>
${formStart('conflict', action, token)}<fieldset><legend>${esc(t('page.conflict.legend'))}</legend>
<label><input type="radio" name="conflict" value="no"> ${esc(t('page.conflict.no'))}</label><br>
<label><input type="radio" name="conflict" value="yes"> ${esc(t('page.conflict.yes'))}</label></fieldset>
<label for="conflict-detail">${esc(t('page.conflict.detail'))}</label>
<textarea id="conflict-detail" name="detail" rows="3" maxlength="${INPUT_MAX}"></textarea>
<button type="submit">${esc(t('page.conflict.submit'))}</button>${status}</form></section>`;
}

/** The signed stand-in path a form token is made for: one per personal link. */
const tokenPath = (caseId: string, linkId: string) => `/extern-form/${caseId}/${linkId}`;

/** A token for the page's forms: signed for this link, valid for FORM_TOKEN_MS. */
function formToken(deps: AppDeps, caseId: string, linkId: string): string {
  const url = new URL(deps.links.url(tokenPath(caseId, linkId), FORM_TOKEN_MS), 'http://x');
  return `${url.searchParams.get('exp')}.${url.searchParams.get('sig')}`;
}

/**
 * Cross-site request forgery: a form post must carry the token of its own page, and a browser
 * that says the post came from another site is refused. (The JSON path needs neither: a browser
 * sends JSON to another site only after a CORS preflight, which the bot never allows.)
 */
function formFromPage(deps: AppDeps, req: restify.Request, caseId: string, linkId: string): boolean {
  const site = String(req.headers['sec-fetch-site'] ?? 'same-origin');
  if (site !== 'same-origin' && site !== 'none') return false;
  const [exp = '', sig = ''] = String((req.body as Record<string, string>).token ?? '').split('.');
  return /^\d{1,16}$/.test(exp) && deps.links.verify(tokenPath(caseId, linkId), sig, exp);
}

const FORM_FIELDS: Record<OutsideAnswer['kind'], RegExp> = {
  poll: /^(kind|token|slot_\d{1,2})$/,
  input: /^(kind|token|text)$/,
  conflict: /^(kind|token|conflict|detail)$/,
};

/** A form post as the JSON the script sends, for the same schema; unexpected fields make it invalid. */
function answerFromForm(fields: Record<string, string>): unknown {
  const kind = fields.kind as OutsideAnswer['kind'];
  // `kind` is the sender's text: only the three own keys ("constructor" is no kind)
  const allowed = Object.hasOwn(FORM_FIELDS, kind) ? FORM_FIELDS[kind] : undefined;
  if (!allowed || Object.keys(fields).some((k) => !allowed.test(k))) return undefined;
  if (kind === 'poll')
    return {
      kind,
      answers: Object.fromEntries(
        Object.entries(fields).flatMap(([k, v]) => (k.startsWith('slot_') ? [[k.slice(5), v]] : [])),
      ),
    };
  if (kind === 'input') return { kind, text: fields.text ?? '' };
  const conflict = fields.conflict === 'yes' ? true : fields.conflict === 'no' ? false : undefined;
  return { kind, conflict, ...(fields.detail?.trim() ? { detail: fields.detail } : {}) };
}

/** What a post gets: the status and a sentence; as JSON for the script, as a page for a form. */
type Answer = { status: number; key: Parameters<Translate>[0]; params?: Record<string, string | number> };

/**
 * The page for people outside Teams (`/extern/{case}/{link}?exp=…&sig=…`): personal, signed,
 * expiring and revocable; the availability poll, the preparation, written input and a
 * conflict-of-interest declaration, in Dutch or English. Its forms work as plain HTML form posts
 * (no JavaScript needed); where JavaScript runs, a small script (`/extern-page.js`) posts them as
 * JSON instead and shows the answer in place.
 */
export function registerOutsidePage(routes: HttpRoutes, deps: AppDeps): void {
  const localeOf = (query: URLSearchParams) => requestLocale(query, deps.config.defaultLocale);
  const open = (req: restify.Request, query: URLSearchParams) => {
    const caseId = String(req.params.caseId);
    const linkId = String(req.params.linkId);
    if (!CASE_ID.test(caseId) || !LINK_ID.test(linkId)) return { status: 'invalid' as const };
    return openOutsideLink(deps, caseId, linkId, query);
  };

  /** The answer to a form post: a short page in the person's language with the way back. */
  const answerPage = (req: restify.Request, res: restify.Response, query: URLSearchParams, a: Answer) => {
    const locale = localeOf(query);
    const t = translator(locale);
    const back =
      a.status === 404 || a.status === 410
        ? ''
        : `<p><a href="${esc(selfUrl(req, query))}">${esc(t('page.back'))}</a></p>`;
    res.writeHead(a.status, { 'content-type': 'text/html; charset=utf-8', ...HEADERS });
    res.end(page(t, locale, t('app.name'), `<p role="status">${esc(t(a.key, a.params))}</p>${back}`, undefined, false));
  };

  routes.get('/extern/:caseId/:linkId', (req, res, query) => {
    const locale = localeOf(query);
    const opened = open(req, query);
    if (opened.status !== 'ok') return closed(res, deps, locale, opened.status);
    const t = translator(locale);
    const other = new URLSearchParams(query);
    other.set('lang', locale === 'nl' ? 'en' : 'nl');
    const title = t('page.title', { id: opened.c.id, name: opened.c.intake.projectName ?? '' });
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...HEADERS });
    res.end(page(t, locale, title, body(deps, t, locale, opened, selfUrl(req, query)), `?${other.toString()}`));
  });

  const handle = async (req: restify.Request, query: URLSearchParams): Promise<Answer> => {
    const opened = open(req, query);
    if (opened.status !== 'ok')
      return { status: opened.status === 'invalid' ? 404 : 410, key: `page.${opened.status}` };
    const form = isFormPost(req);
    if (form && !formFromPage(deps, req, opened.c.id, opened.link.id)) return { status: 403, key: 'page.forbidden' };
    const parsed = answerSchema.safeParse(form ? answerFromForm(req.body as Record<string, string>) : req.body);
    if (!parsed.success) return { status: 400, key: 'page.empty' };
    const answer: OutsideAnswer = parsed.data;
    if (answer.kind === 'poll' && Object.keys(answer.answers).length === 0) return { status: 400, key: 'page.empty' };
    const saved = await recordOutsideAnswer(deps, opened.c, opened.link, answer);
    if (saved === 'no-poll') return { status: 409, key: 'page.noPoll' };
    deps.jobs.kick();
    deps.logger.info(
      { caseId: opened.c.id, linkId: opened.link.id, kind: answer.kind, form },
      'answer from outside Teams',
    );
    return { status: 200, key: 'page.saved' };
  };

  routes.post(
    '/extern/:caseId/:linkId',
    async (req, res, query) => {
      const answer = await handle(req, query);
      if (isFormPost(req)) return answerPage(req, res, query, answer);
      res.send(answer.status, { message: translator(localeOf(query))(answer.key, answer.params) });
    },
    {
      json: true,
      form: {
        refused: (req, res, query, r: Refusal) =>
          answerPage(
            req,
            res,
            query,
            r.status === 413
              ? { status: 413, key: 'page.tooLarge', params: { max: INPUT_MAX } }
              : { status: 400, key: 'page.empty' },
          ),
      },
    },
  );

  routes.get('/extern-page.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...HEADERS });
    res.end(OUTSIDE_SCRIPT);
  });
}
