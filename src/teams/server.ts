import restify from 'restify';
import { z } from 'zod';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../log.js';

export interface ServerParts {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
}

/**
 * The least an activity needs before the SDK sees it: what Teams always sends. Anything else is
 * refused with 400 here, because the SDK answers some malformed activities with 500.
 */
const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    serviceUrl: z.string().url().max(2000).optional(),
    conversation: z.object({ id: z.string().min(1).max(2000) }).passthrough().optional(),
    from: z.object({ id: z.string().max(500).optional(), aadObjectId: z.string().max(100).optional() }).passthrough().optional(),
    recipient: z.object({ id: z.string().max(500).optional() }).passthrough().optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

/** The HTTP front door: Bot Framework activities on /api/messages, a health check. */
export function createServer({ adapter, app, logger }: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'uthiek-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    if (!activityShape.safeParse(req.body).success) {
      logger.warn({ path: '/api/messages' }, 'malformed activity refused');
      res.send(400, { error: 'malformed activity' });
      return;
    }
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
    res.send(200, { status: 'ok' });
    next();
  });

  server.on('restifyError', (req, res, err, callback) => {
    logger.warn({ status: (err as { statusCode?: number }).statusCode, path: req.getPath() }, 'request refused');
    callback();
  });
  return server;
}
