import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';

/**
 * A signing key pair (key id `k1`) and, on loopback, an OpenID key endpoint that serves its public
 * key: what the bot checks Teams single sign-on tokens against.
 */
export async function openIdKeys() {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const jwks = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  return {
    privateKey,
    /** The bot's settings with app credentials (`appId` in `tenant`) that read the keys from here. */
    env: (appId: string, tenant: string): Record<string, string> => ({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: tenant,
      HOST: '127.0.0.1',
      PUBLIC_URL: 'https://uthiek.example.org',
      OPENID_KEYS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/keys`,
    }),
    close: () => jwks.close(),
  };
}
