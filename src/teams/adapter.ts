import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter.js';
import type { Config } from '../config/env.js';
import type { Logger } from '../log.js';
import { connectorHttpClient } from './connector-http.js';
import { reuseConnectorClients } from './connector-reuse.js';
import type { ThrottleSignal } from './send-policy.js';

/**
 * The Bot Framework adapter. With credentials it validates the token on every incoming request
 * (401 without a valid one). Without credentials (local mode) it trusts the caller, which is
 * why the server then listens on loopback only. Every call it makes to the Bot Connector (replies
 * in a turn, proactive sends) goes through the connector HTTP client (connector-http.ts, with the
 * retry policy of send-policy.ts), given through botbuilder's `connectorClientOptions`; the clients
 * are made once and reused (connector-reuse.ts).
 */
export function createAdapter(config: Config, logger: Logger, throttle: ThrottleSignal): TeamsAdapter {
  const c = config.credentials;
  const settings = c
    ? {
        MicrosoftAppId: c.appId,
        MicrosoftAppPassword: c.password,
        MicrosoftAppType: c.type,
        MicrosoftAppTenantId: c.tenantId,
      }
    : {};
  const adapter = new TeamsAdapter(settings, undefined, undefined, { httpClient: connectorHttpClient(throttle) });
  reuseConnectorClients(adapter);
  adapter.onTurnError = async (context, error) => {
    const a = context.activity;
    logger.error(
      {
        err: { message: error.message, stack: error.stack },
        activityId: a.id,
        type: a.type,
        name: a.name,
        conversationId: a.conversation?.id,
      },
      'unhandled turn error',
    );
  };
  return adapter;
}
