import type { Server as HttpServer } from 'node:http';
import restify from 'restify';
// zod's v4 engine (shipped in the same package) checks an activity in about a third of v3's time:
// this check runs on every request
import { z } from 'zod/v4';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../log.js';
import { refuseByHeaders } from './http/body.js';
import { httpRoutes, refuse, type HttpRoutes } from './http/routes.js';
import type { HealthReport } from './health.js';
import { runActivityTurn } from './activity-turn.js';

export interface ServerParts {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
  /** The answer of GET /healthz (200 or 503 with the store's state). */
  health: () => { code: number; body: HealthReport };
  /** True once the bot has begun to stop: requests that arrive after that are not served. */
  stopping: () => boolean;
}

/**
 * What an activity must look like before the SDK and teams-ai see it: what Teams always sends,
 * with the types the code relies on. Anything else is refused with 400 here, because the SDK
 * answers some malformed activities with 500 or 501.
 */
const id = z
  .string()
  .min(1)
  .max(2000)
  .regex(/^[\x20-\x7E]+$/, 'printable ASCII');
const named = z.object({ id, name: z.string().max(1000).optional() }).passthrough();
const party = z
  .object({ id, aadObjectId: z.string().max(100).optional(), name: z.string().max(1000).optional() })
  .passthrough();
// A mention names who is mentioned; the SDK reads mentioned.id without checking.
const entity = z
  .object({ type: z.string().max(100) })
  .passthrough()
  .refine((e) => e.type !== 'mention' || party.safeParse(e['mentioned']).success, 'a mention names who is mentioned');
const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    id: id.optional(),
    replyToId: id.optional(),
    action: z.string().max(100).optional(),
    // routes select invokes and events by name: anything but a string there is a malformed activity
    name: z.string().max(200).optional(),
    channelId: z.string().min(1).max(100),
    // length and scheme checked on the text as sent: v4's url check passes on the URL it normalised
    serviceUrl: z
      .string()
      .max(2000)
      .regex(/^https?:\/\//i, 'http or https')
      .url(),
    conversation: z
      .object({
        id,
        tenantId: z.string().max(100).optional(),
        isGroup: z.boolean().optional(),
        conversationType: z.string().max(100).optional(),
      })
      .passthrough(),
    from: party,
    recipient: party,
    locale: z.string().max(50).optional(),
    text: z.string().max(100_000).optional(),
    entities: z.array(entity).max(1000).optional(),
    membersAdded: z.array(party).max(10_000).optional(),
    membersRemoved: z.array(party).max(10_000).optional(),
    // the ids the bot keys records by (a channel's conversation, a team, a tenant) must be ids
    channelData: z
      .object({
        tenant: named.optional(),
        team: named.optional(),
        channel: named.optional(),
        eventType: z.string().max(100).optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

export interface HttpTimeouts {
  /** All request headers must have arrived within this time (slow-loris). */
  headersMs: number;
  /** The whole request, headers and body, must have arrived within this time. */
  requestMs: number;
  /** How often Node checks the two limits above. */
  checkEveryMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, checkEveryMs: 1_000 };

/**
 * The HTTP front door: Bot Framework activities on /api/messages and a health check here, the
 * other routes added by their features through the returned `routes`. Before routing, every
 * request's body is judged by its headers alone (http/body.ts); a connection cannot be held
 * open by a request that never finishes.
 */
export function createServer(
  { adapter, app, logger, health, stopping }: ServerParts,
  timeouts: HttpTimeouts = DEFAULT_TIMEOUTS,
): { server: restify.Server; routes: HttpRoutes } {
  // "100 Continue" only after the headers passed the check below (restify would send it first)
  const server = restify.createServer({ name: 'uthiek-bot', handleUncaughtExceptions: false, noWriteContinue: true });
  // connectionsCheckingInterval is read when the server starts listening (not in @types/node 20)
  const http = server.server as HttpServer & { connectionsCheckingInterval: number };
  http.headersTimeout = timeouts.headersMs;
  http.requestTimeout = timeouts.requestMs;
  http.connectionsCheckingInterval = timeouts.checkEveryMs;
  // restify relays 'upgrade' to listeners it does not have, leaving such a socket open for ever;
  // without a listener Node serves the request as an ordinary one (the bot has no WebSockets)
  http.removeAllListeners('upgrade');
  server.pre((req, res, next) => {
    // Closing the listener stops new connections only: a client that keeps its connection alive
    // could still start a turn while the store closes. Such a request gets 503 (Teams retries it),
    // and every connection is closed once its answer is out.
    if (stopping()) {
      res.setHeader('connection', 'close');
      res.send(503, { status: 'stopping' });
      return next(false);
    }
    res.once('finish', () => {
      if (stopping()) setImmediate(() => http.closeIdleConnections());
    });
    const refusal = refuseByHeaders(req.headers, routes.acceptsForm(req.method, req.getPath()));
    if (!refusal) {
      if (String(req.headers.expect).toLowerCase() === '100-continue') res.writeContinue();
      return next();
    }
    logger.warn({ status: refusal.status, method: req.method, path: clipPath(req) }, 'request body refused');
    refuse(res, refusal, true);
    return next(false);
  });
  const routes = httpRoutes(server, logger);

  routes.post(
    '/api/messages',
    async (req, res) => {
      if (!activityShape.safeParse(req.body).success) {
        logger.warn({ path: '/api/messages' }, 'malformed activity refused');
        res.send(400, { error: 'malformed activity' });
        return;
      }
      // A message may carry only attachments; the SDK's mention removal expects text to exist.
      const body = req.body as { type: string; text?: string };
      if (body.type === 'message' && body.text === undefined) body.text = '';
      await runActivityTurn(adapter, req, res, (context) => app.run(context).then(() => undefined), logger);
    },
    { json: true },
  );

  routes.get('/healthz', (_req, res) => {
    const { code, body } = health();
    res.send(code, body);
  });

  server.on('restifyError', (req, _res, err, callback) => {
    logger.warn(
      { status: (err as { statusCode?: number }).statusCode, method: req.method, path: clipPath(req) },
      'request refused',
    );
    callback();
  });
  return { server, routes };
}

const clipPath = (req: restify.Request) => String(req.getPath?.() ?? req.url).slice(0, 200);
