/**
 * The baseline for `npm run bench:turns`: the same stack as Uthiek Bot minus the application.
 * botbuilder 4.23 CloudAdapter without credentials (local mode, like Uthiek's), on a restify 11
 * server with the same plugins and options as src/teams/server.ts; POST /api/messages goes to an
 * ActivityHandler that answers every message with one text, "Echo: <text>", and every card
 * action (invoke adaptiveCard/action) with a message, "Echo: <verb>", in the invoke response.
 *
 *   npx tsx bench/echo-bot.ts        # standalone on 127.0.0.1:3979 (PORT to change)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import '../src/node-compat.js';
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';

export interface RunningEchoBot {
  url: string;
  port: number;
  stop(): Promise<void>;
}

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    _context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: `Echo: ${invokeValue.action.verb}`,
    } as unknown as AdaptiveCardInvokeResponse;
  }
}

/** Starts the echo bot in this process on a loopback port (0 = any free port). */
export async function startEchoBot(options: { port?: number; host?: string } = {}): Promise<RunningEchoBot> {
  const host = options.host ?? '127.0.0.1';
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    console.error(`echo bot turn error on ${context.activity.id}: ${error.message}`);
  };
  const bot = new EchoBot();

  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let stopped = false;
  return {
    url: `http://${host}:${port}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const bot = await startEchoBot({ port: Number(process.env.PORT ?? 3979) });
  console.log(`echo bot listening on ${bot.url}/api/messages`);
  const stop = () => void bot.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
