import { describe, expect, it } from 'vitest';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { personalConversationId, personalMessage, users } from '../support/activities.js';

let h: TestBot;
botForEachTest((bot) => (h = bot));

const sendsTo = (t: TestBot) =>
  t.connector.calls.filter((c) => c.conversationId === personalConversationId(users.lead) && c.method === 'POST');

describe('calls to the Bot Connector', () => {
  it('never retries a send blindly after a 5xx (it may have been delivered)', async () => {
    let failures = 0;
    h.connector.fail = (call) => (call.body?.type === 'message' && failures++ === 0 ? { status: 502 } : undefined);
    await h.post(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }));
    // one attempt for the help card (502), then one apology message; no third call
    const calls = sendsTo(h);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body.text).toContain('Er ging iets mis');
  });

  it('waits as long as Retry-After says on 429 and then delivers once', async () => {
    let throttled = 0;
    h.connector.fail = (call) =>
      call.body?.type === 'message' && throttled++ < 2 ? { status: 429, headers: { 'retry-after': '0.2' } } : undefined;
    await h.post(personalMessage(users.lead, 'help', { serviceUrl: h.connector.url }));
    const calls = sendsTo(h);
    expect(calls).toHaveLength(3);
    expect(calls[2]!.at - calls[0]!.at).toBeGreaterThanOrEqual(380);
    expect(JSON.stringify(calls[2]!.body)).toContain('Wat kan Uthiek Bot?');
  });
});
