import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
// not in the package index; the same function CloudAdapter.process applies
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator.js';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Request, Response } from 'restify';
import type { Logger } from '../log.js';

/** botbuilder's CloudAdapterBase.processActivity, protected in its typings. */
type ProcessActivity = (
  authHeader: string,
  activity: Activity,
  logic: (context: TurnContext) => Promise<void>,
) => Promise<InvokeResponse | undefined>;

/**
 * Runs the turn of an activity the server has read and checked, and answers the request: what
 * TeamsAdapter.process does after its own checks of the request. Those checks build zod schemas
 * anew for every request and parse the whole activity twice (about 3 % of a channel message's
 * CPU time), and the server's check of the activity is stricter, so they are left out. The rest
 * is as the SDK does it: the User-Agent header teams-ai sets, the activity's times read as dates,
 * the invoke response as the answer, 401 for a refused token and 500 for anything else.
 */
export async function runActivityTurn(
  adapter: TeamsAdapter,
  req: Request,
  res: Response,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<void> {
  res.header('User-Agent', adapter.userAgent);
  let activity: Activity;
  try {
    activity = validateAndFixActivity(req.body as Activity);
  } catch {
    // not reached after the server's check; the sender's mistake (400), as before
    res.send(400, { error: 'malformed activity' });
    return;
  }
  const process = (adapter as unknown as { processActivity: ProcessActivity }).processActivity.bind(adapter);
  let status: number;
  let body: unknown;
  try {
    const invokeResponse = await process(req.headers.authorization ?? '', activity, logic);
    status = invokeResponse?.status ?? 200;
    body = invokeResponse?.body;
  } catch (err) {
    const refused = (err as Error | undefined)?.constructor?.name === 'AuthenticationError';
    logger.warn(
      { err: { message: String((err as Error)?.message).slice(0, 200) }, activityId: activity.id, refused },
      refused ? 'activity refused: not authenticated' : 'activity failed',
    );
    status = refused ? 401 : 500;
    body = (err as Error | undefined)?.message ?? err;
  }
  res.status(status);
  if (body) res.send(body);
  res.end();
}
