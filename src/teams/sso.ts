import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config/env.js';
import { tenantAllowed } from './tenant-guard.js';

/**
 * Teams tab single sign-on: the tab asks Teams for the user's Entra ID token and sends it as a
 * bearer token; this checks its signature (Microsoft's published keys), audience (this app) and
 * issuer, and tenant (ALLOWED_TENANT_IDS, the same allow-list as for activities), and returns the
 * user's object id.
 */
export class SsoVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly config: Config,
    keysUrl: string,
  ) {
    this.keys = createRemoteJWKSet(new URL(keysUrl));
  }

  private audiences(): string[] {
    const appId = this.config.credentials?.appId;
    if (!appId) return [];
    const host = this.config.publicUrl ? new URL(this.config.publicUrl).host : undefined;
    return [appId, `api://botid-${appId}`, ...(host ? [`api://${host}/botid-${appId}`] : [])];
  }

  /** The AAD object id of the signed-in user, or undefined when the token is not valid for this app. */
  async verify(token: string): Promise<string | undefined> {
    const audience = this.audiences();
    if (audience.length === 0) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.keys, { audience, algorithms: ['RS256'] });
      const tid = String(payload.tid ?? '').toLowerCase();
      if (!tenantAllowed(this.config.allowedTenantIds, tid)) return undefined;
      const issuers = [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`];
      if (!issuers.includes(String(payload.iss))) return undefined;
      return typeof payload.oid === 'string' ? payload.oid : undefined;
    } catch {
      return undefined;
    }
  }
}
