import type { ConversationReference, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { createAdapter } from '../../src/teams/adapter.js';
import { ThrottleSignal } from '../../src/teams/send-policy.js';
import { FakeConnector } from '../support/fake-connector.js';

const reference = (serviceUrl: string, conversationId: string): Partial<ConversationReference> => ({
  serviceUrl,
  channelId: 'msteams',
  conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
  bot: { id: '28:bot', name: 'Uthiek Bot' },
});

describe('the Bot Connector clients of the adapter', () => {
  it('are made once per service URL and reused by later turns, which still reach the connector', async () => {
    const [one, two] = [await new FakeConnector().start(), await new FakeConnector().start()];
    try {
      const adapter = createAdapter(
        loadConfig({ DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' }),
        createLogger('silent'),
        new ThrottleSignal(),
      );
      const seen: { connector: unknown; userTokens: unknown }[] = [];
      const turn = (serviceUrl: string, conversationId: string, text: string) =>
        adapter.continueConversationAsync('', reference(serviceUrl, conversationId), async (ctx: TurnContext) => {
          seen.push({
            connector: ctx.turnState.get(adapter.ConnectorClientKey),
            userTokens: ctx.turnState.get(adapter.UserTokenClientKey),
          });
          await ctx.sendActivity(text);
        });
      await turn(one.url, 'a:1', 'first');
      await turn(one.url, 'a:2', 'second');
      await turn(two.url, 'a:3', 'third');

      expect(seen[0]!.connector).toBeDefined();
      expect(seen[1]!.connector).toBe(seen[0]!.connector);
      expect(seen[2]!.connector).not.toBe(seen[0]!.connector);
      expect(seen[1]!.userTokens).toBe(seen[0]!.userTokens);
      // every turn's message reached the connector of its own service URL, in its own conversation
      expect(one.sent().map((s) => [s.conversationId, (s.body as { text?: string }).text])).toEqual([
        ['a:1', 'first'],
        ['a:2', 'second'],
      ]);
      expect(two.sent().map((s) => [s.conversationId, (s.body as { text?: string }).text])).toEqual([['a:3', 'third']]);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });
});
