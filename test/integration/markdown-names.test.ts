import { afterEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { users } from '../support/activities.js';
import { actionData, cardOf, HOSTILE_NAME, MARKDOWN_NAME, markdownText } from '../support/cards.js';
import { walk } from '../support/card-check.js';
import {
  assessmentBegins,
  execute,
  installFor,
  installInUthiekTeam,
  say,
  scheduledCase,
  submitCase,
  triageChannel,
  proposalFor,
} from '../support/flows.js';
import { addOutsider } from '../support/outside-flows.js';

let h: TestBot;
afterEach(async () => {
  await h?.stop();
});

/** Every card and message text the bot produced, whatever it was an answer to. */
function recordEverything(bot: TestBot): unknown[] {
  const seen: unknown[] = [];
  const clear = bot.connector.clear.bind(bot.connector);
  bot.connector.clear = () => {
    seen.push(...bot.connector.calls.map((c) => c.body));
    clear();
  };
  const post = bot.post.bind(bot);
  bot.post = async (activity, headers) => {
    const res = await post(activity, headers);
    seen.push(res.body);
    return res;
  };
  return seen;
}

/** Where Teams would read markdown: TextBlocks, facts and message texts, in everything recorded. */
function markdownPlaces(all: unknown[]): string[] {
  const out: string[] = [];
  for (const x of all) {
    for (const { node } of walk(x)) {
      if (node.type === 'AdaptiveCard') out.push(markdownText(node));
      if (node.type === 'message' && typeof node.text === 'string') out.push(node.text);
      if (typeof node.value === 'string' && node.statusCode === 200) out.push(node.value);
    }
  }
  return out;
}

/**
 * One case with a name that would be a link and bold text in markdown, typed wherever a person
 * can type one (project, unit, lead, supplier, experts, a name to revoke; a person's name without
 * the web address, which is refused there), and a panel member whose name with a web address was
 * stored before names were checked, taken through registration, the lead lookup, triage, planning
 * with a person outside Teams, the lists and the personal links: no card's TextBlock or fact, and
 * no message's text, carries its markup or a web address from a name.
 */
describe('typed names and texts never reach markdown', () => {
  it('a case with hostile names everywhere, through registration, triage and planning', async () => {
    h = await startTestBot();
    const seen = recordEverything(h);
    await installInUthiekTeam(h);
    await installFor(h, [users.lead, users.member2]);
    await addOutsider(h, HOSTILE_NAME);
    const id = await submitCase(h, users.lead, {
      basics: {
        projectName: HOSTILE_NAME,
        orgUnit: HOSTILE_NAME,
        leadIsMe: 'false',
        leadName: MARKDOWN_NAME,
        leadEmail: 'eve@example.org',
      },
      purpose: { purpose: HOSTILE_NAME, means: HOSTILE_NAME },
      technology: { supplierName: HOSTILE_NAME },
      experts: { experts: MARKDOWN_NAME },
    });
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    const c = h.bot.deps.cases.get(id)!;
    await execute(
      h,
      users.member2,
      { verb: 'triage.accept', caseId: id, rev: c.rev, handlerId: users.member2.aadObjectId, impact: 'high' },
      triageChannel(h, id),
    );
    const proposal = await proposalFor(h, users.member2, id);
    await execute(h, users.member2, actionData(proposal, 'schedule.poll'));
    await say(h, users.lead, 'mijn zaken');
    await execute(h, users.member2, { verb: 'case.open', caseId: id });
    await say(h, users.member2, `extern ${id}`);
    await say(h, users.member2, `zaken`);
    await say(h, users.member2, `extern ${id} intrekken Niemand [x](https://evil.example) **Vet**`);
    await say(h, users.member2, `extern ${id} intrekken ${HOSTILE_NAME}`);
    h.connector.clear();
    // the walk saw the name where it belongs: typed, in TextRuns; and the revocation found the link
    expect(JSON.stringify(seen)).toContain(`"type":"TextRun","text":"${HOSTILE_NAME}"`);
    expect(JSON.stringify(seen)).toContain('Ingetrokken voor: Eve klik https evil example Vet');
    expect(JSON.stringify(seen)).toContain('Niemand x https evil example Vet');
    const places = markdownPlaces(seen).filter((t) => /\[klik\]|\*\*Vet/.test(t));
    expect(places).toEqual([]);
    // a web address in a stored name is no link where it stands in our sentences
    expect(markdownPlaces(seen).filter((t) => /evil\.example/.test(t))).toEqual([]);
  });

  it('an advice item owned by a hostile name, through the outcome and the decision card', async () => {
    h = await startTestBot();
    const seen = recordEverything(h);
    await installInUthiekTeam(h);
    await installFor(h, [users.lead, users.member2]);
    const id = await scheduledCase(h, users.lead, users.member2);
    const triage = triageChannel(h, id);
    const heldOn = assessmentBegins(h, id);
    const card = cardOf(await execute(h, users.member2, { verb: 'outcome.open', caseId: id }, triage));
    const form = {
      reportUrl: 'https://utrecht.example/verslag.pdf',
      heldOn,
      item_0_text: HOSTILE_NAME,
      item_0_values: 'privacy',
      item_0_owner: MARKDOWN_NAME,
      item_0_due: '2027-03-01',
    };
    await execute(h, users.member2, { ...actionData(card, 'outcome.save'), ...form, count: 1 }, triage);
    const decisionCard = () => h.connector.calls.some((c) => JSON.stringify(c.body ?? '').includes('decision.save'));
    await h.connector.waitFor(() => decisionCard());
    h.connector.clear();
    expect(JSON.stringify(seen)).toContain('Eve klik vet Vet');
    expect(markdownPlaces(seen).filter((t) => /\[klik\]|\*\*Vet/.test(t))).toEqual([]);
  });
});
