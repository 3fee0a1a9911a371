import type { CloudAdapter } from 'botbuilder';

/** The parts of botbuilder's BotFrameworkAuthentication (botframework-connector) this file touches. */
interface Claims {
  getClaimValue(type: string): string | null;
}
interface ConnectorFactory {
  create(serviceUrl: string, audience?: string): Promise<unknown>;
}
interface Authentication {
  authenticateRequest(
    activity: unknown,
    authHeader: string,
  ): Promise<{ claimsIdentity: Claims; connectorFactory?: ConnectorFactory }>;
  createConnectorFactory(claims: Claims): ConnectorFactory;
  createUserTokenClient(claims: Claims): Promise<unknown>;
}

/** More than the bot will ever meet (one app id, a service URL per region): a bound, not a working set. */
const MAX_CLIENTS = 64;

/** The app id botbuilder builds clients for: the audience claim of a channel's token, else the app id claim. */
const appIdOf = (claims: Claims) => claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';

/** Remembers what `make` resolved to, per key; a failure is not remembered, so the next call tries again. */
class Reused {
  private readonly made = new Map<string, Promise<unknown>>();

  get(key: string, make: () => Promise<unknown>): Promise<unknown> {
    let made = this.made.get(key);
    if (!made) {
      if (this.made.size >= MAX_CLIENTS) this.made.clear();
      made = make();
      made.catch(() => {
        if (this.made.get(key) === made) this.made.delete(key);
      });
      this.made.set(key, made);
    }
    return made;
  }
}

/**
 * botbuilder's CloudAdapter builds a new Bot Connector client (with its credentials and HTTP
 * pipeline) and a new user-token client for every activity it receives and every proactive turn,
 * whether or not the turn sends anything: most of the bot's turns (channel messages) send nothing,
 * and the bot never signs users in. Building them was about a tenth of a channel message's CPU
 * time. This makes the adapter reuse them per app id, service URL and audience; a client holds no
 * state of one conversation (its credentials fetch and renew their own token), so reusing it
 * across turns changes nothing the Bot Connector sees.
 */
export function reuseConnectorClients(adapter: CloudAdapter): void {
  const auth = (adapter as unknown as { botFrameworkAuthentication: Authentication }).botFrameworkAuthentication;
  const clients = new Reused();
  const userTokenClients = new Reused();
  const reusing = (factory: ConnectorFactory, appId: string): ConnectorFactory => ({
    create: (serviceUrl, audience) =>
      clients.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)),
  });

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: reusing(result.connectorFactory, appIdOf(result.claimsIdentity)) };
  };
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (claims) => reusing(createConnectorFactory(claims), appIdOf(claims));
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => userTokenClients.get(appIdOf(claims), () => createUserTokenClient(claims));
}
