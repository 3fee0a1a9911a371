import { TeamsAdapter } from '@microsoft/teams-ai';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from '../config/env.js';
import type { Logger } from '../log.js';
import { useSafeRetries } from './send-policy.js';

/**
 * The Bot Framework adapter. With credentials it validates the token on every incoming request
 * (401 without a valid one). Without credentials (local mode) it trusts the caller, which is
 * why the server then listens on loopback only.
 */
export function createAdapter(config: Config, logger: Logger): TeamsAdapter {
  const c = config.credentials;
  const adapter = new TeamsAdapter(
    c
      ? {
          MicrosoftAppId: c.appId,
          MicrosoftAppPassword: c.password,
          MicrosoftAppType: c.type,
          MicrosoftAppTenantId: c.tenantId,
        }
      : {},
  );
  installSafeRetries(adapter);
  adapter.onTurnError = async (context, error) => {
    const a = context.activity;
    logger.error(
      { err: { message: error.message, stack: error.stack }, activityId: a.id, type: a.type, name: a.name, conversationId: a.conversation?.id },
      'unhandled turn error',
    );
  };
  return adapter;
}

/**
 * Every connector client the adapter makes gets the retry policy of send-policy.ts: clients
 * for incoming turns pass through createTurnContext (private in the SDK, hence the patch on the
 * instance), clients for proactive and new conversations come from createConnectorFactory.
 */
function installSafeRetries(adapter: TeamsAdapter): void {
  const auth = (adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication;
  const createFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (claimsIdentity) => {
    const factory = createFactory(claimsIdentity);
    const create = factory.create.bind(factory);
    factory.create = async (serviceUrl, audience) => useSafeRetries(await create(serviceUrl, audience));
    return factory;
  };
  const self = adapter as unknown as { createTurnContext: (...args: unknown[]) => unknown };
  const createTurnContext = self.createTurnContext.bind(adapter);
  self.createTurnContext = (...args: unknown[]) => {
    useSafeRetries(args[3]);
    return createTurnContext(...args);
  };
}
