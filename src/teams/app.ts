import { Application, type TurnState } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Deps } from './deps.js';
import { registerCases } from './routes/cases.js';
import { registerFallback } from './routes/fallback.js';
import { registerFollowUp } from './routes/followup.js';
import { registerOutcome } from './routes/outcome.js';
import { registerPanel } from './routes/panel.js';
import { registerReport } from './routes/report.js';
import { registerPrivacy } from './routes/privacy.js';
import { registerAlgorithmRegister } from './routes/algorithm-register.js';
import { registerSchedule } from './routes/schedule.js';
import { registerHelp } from './routes/help.js';
import { registerInstall } from './routes/install.js';
import { registerIntake } from './routes/intake.js';
import { registerLanguage } from './routes/language.js';
import { registerMessageAction } from './routes/message-action.js';
import { registerMyCases } from './routes/my-cases.js';
import { registerQuiet } from './routes/quiet.js';
import { registerSignalAnswers, registerSignalListening } from './routes/signal.js';
import { registerTriage } from './routes/triage.js';

/**
 * The route table of the bot. Order matters: install events and typed commands first, then
 * channel listening, and the fallback last.
 */
export function createApplication(deps: Deps & { adapter: TeamsAdapter }): Application<TurnState> {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.config.credentials?.appId ?? '',
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
  });

  // First step of the pipeline: with a single-tenant registration, ignore other tenants.
  app.turn('beforeTurn', async (context) => {
    const tenant = deps.config.credentials?.tenantId;
    const from = context.activity.conversation?.tenantId ?? (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
    if (tenant && from && from !== tenant) {
      deps.logger.warn({ activityId: context.activity.id, tenantId: from }, 'ignored activity from another tenant');
      return false;
    }
    return true;
  });

  registerInstall(app, deps);
  registerHelp(app, deps);
  registerLanguage(app, deps);
  registerIntake(app, deps);
  registerMyCases(app, deps);
  registerTriage(app, deps);
  registerCases(app, deps);
  registerSchedule(app, deps);
  registerPanel(app, deps);
  registerOutcome(app, deps);
  registerFollowUp(app, deps);
  registerReport(app, deps);
  registerAlgorithmRegister(app, deps);
  registerPrivacy(app, deps);
  registerQuiet(app, deps);
  registerMessageAction(app, deps);
  registerSignalAnswers(app, deps);
  registerSignalListening(app, deps);
  registerFallback(app, deps);

  app.error(async (context, error) => {
    deps.logger.error({ err: { message: error.message, stack: error.stack }, activityId: context.activity.id }, 'application error');
  });
  return app;
}
