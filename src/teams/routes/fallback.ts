import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { App, Deps } from '../deps.js';
import { addressedToBot } from '../routing/activity.js';
import { safe } from '../routing/safe.js';
import { notUnderstood } from '../routing/not-understood.js';
import { speechOf } from '../routing/turn.js';

const isCardAction = async (context: TurnContext) =>
  context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action';

/**
 * Registered last. A message no other route took: in 1:1 (or when @mentioned) the person gets
 * a pointer to help, with the command they may have meant when it is a typo away; their text is
 * neither repeated nor kept. Other channel chatter gets no
 * reply. A card action with an unknown verb (an old or forged card) gets a clear answer
 * instead of a failed invoke.
 */
export function registerFallback(app: App, deps: Deps): void {
  app.addRoute(
    isCardAction,
    safe(deps, 'fallback:card', async (context) => {
      const turn = speechOf(context, deps);
      deps.logger.warn(
        { activityId: context.activity.id, userId: context.activity.from?.aadObjectId },
        'unknown card action',
      );
      await context.sendActivity({
        type: 'invokeResponse',
        value: {
          status: 200,
          body: {
            statusCode: 200,
            type: 'application/vnd.microsoft.activity.message',
            value: turn.t('common.invalidAction'),
          },
        },
      });
    }),
    true,
  );

  app.activity(
    ActivityTypes.Message,
    safe(deps, 'fallback', async (context) => {
      if (!addressedToBot(context.activity)) return;
      const turn = speechOf(context, deps);
      if (context.activity.value) return void (await context.sendActivity(turn.t('common.invalidAction')));
      await context.sendActivity(await notUnderstood(deps, context));
    }),
  );
}
