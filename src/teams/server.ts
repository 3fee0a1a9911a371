import restify from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../log.js';

export interface ServerParts {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  logger: Logger;
}

/** The HTTP front door: Bot Framework activities on /api/messages, a health check. */
export function createServer({ adapter, app, logger }: ServerParts): restify.Server {
  const server = restify.createServer({ name: 'uthiek-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
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
