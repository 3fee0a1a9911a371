import { ActivityTypes, INVOKE_RESPONSE_KEY, StatusCodes, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { TurnState } from '@microsoft/teams-ai';
import { translator } from '../../i18n/index.js';
import type { Deps } from '../deps.js';
import { localeFor } from './turn.js';

type Handler = (context: TurnContext, state: TurnState) => Promise<void>;

/**
 * Wraps a route handler so that an unexpected error never reaches Teams as a failure
 * ("Unable to reach app") and never loses what was saved: the person gets a short apology in
 * their language, the log gets the error with ids only.
 */
export function safe(deps: Pick<Deps, 'logger' | 'people' | 'config'>, route: string, handler: Handler): Handler {
  return async (context, state) => {
    try {
      await handler(context, state);
    } catch (err) {
      const a = context.activity;
      deps.logger.error(
        {
          err: { message: (err as Error).message, stack: (err as Error).stack },
          route,
          activityId: a.id,
          type: a.type,
          name: a.name,
          conversationId: a.conversation?.id,
          userId: a.from?.aadObjectId,
        },
        'handler failed',
      );
      const t = translator(localeFor(deps, a.from?.aadObjectId, a.locale));
      if (a.type === ActivityTypes.Invoke) {
        if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
        const response: InvokeResponse = {
          status: StatusCodes.OK,
          body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: t('common.error') },
        };
        await context.sendActivity({ type: 'invokeResponse', value: response });
      } else {
        await context.sendActivity(t('common.error'));
      }
    }
  };
}
