import { describe, expect, it } from 'vitest';
import { CARD_ACTIONS, COMMANDS } from '../../src/teams/app.js';
import { translator } from '../../src/i18n/index.js';
import { botForEachTest, type TestBot } from '../support/bot-harness.js';
import { cardAction, personalConversationId, personalMessage, users } from '../support/activities.js';
import { installFor, installInUthiekTeam, say, submitCase } from '../support/flows.js';

const nl = translator('nl');

let h: TestBot;
botForEachTest(async (bot) => {
  h = bot;
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.outsider]);
});

/** Everything the bot has recorded: documents of every collection and the audit log. */
function snapshot() {
  const s = h.bot.deps.store;
  const names = ['cases', 'signals', 'proposals', 'panel', 'staff', 'people', 'settings'] as const;
  return JSON.stringify({ docs: names.map((n) => s.all(n)), events: s.events() });
}

/** The answer to a card action: the text of a message response. */
const answerOf = (body: any) => (typeof body?.value === 'string' ? body.value : JSON.stringify(body));

describe('authorization declared per route and enforced before any handler runs', () => {
  it("refuses every Team Uthiek card action to someone outside the team, with the route's own message, and changes nothing", async () => {
    const caseId = await submitCase(h, users.lead);
    const before = snapshot();
    const uthiekOnly = Object.entries(CARD_ACTIONS).filter(([, route]) => route.audience !== 'everyone');
    expect(uthiekOnly.length).toBeGreaterThan(15);
    for (const [verb, route] of uthiekOnly) {
      if (route.audience === 'everyone') continue;
      // well-formed data for a real case: only the audience can stop it
      const res = await h.post(
        cardAction(
          users.outsider,
          verb,
          {
            verb,
            caseId,
            rev: 0,
            proposalId: 'prop-x',
            memberId: '',
            subject: users.lead.aadObjectId,
            code: 'funnel.signals',
            year: 2026,
            count: 1,
            page: 0,
          },
          { serviceUrl: h.connector.url },
        ),
      );
      expect(res.status, verb).toBe(200);
      expect(answerOf(res.body), verb).toBe(nl(route.refused));
    }
    expect(snapshot()).toBe(before);
  });

  it('refuses to show a case to someone who is not part of it, saying it is about viewing', async () => {
    const caseId = await submitCase(h, users.lead);
    const before = snapshot();
    const res = await h.post(
      cardAction(users.outsider, 'case.open', { verb: 'case.open', caseId }, { serviceUrl: h.connector.url }),
    );
    expect(answerOf(res.body)).toBe(
      'Deze zaak kun je niet bekijken: alleen wie de zaak aanmeldde, de projectleider en Team Uthiek kunnen haar inzien.',
    );
    expect(answerOf(res.body)).not.toContain('gewijzigd');
    expect(snapshot()).toBe(before);
  });

  it("refuses every Team Uthiek command to someone outside the team, with the command's own message", async () => {
    // Team Uthiek's own, and the reports (also for report viewers): an outsider is neither
    const uthiekOnly = COMMANDS.filter((c) => c.audience !== 'everyone');
    expect(uthiekOnly.map((c) => c.id)).toEqual(expect.arrayContaining(['cases', 'plan', 'panel', 'report', 'erase']));
    const before = snapshot();
    for (const route of uthiekOnly) {
      if (!('refused' in route)) continue;
      const sent = await say(h, users.outsider, `${route.words.nl[0]} ${users.lead.aadObjectId}`);
      expect(
        sent.map((a) => a.text),
        route.id,
      ).toEqual([nl(route.refused)]);
    }
    expect(snapshot()).toBe(before);
  });

  it('answers an activity without an AAD object id clearly, for commands and card actions, and does nothing', async () => {
    const anonymous = { ...users.outsider, aadObjectId: '' };
    const before = snapshot();
    h.connector.clear();
    const message = personalMessage(anonymous, 'aanmelden', { serviceUrl: h.connector.url });
    delete (message.from as { aadObjectId?: string }).aadObjectId;
    await h.post(message);
    const sent = h.connector.sent(personalConversationId(anonymous)).map((c) => c.body.text);
    expect(sent).toEqual([nl('common.unknownUser')]);
    const invoke = cardAction(
      anonymous,
      'intake.submit',
      { verb: 'intake.submit', caseId: 'UTH-2026-001', rev: 0 },
      { serviceUrl: h.connector.url },
    );
    delete (invoke.from as { aadObjectId?: string }).aadObjectId;
    const res = await h.post(invoke);
    expect(answerOf(res.body)).toBe(nl('common.unknownUser'));
    expect(snapshot()).toBe(before);
  });
});
