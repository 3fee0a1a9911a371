import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { personalMessage, TENANT, users } from '../support/activities.js';

let h: TestBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('authentication at the front door', () => {
  it('with app credentials, refuses a request without a token (401) and does nothing', async () => {
    h = await startTestBot({
      env: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'secret',
        MicrosoftAppTenantId: TENANT,
        HOST: '127.0.0.1',
      },
    });
    const res = await h.post(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }));
    expect(res.status).toBe(401);
    const forged = await h.post(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }), {
      authorization: 'Bearer not.a.token',
    });
    expect(forged.status).toBe(401);
    expect(h.connector.calls).toHaveLength(0);
  });

  it('in local mode, listens on loopback only', async () => {
    h = await startTestBot();
    expect(h.bot.deps.config.host).toBe('127.0.0.1');
    expect(h.bot.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
