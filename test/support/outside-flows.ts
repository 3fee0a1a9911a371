import type { TestBot } from './bot-harness.js';
import { users } from './activities.js';
import { actionData, cardOf, cardText } from './cards.js';
import { execute, installFor, installInUthiekTeam, proposalFor, submitCase, triageChannel } from './flows.js';

/** Carla, an external panel member who is not in Teams. */
export async function addOutsider(h: TestBot, name = 'Carla Smit'): Promise<void> {
  await h.bot.deps.panel.save(
    {
      id: 'pm-carla',
      name,
      email: 'carla@example.org',
      expertise: ['privacy', 'data-protection', 'surveillance', 'algorithms', 'ai'],
      monthlyMax: 3,
      unavailable: [],
      active: true,
    },
    users.member.aadObjectId,
  );
}

/**
 * A high-impact case whose proposal includes Carla, and the availability poll sent: returns the
 * case id and the notice the handler got (with Carla's personal link when there is no Outlook).
 */
export async function pollWithOutsider(
  h: TestBot,
  name = 'Carla Smit',
): Promise<{ id: string; notice: string; card: any }> {
  await installInUthiekTeam(h);
  await installFor(h, [users.lead, users.member2]);
  await addOutsider(h, name);
  const id = await submitCase(h, users.lead);
  await h.connector.waitFor(() => Boolean(h.bot.deps.store.get('messages', `triage:${id}`)));
  const c = h.bot.deps.cases.get(id)!;
  await execute(
    h,
    users.member2,
    { verb: 'triage.accept', caseId: id, rev: c.rev, handlerId: users.member2.aadObjectId, impact: 'high' },
    triageChannel(h, id),
  );
  const proposal = await proposalFor(h, users.member2, id);
  const polled = cardOf(await execute(h, users.member2, actionData(proposal, 'schedule.poll')));
  return { id, notice: cardText(polled), card: polled };
}

export const linkIn = (text: string): string => /Carla Smit: (http\S+)/.exec(text)![1]!;
