import restify from 'restify';
import { z } from 'zod';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../log.js';
import type { HealthReport } from './health.js';

export interface ServerParts {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
  /** The answer of GET /healthz (200 or 503 with the store's state). */
  health: () => { code: number; body: HealthReport };
}

/**
 * What an activity must look like before the SDK and teams-ai see it: what Teams always sends,
 * with the types the code relies on. Anything else is refused with 400 here, because the SDK
 * answers some malformed activities with 500 or 501.
 */
const id = z.string().min(1).max(2000).regex(/^[\x20-\x7E]+$/, 'printable ASCII');
const party = z.object({ id, aadObjectId: z.string().max(100).optional(), name: z.string().max(1000).optional() }).passthrough();
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
    channelId: z.string().min(1).max(100),
    serviceUrl: z.string().url().max(2000).regex(/^https?:\/\//i, 'http or https'),
    conversation: z
      .object({ id, tenantId: z.string().max(100).optional(), isGroup: z.boolean().optional(), conversationType: z.string().max(100).optional() })
      .passthrough(),
    from: party,
    recipient: party,
    locale: z.string().max(50).optional(),
    text: z.string().max(100_000).optional(),
    entities: z.array(entity).max(1000).optional(),
    membersAdded: z.array(party).max(10_000).optional(),
    membersRemoved: z.array(party).max(10_000).optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

/** The HTTP front door: Bot Framework activities on /api/messages, a health check. */
export function createServer({ adapter, app, logger, health }: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'uthiek-bot', handleUncaughtExceptions: false });
  // Compressed bodies are refused before they are read: Teams never sends them, and a broken or
  // enormous one must not reach the parser.
  server.pre((req, res, next) => {
    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity' && encoding !== '') {
      res.send(415, { error: 'content-encoding not accepted' });
      return next(false);
    }
    return next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    if (!activityShape.safeParse(req.body).success) {
      logger.warn({ path: '/api/messages' }, 'malformed activity refused');
      res.send(400, { error: 'malformed activity' });
      return;
    }
    // A message may carry only attachments; the SDK's mention removal expects text to exist.
    const body = req.body as { type: string; text?: string };
    if (body.type === 'message' && body.text === undefined) body.text = '';
    try {
      await adapter.process(req, res, async (context) => {
        await app.run(context);
      });
    } catch (err) {
      // The SDK checks the activity's shape before its own error handling and throws on a
      // malformed one: that is the sender's mistake (400), not ours (500).
      logger.warn({ err: { message: (err as Error).message?.slice(0, 200) }, activityId: (req.body as { id?: unknown } | undefined)?.id }, 'malformed activity refused');
      if (!res.headersSent) res.send(400, { error: 'malformed activity' });
    }
  });

  server.get('/healthz', (_req, res, next) => {
    const { code, body } = health();
    res.send(code, body);
    next();
  });

  server.on('restifyError', (req, res, err, callback) => {
    logger.warn({ status: (err as { statusCode?: number }).statusCode, path: req.getPath() }, 'request refused');
    callback();
  });
  return server;
}
