import type restify from 'restify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.js';
import { openOutsideLink, recordOutsideAnswer, type OutsideAnswer } from '../../app/outside.js';
import { prepPath } from '../../app/schedule.js';
import { INPUT_MAX } from '../../domain/outside/outside.js';
import { formatLocal } from '../../domain/time.js';
import { supportedLocale, translator, type Locale, type Translate } from '../../i18n/index.js';
import type { HttpRoutes } from './routes.js';
import { OUTSIDE_SCRIPT } from './outside-script.js';

const HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  // the link is the key: never pass it on to another site
  'referrer-policy': 'no-referrer',
};

const CASE_ID = /^UTH-\d{4}-\d{3,}$/;
const LINK_ID = /^[\w-]{16}$/;

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('poll'), answers: z.record(z.string().regex(/^\d{1,2}$/), z.enum(['yes', 'no'])) }),
  z.object({ kind: z.literal('input'), text: z.string().trim().min(1).max(INPUT_MAX) }),
  z.object({ kind: z.literal('conflict'), conflict: z.boolean(), detail: z.string().trim().max(INPUT_MAX).optional() }),
]);

function page(t: Translate, locale: Locale, title: string, main: string, other?: string): string {
  const switcher = other
    ? `<p><a href="${esc(other)}" lang="${locale === 'nl' ? 'en' : 'nl'}">${esc(t('page.lang'))}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
fieldset{margin:0 0 1rem}textarea{width:100%}button{padding:.4rem 1rem}:focus{outline:3px solid #1a5fb4}
[role=status]{font-weight:bold}</style></head>
<body><main><h1>${esc(title)}</h1>${switcher}${main}</main>
<script src="/extern-page.js"></script></body></html>`;
}

function closed(res: restify.Response, deps: AppDeps, locale: Locale, status: 'expired' | 'revoked' | 'invalid') {
  const t = translator(locale);
  res.writeHead(status === 'invalid' ? 404 : 410, { 'content-type': 'text/html; charset=utf-8', ...HEADERS });
  res.end(page(t, locale, t('app.name'), `<p>${esc(t(`page.${status}`))}</p>`));
}

function pollSection(deps: AppDeps, t: Translate, locale: Locale, caseId: string, key: string): string {
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
  return `<form data-kind="poll" novalidate>${slots}<button type="submit">${esc(t('page.poll.submit'))}</button>
<p role="status" aria-live="polite" tabindex="-1"></p></form>`;
}

function body(
  deps: AppDeps,
  t: Translate,
  locale: Locale,
  opened: Extract<ReturnType<typeof openOutsideLink>, { status: 'ok' }>,
) {
  const { c, link } = opened;
  const s = c.schedule && !c.schedule.cancelledAt ? c.schedule : undefined;
  const until = formatLocal(link.expiresAt, deps.config.timeZone, locale);
  const prep = deps.links.url(prepPath(c), Date.parse(link.expiresAt) - deps.clock.now().getTime());
  const status = '<p role="status" aria-live="polite" tabindex="-1"></p>';
  return `<p>${esc(t('page.intro', { person: link.name, until }))}</p>
<noscript><p>${esc(t('page.noscript'))}</p></noscript>
<section aria-labelledby="h-poll"><h2 id="h-poll">${esc(t('page.poll.heading'))}</h2>${pollSection(deps, t, locale, c.id, link.key)}</section>
<section aria-labelledby="h-prep"><h2 id="h-prep">${esc(t('page.prep.heading'))}</h2>
<p>${esc(s ? t('page.prep.when', { when: formatLocal(s.slot.start, deps.config.timeZone, locale) }) : t('page.prep.notYet'))}</p>
<p><a href="${esc(prep)}">${esc(t('page.prep.link'))}</a></p></section>
<section aria-labelledby="h-input"><h2 id="h-input">${esc(t('page.input.heading'))}</h2>
<form data-kind="input" novalidate><label for="input-text">${esc(t('page.input.label', { max: INPUT_MAX }))}</label>
<textarea id="input-text" name="text" rows="8" maxlength="${INPUT_MAX}"></textarea>
<button type="submit">${esc(t('page.input.submit'))}</button>${status}</form></section>
<section aria-labelledby="h-conflict"><h2 id="h-conflict">${esc(t('page.conflict.heading'))}</h2>
<form data-kind="conflict" novalidate><fieldset><legend>${esc(t('page.conflict.legend'))}</legend>
<label><input type="radio" name="conflict" value="no"> ${esc(t('page.conflict.no'))}</label><br>
<label><input type="radio" name="conflict" value="yes"> ${esc(t('page.conflict.yes'))}</label></fieldset>
<label for="conflict-detail">${esc(t('page.conflict.detail'))}</label>
<textarea id="conflict-detail" name="detail" rows="3" maxlength="${INPUT_MAX}"></textarea>
<button type="submit">${esc(t('page.conflict.submit'))}</button>${status}</form></section>`;
}

/**
 * The page for people outside Teams (`/extern/{case}/{link}?exp=…&sig=…`): personal, signed,
 * expiring and revocable; the availability poll, the preparation, written input and a
 * conflict-of-interest declaration, in Dutch or English. Answers are posted as JSON to the same
 * address by a small script (`/extern-page.js`), because the server accepts no form posts.
 */
export function registerOutsidePage(routes: HttpRoutes, deps: AppDeps): void {
  const localeOf = (query: URLSearchParams) => supportedLocale(query.get('lang') ?? '') ?? deps.config.defaultLocale;
  const open = (req: restify.Request, query: URLSearchParams) => {
    const caseId = String(req.params.caseId);
    const linkId = String(req.params.linkId);
    if (!CASE_ID.test(caseId) || !LINK_ID.test(linkId)) return { status: 'invalid' as const };
    return openOutsideLink(deps, caseId, linkId, query);
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
    res.end(page(t, locale, title, body(deps, t, locale, opened), `?${other.toString()}`));
  });

  routes.post(
    '/extern/:caseId/:linkId',
    async (req, res, query) => {
      const t = translator(localeOf(query));
      const opened = open(req, query);
      if (opened.status !== 'ok')
        return void res.send(opened.status === 'invalid' ? 404 : 410, { message: t(`page.${opened.status}`) });
      const parsed = answerSchema.safeParse(req.body);
      if (!parsed.success) return void res.send(400, { message: t('page.empty') });
      const answer: OutsideAnswer = parsed.data;
      if (answer.kind === 'poll' && Object.keys(answer.answers).length === 0)
        return void res.send(400, { message: t('page.empty') });
      const saved = await recordOutsideAnswer(deps, opened.c, opened.link, answer);
      if (saved === 'no-poll') return void res.send(409, { message: t('page.noPoll') });
      deps.logger.info({ caseId: opened.c.id, linkId: opened.link.id, kind: answer.kind }, 'answer from outside Teams');
      res.send(200, { message: t('page.saved') });
    },
    { json: true },
  );

  routes.get('/extern-page.js', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...HEADERS });
    res.end(OUTSIDE_SCRIPT);
  });
}
