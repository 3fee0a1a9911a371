// from its own file, not the package index (which loads sign-in support and planners; src/lean-load.ts)
import { Application } from '@microsoft/teams-ai/lib/Application.js';
import type { TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Verb } from './cards/verbs.js';
import type { Deps } from './deps.js';
import * as algorithmRegister from './routes/algorithm-register.js';
import * as cardRefresh from './routes/card-refresh.js';
import * as cases from './routes/cases.js';
import * as dpia from './routes/dpia.js';
import { registerFallback } from './routes/fallback.js';
import * as followUp from './routes/followup.js';
import * as help from './routes/help.js';
import { registerInstall } from './routes/install.js';
import * as intake from './routes/intake.js';
import * as language from './routes/language.js';
import { registerMessageAction } from './routes/message-action.js';
import * as myCases from './routes/my-cases.js';
import * as outsideLinks from './routes/outside.js';
import * as outcome from './routes/outcome.js';
import * as panel from './routes/panel.js';
import * as expenses from './routes/expenses.js';
import * as privacy from './routes/privacy.js';
import * as quiet from './routes/quiet.js';
import * as report from './routes/report.js';
import * as review from './routes/review.js';
import * as ending from './routes/ending.js';
import * as schedule from './routes/schedule.js';
import * as signal from './routes/signal.js';
import * as signalAnswers from './routes/signal-answers.js';
import * as triage from './routes/triage.js';
import { registerCardAction, type CardActionResult, type CardActionRoute } from './routing/card-action.js';
import { registerCommand, type CommandRoute } from './routing/command.js';
import { Resends } from './routing/resends.js';

/** Typed commands, in the order the help card lists them. */
export const COMMANDS: CommandRoute[] = [
  help.help,
  language.language,
  intake.register,
  intake.resume,
  myCases.myCases,
  ending.withdrawCommand,
  dpia.dpia,
  cases.cases,
  schedule.plan,
  outsideLinks.outside,
  panel.panel,
  panel.availability,
  expenses.expenses,
  report.report,
  report.account,
  algorithmRegister.algorithmRegister,
  privacy.myData,
  privacy.erase,
  quiet.quiet,
  quiet.signalsOn,
  quiet.delivery,
];

/** Every Action.Execute verb on the bot's cards, and the route that handles it. */
export const CARD_ACTIONS = {
  'help.show': help.show,
  'intake.save': intake.save,
  'intake.goto': intake.goto,
  'intake.submit': intake.submit,
  'case.open': myCases.open,
  'cases.page': cases.page,
  'triage.accept': triage.accept,
  'triage.ask': triage.ask,
  'triage.decline': triage.decline,
  'triage.duplicate': triage.duplicate,
  'triage.answer': triage.answer,
  'schedule.propose': schedule.propose,
  'schedule.status': schedule.status,
  'schedule.poll': schedule.poll,
  'schedule.answer': schedule.answer,
  'schedule.external': schedule.external,
  'schedule.confirm': schedule.confirm,
  'schedule.cancel': schedule.cancel,
  'panel.edit': panel.edit,
  'panel.save': panel.save,
  'availability.save': panel.saveAvailability,
  'expenses.save': expenses.save,
  'outcome.open': outcome.open,
  'outcome.more': outcome.more,
  'outcome.save': outcome.save,
  'decision.save': outcome.decide,
  'case.close': outcome.close,
  'case.cancel': ending.cancel,
  'case.withdraw': ending.withdraw,
  'outcome.held': ending.heldOpen,
  'outcome.heldSave': ending.heldSave,
  'review.accept': review.accept,
  'review.escalate': review.escalate,
  'followup.update': followUp.update,
  'followup.snooze': followUp.snoozeItems,
  'followup.delegate': followUp.delegate,
  'report.drill': report.drill,
  'report.open': report.open,
  'account.show': report.accountShow,
  'account.drill': report.accountDrill,
  'register.edit': algorithmRegister.edit,
  'register.save': algorithmRegister.save,
  'dpia.open': dpia.open,
  'dpia.save': dpia.save,
  'dpia.confirm': dpia.confirm,
  'erase.confirm': privacy.confirmErase,
  'signal.start': signalAnswers.start,
  'signal.dismiss': signalAnswers.dismiss,
  'signal.quiet': signalAnswers.quiet,
  'signal.link': signalAnswers.link,
  'card.refresh': cardRefresh.refresh,
} satisfies Record<Verb, CardActionRoute>;
import { tenantGuard } from './tenant-guard.js';
import { refreshOnInbound } from './conversations.js';

/**
 * The route table of the bot. Order matters: install events first, then channel listening (the
 * messages it takes are never commands, and they are most of the traffic: each route's selector
 * runs until one matches), typed commands, and the fallback last.
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
  const resends = new Resends<CardActionResult>(deps.clock);
  app.turn('beforeTurn', async (context) => {
    if (!allowedTenant(context.activity)) return false;
    await refreshOnInbound(context, deps);
    // a message in between means a later click of the same button is a new one (routing/resends.ts)
    const actorId = context.activity.from?.aadObjectId;
    if (context.activity.type === 'message' && actorId) resends.forget(actorId);
    return true;
  });

  registerInstall(app, deps);
  signal.registerSignalListening(app, deps);
  for (const route of COMMANDS) registerCommand(app, deps, route);
  for (const [verb, route] of Object.entries(CARD_ACTIONS)) registerCardAction(app, deps, verb as Verb, route, resends);
  registerMessageAction(app, deps);
  signal.registerAnnouncements(app, deps);
  registerFallback(app, deps);

  app.error(async (context, error) => {
    deps.logger.error(
      { err: { message: error.message, stack: error.stack }, activityId: context.activity.id },
      'application error',
    );
  });
  return app;
}
