import type restify from 'restify';
import { supportedLocale, type Locale } from '../../i18n/index.js';
import type { Logger } from '../../log.js';
import { isFormUrlencoded, readFormBody, readJsonBody, type Refusal } from './body.js';

/** A route's handler: the query arrives parsed, every parameter at most once, as plain strings. */
export type RouteHandler = (
  req: restify.Request,
  res: restify.Response,
  query: URLSearchParams,
) => void | Promise<void>;

/**
 * The only way a feature adds an HTTP route. Every handler runs inside the same guard: a failure
 * is logged and answered with 500 instead of ending the process, and the query and body are
 * read in one place with one set of limits.
 */
export interface HttpRoutes {
  /** GET, and HEAD with the same status and headers but no body. */
  get(path: string, handler: RouteHandler): void;
  /**
   * POST; with `json` the body (≤ 1 MB, JSON) is read and parsed into `req.body` first. With
   * `form` a plain HTML form post (application/x-www-form-urlencoded, ≤ 64 KB) is accepted too,
   * read into `req.body` as its fields (`isFormPost(req)` tells which), and a refused form body
   * is answered by `form.refused` (so the person gets a page, not JSON).
   */
  post(path: string, handler: RouteHandler, options?: PostOptions): void;
  /** Whether a route declared that it takes form posts at this method and path (read before routing). */
  acceptsForm(method: string | undefined, path: string): boolean;
}

export interface PostOptions {
  json?: boolean;
  form?: { refused: (req: restify.Request, res: restify.Response, query: URLSearchParams, r: Refusal) => void };
}

const formPosts = new WeakSet<restify.Request>();

/** Whether the request's body came as a plain HTML form post (its fields are in `req.body`). */
export const isFormPost = (req: restify.Request): boolean => formPosts.has(req);

/** A restify path with :parameters as a regular expression for the whole path. */
const pathPattern = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`);

export interface RouteInfo {
  method: string;
  path: string;
}

/** Answers a refusal; a refused body is not read on, so the connection is closed after it. */
export function refuse(res: restify.Response, refusal: Refusal, close = false): void {
  if (res.headersSent) return;
  if (close) res.setHeader('connection', 'close');
  res.send(refusal.status, { error: refusal.error });
}

/** The query string as parameters, or undefined when one appears twice (which value would count?). */
export function parseQuery(raw: string): URLSearchParams | undefined {
  const query = new URLSearchParams(raw);
  const names = [...query.keys()];
  return new Set(names).size === names.length ? query : undefined;
}

/** The language a page or file is asked in (`lang`, as the bot's own links carry it), else `fallback`. */
export const requestLocale = (query: URLSearchParams, fallback: Locale): Locale =>
  supportedLocale(query.get('lang') ?? '') ?? fallback;

export function httpRoutes(server: restify.Server, logger: Logger): HttpRoutes {
  const forms: RegExp[] = [];
  const guard =
    (method: string, path: string, handler: RouteHandler, json = false, form?: PostOptions['form']) =>
    async (req: restify.Request, res: restify.Response): Promise<void> => {
      try {
        const query = parseQuery(req.getQuery() ?? '');
        if (!query) return refuse(res, { status: 400, error: 'a query parameter appears more than once' });
        if (form && isFormUrlencoded(req.headers['content-type'])) {
          const body = await readFormBody(req);
          if (!('value' in body)) {
            res.setHeader('connection', 'close');
            return form.refused(req, res, query, body);
          }
          req.body = body.value;
          formPosts.add(req);
        } else if (json) {
          const body = await readJsonBody(req);
          if (!('value' in body)) return refuse(res, body, true);
          req.body = body.value;
        }
        await handler(req, res, query);
      } catch (err) {
        logger.error(
          { err: { message: String((err as Error)?.message).slice(0, 200) }, method, route: path },
          'route failed',
        );
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      }
    };
  return {
    get(path, handler) {
      server.get(path, guard('GET', path, handler));
      server.head(path, guard('HEAD', path, handler));
    },
    post(path, handler, options = {}) {
      if (options.form) forms.push(pathPattern(path));
      server.post(path, guard('POST', path, handler, options.json, options.form));
    },
    acceptsForm(method, path) {
      return method === 'POST' && forms.some((f) => f.test(path));
    },
  };
}

/** Every route the server answers, read from restify's router (so a new route is listed at once). */
export function listRoutes(server: restify.Server): RouteInfo[] {
  const routes = (
    server.router as unknown as { getRoutes(): Record<string, { method: string; path: string }> }
  ).getRoutes();
  return Object.values(routes).map((r) => ({ method: r.method.toUpperCase(), path: r.path }));
}
