import type restify from 'restify';
import type { Logger } from '../../log.js';
import { readJsonBody, type Refusal } from './body.js';

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
  /** POST; with `json` the body (≤ 1 MB, JSON) is read and parsed into `req.body` first. */
  post(path: string, handler: RouteHandler, options?: { json?: boolean }): void;
}

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

export function httpRoutes(server: restify.Server, logger: Logger): HttpRoutes {
  const guard =
    (method: string, path: string, handler: RouteHandler, json = false) =>
    async (req: restify.Request, res: restify.Response): Promise<void> => {
      try {
        const query = parseQuery(req.getQuery() ?? '');
        if (!query) return refuse(res, { status: 400, error: 'a query parameter appears more than once' });
        if (json) {
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
      server.post(path, guard('POST', path, handler, options.json));
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
