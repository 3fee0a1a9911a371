import { ActivityTypes, type TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/render.js';
import { welcomeCard } from '../cards/welcome-card.js';
import { rememberConversation } from '../conversations.js';
import type { App, Deps } from '../deps.js';
import { safe } from '../routing/safe.js';
import { speechOf } from '../routing/turn.js';

/** Welcomes a conversation once, however often Teams repeats the install events. */
async function welcomeOnce(context: TurnContext, deps: Deps): Promise<void> {
  const record = await rememberConversation(context, deps.conversations, deps.clock);
  // cases submitted before the bot was in Team Uthiek's team get their triage card now, not in an hour
  if (record.teamId && record.teamId === deps.config.uthiek.teamId) {
    const woken = await deps.jobs.wake('triage.post');
    if (woken) deps.logger.info({ count: woken }, 'triage cards that waited for the team are posted now');
  }
  // Teams sends installationUpdate and conversationUpdate at the same moment: claim the welcome first.
  if (!(await deps.conversations.claimWelcome(record.id))) return;
  const turn = speechOf(context, deps);
  if (record.kind === 'personal') {
    await context.sendActivity({ attachments: [cardAttachment(welcomeCard(turn))] });
  } else {
    await context.sendActivity(turn.t('welcome.team'));
  }
  deps.logger.info({ conversationId: record.id, kind: record.kind }, 'welcomed');
}

async function forget(context: TurnContext, deps: Deps): Promise<void> {
  const record = await rememberConversation(context, deps.conversations, deps.clock);
  await deps.conversations.markUnreachable(record.id);
  if (record.teamId === deps.config.uthiek.teamId) deps.members.invalidate();
  deps.logger.info({ conversationId: record.id }, 'bot removed from conversation');
}

export function registerInstall(app: App, deps: Deps): void {
  app.activity(
    ActivityTypes.InstallationUpdate,
    safe(deps, 'installationUpdate', async (context) => {
      if (String(context.activity.action ?? '').startsWith('remove')) await forget(context, deps);
      else await welcomeOnce(context, deps);
    }),
  );

  app.conversationUpdate(
    'membersAdded',
    safe(deps, 'membersAdded', async (context) => {
      const a = context.activity;
      const botAdded = (a.membersAdded ?? []).some((m) => m.id === a.recipient.id);
      if (botAdded || a.conversation.conversationType === 'personal' || !a.conversation.conversationType) {
        await welcomeOnce(context, deps);
      } else if (a.channelData?.team?.id === deps.config.uthiek.teamId) {
        deps.members.invalidate();
      }
    }),
  );

  app.conversationUpdate(
    'membersRemoved',
    safe(deps, 'membersRemoved', async (context) => {
      const a = context.activity;
      if ((a.membersRemoved ?? []).some((m) => m.id === a.recipient.id)) await forget(context, deps);
      else if (a.channelData?.team?.id === deps.config.uthiek.teamId) deps.members.invalidate();
    }),
  );
}
