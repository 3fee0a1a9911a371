import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot-harness.js';
import { channelMessage, installationUpdate, users } from '../support/activities.js';
import { actionData, cardOf, cardText } from '../support/cards.js';
import { execute, installInUthiekTeam, say, submitCase, triageChannel } from '../support/flows.js';

let h: TestBot;
beforeEach(async () => {
  h = await startTestBot({ env: { RETENTION_DAYS: '365' } });
  await installInUthiekTeam(h);
  await h.post(installationUpdate(users.lead, 'add', { serviceUrl: h.connector.url }));
});
afterEach(async () => {
  await h.stop();
});

/** Every byte the bot keeps on disk. */
function everythingOnDisk(): string {
  const files = fs.readdirSync(h.dataDir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(h.dataDir, f)).isFile());
  return files.map((f) => fs.readFileSync(path.join(h.dataDir, f), 'utf8')).join('\n');
}

describe('privacy: the bot passes its own assessment', () => {
  it('"mijn gegevens" exports what the bot holds about the asking person', async () => {
    const id = await submitCase(h);
    await h.post(channelMessage(users.lead, "We willen volgend jaar een pilot starten met slimme camera's in het centrum die drukte meten.", { serviceUrl: h.connector.url }));
    await h.connector.waitFor(() => h.bot.deps.store.all('signals').some((x) => x.invitedAt));
    const card = cardOf((await say(h, users.lead, 'mijn gegevens')).find((b) => JSON.stringify(b).includes('Wat ik over je bewaar')));
    expect(cardText(card)).toContain('Zaken waarbij je betrokken bent: 1');
    expect(cardText(card)).toContain('Herkende signalen van jou: 1');
    const url = (card.actions as any[]).find((a) => a.type === 'Action.OpenUrl').url as string;
    const data = (await (await fetch(url)).json()) as any;
    expect(data.subject).toBe(users.lead.aadObjectId);
    expect(data.casesLed.map((c: any) => c.id)).toEqual([id]);
    expect(data.signals).toHaveLength(1);
    expect(data.history.length).toBeGreaterThan(5);
    expect(h.bot.deps.store.events({ type: 'person.exported' })).toHaveLength(1);
    // the link is only for this person's file
    expect((await fetch(url.replace(users.lead.aadObjectId, users.member.aadObjectId))).status).toBe(404);
  });

  it('a Team Uthiek member erases a person on request: nothing of their id is left, on disk either', async () => {
    const id = await submitCase(h);
    expect(everythingOnDisk()).toContain(users.lead.aadObjectId);
    const refused = await say(h, users.lead, `wis gegevens ${users.member.aadObjectId}`);
    expect(JSON.stringify(refused)).toContain('Alleen Team Uthiek');
    const confirm = cardOf((await say(h, users.member, `wis gegevens ${users.lead.aadObjectId}`))[0]);
    const done = cardOf(await execute(h, users.member, actionData(confirm, 'erase.confirm')));
    expect(cardText(done)).toContain('De gegevens zijn gewist');
    const c = h.bot.deps.cases.get(id)!;
    expect(c.leadId).toMatch(/^erased-[0-9a-f]{12}$/);
    expect(h.bot.deps.store.get('people', users.lead.aadObjectId)).toBeUndefined();
    expect(h.bot.deps.store.events().some((e) => JSON.stringify(e).includes(users.lead.aadObjectId))).toBe(false);
    expect(h.bot.deps.store.events({ type: 'person.erased' })[0]!.data).toEqual({ subject: c.leadId });
    await h.restart();
    expect(everythingOnDisk()).not.toContain(users.lead.aadObjectId);
    expect(h.bot.deps.cases.get(id)!.state).toBe('submitted');
  });

  it('retention: finished cases past RETENTION_DAYS lose their personal data, the figures stay', async () => {
    const id = await submitCase(h, users.lead, { basics: { leadIsMe: 'false', leadName: 'Sanne de Vries', leadEmail: 'sanne@utrecht.example' } });
    await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
    const c = h.bot.deps.cases.get(id)!;
    await execute(h, users.member, { verb: 'triage.decline', caseId: id, rev: c.rev, reason: 'Geen digitalisering.' }, triageChannel(h, id));
    expect(h.bot.deps.cases.get(id)!.state).toBe('declined');
    h.clock.advance(200 * 86_400_000);
    await h.bot.deps.jobs.enqueue({ id: 'retention.sweep:test-1', kind: 'retention.sweep', dueAt: h.clock.now() });
    await h.bot.deps.jobs.tick();
    expect(h.bot.deps.cases.get(id)!.anonymisedAt).toBeUndefined();
    h.clock.advance(200 * 86_400_000);
    await h.bot.deps.jobs.enqueue({ id: 'retention.sweep:test-2', kind: 'retention.sweep', dueAt: h.clock.now() });
    await h.bot.deps.jobs.tick();
    const anonymised = h.bot.deps.cases.get(id)!;
    expect(anonymised.anonymisedAt).toBeDefined();
    expect(anonymised).toMatchObject({ leadId: 'anonymised', createdBy: 'anonymised', state: 'declined' });
    expect(JSON.stringify(anonymised)).not.toMatch(/Sanne|sanne@utrecht/);
    expect(h.bot.deps.store.events({ caseId: id }).some((e) => e.actor === users.lead.aadObjectId)).toBe(false);
    expect(h.bot.deps.store.events({ caseId: id, type: 'case.submit' })).toHaveLength(1);
    await h.restart();
    expect(everythingOnDisk()).not.toMatch(/sanne@utrecht/);
  });
});
