import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import {
  cardAction,
  channelMessage,
  installationUpdate,
  personalMessage,
  TENANT,
  users,
} from '../support/activities.js';
import { everythingUnder } from '../store/helpers.js';
import { openIdKeys } from '../support/openid-keys.js';

const OTHER = '99999999-8888-7777-6666-555555555555';
const APP = '11111111-2222-3333-4444-555555555555';

let h: TestBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The same activity as sent from a conversation in another tenant. */
function fromTenant<T extends { conversation: object; channelData?: object }>(
  activity: T,
  tenantId: string | undefined,
): T {
  const channelData = { ...(activity.channelData as Record<string, unknown>) };
  if (tenantId) channelData.tenant = { id: tenantId };
  else delete channelData.tenant;
  return { ...activity, conversation: { ...activity.conversation, tenantId }, channelData };
}

describe('the tenant allow-list, first step of every turn', () => {
  it('ignores activities from another tenant: no reply, nothing stored, a log line with the tenant id only', async () => {
    h = await startTestBot({ env: { ALLOWED_TENANT_IDS: TENANT } });
    const base = { serviceUrl: h.connector.url };
    await h.bot.deps.jobs.tick(); // what the start scheduled is done
    const storedBefore = everythingUnder(h.dataDir);
    const seq = h.bot.deps.store.health().seq;
    const logsBefore = h.logs.length;

    const foreign = [
      personalMessage(users.outsider, 'aanmelden', base),
      personalMessage(users.outsider, 'mijn gegevens', base),
      channelMessage(users.outsider, 'We starten een pilot met camera’s en AI die bewoners volgt.', base),
      installationUpdate(users.outsider, 'add', base),
      cardAction(users.outsider, 'signal.dismiss', { signalId: 'x' }, base),
    ].map((a) => fromTenant(a, OTHER));
    for (const activity of foreign) {
      const res = await h.post(activity);
      expect(res.status, activity.type).not.toBe(500);
      expect(JSON.stringify(res.body ?? '')).not.toContain('adaptive');
    }
    // and one without any tenant at all, while there is a list
    await h.post(fromTenant(personalMessage(users.outsider, 'help', base), undefined));
    await h.bot.deps.jobs.tick(); // nothing was queued either

    expect(h.connector.calls).toHaveLength(0);
    expect(h.bot.deps.store.health().seq).toBe(seq);
    expect(everythingUnder(h.dataDir)).toBe(storedBefore);
    const logged = h.logs.slice(logsBefore).join('');
    expect(logged.match(/activity from a tenant that is not allowed/g)).toHaveLength(foreign.length + 1);
    expect(logged).toContain(`"tenantId":"${OTHER}"`);
    expect(logged).toContain('"tenantId":"none"');
    for (const personal of [
      users.outsider.name,
      users.outsider.aadObjectId,
      users.outsider.id,
      'camera',
      'aanmelden',
    ]) {
      expect(logged).not.toContain(personal);
    }

    // the same message from the allowed tenant is answered
    const res = await h.post(personalMessage(users.lead, 'help', base));
    expect(res.status).toBe(200);
    await h.connector.waitFor((calls) => calls.length > 0);
  });

  it('takes several tenants, case-insensitively', async () => {
    h = await startTestBot({ env: { ALLOWED_TENANT_IDS: `${OTHER.toUpperCase()},${TENANT}` } });
    await h.post(fromTenant(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }), OTHER));
    await h.connector.waitFor((calls) => calls.length === 1);
  });

  it('has no filter in local mode without ALLOWED_TENANT_IDS', async () => {
    h = await startTestBot();
    await h.post(fromTenant(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }), OTHER));
    await h.connector.waitFor((calls) => calls.length === 1);
  });
});

describe('the tenant allow-list for the dashboard (Teams single sign-on)', () => {
  it('refuses a valid token of a Team Uthiek member from a tenant that is not allowed', async () => {
    const { privateKey, env, close } = await openIdKeys();
    try {
      h = await startTestBot({ env: env(APP, TENANT) });
      const token = (tid: string) =>
        new SignJWT({ oid: users.member.aadObjectId, tid })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer(`https://login.microsoftonline.com/${tid}/v2.0`)
          .setAudience(APP)
          .setExpirationTime('10m')
          .sign(privateKey);
      const api = async (tid: string) =>
        (
          await fetch(`${h!.bot.url}/api/report?year=2026`, {
            headers: { authorization: `Bearer ${await token(tid)}` },
          })
        ).status;
      expect(await api(TENANT)).toBe(200);
      expect(await api(OTHER)).toBe(401);
    } finally {
      close();
    }
  });
});
