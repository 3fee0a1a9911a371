import { Application, type TurnState } from '@microsoft/teams-ai';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Deps } from './deps.js';
import { registerCases } from './routes/cases.js';
import { registerFallback } from './routes/fallback.js';
import { registerFollowUp } from './routes/followup.js';
import { registerFollowUpJobs } from './routes/followup-jobs.js';
import { registerOutcome } from './routes/outcome.js';
import { registerPanel } from './routes/panel.js';
import { registerReport } from './routes/report.js';
import { registerPrivacy } from './routes/privacy.js';
import { registerRetention } from './routes/retention-jobs.js';
import { registerAlgorithmRegister } from './routes/algorithm-register.js';
import { registerSchedule } from './routes/schedule.js';
import { registerScheduleJobs } from './routes/schedule-jobs.js';
import { registerHelp } from './routes/help.js';
import { registerInstall } from './routes/install.js';
import { registerIntake } from './routes/intake.js';
import { registerLanguage } from './routes/language.js';
import { registerMessageAction } from './routes/message-action.js';
import { registerMyCases } from './routes/my-cases.js';
import { registerQuiet } from './routes/quiet.js';
import { registerSignalAnswers, registerSignalListening } from './routes/signal.js';
import { registerSignalJobs } from './routes/signal-jobs.js';
import { registerTriage } from './routes/triage.js';
import { registerTriageJobs } from './routes/triage-jobs.js';
import { tenantGuard } from './tenant-guard.js';

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

  // First step of the pipeline: activities from tenants that are not allowed go no further.
  const allowedTenant = tenantGuard(deps.config.allowedTenantIds, deps.logger);
  app.turn('beforeTurn', async (context) => allowedTenant(context.activity));

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
  registerSignalJobs(deps);
  registerTriageJobs(deps);
  registerScheduleJobs(deps);
  registerFollowUpJobs(deps);
  registerRetention(deps);

  app.error(async (context, error) => {
    deps.logger.error({ err: { message: error.message, stack: error.stack }, activityId: context.activity.id }, 'application error');
  });
  return app;
}
