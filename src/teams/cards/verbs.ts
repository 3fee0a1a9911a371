/**
 * Every Action.Execute verb the bot's cards carry. Card builders type their verbs as `Verb` and
 * the route table in app.ts must give each one a handler (`satisfies Record<Verb, …>`), so a card
 * button without a handler does not compile; a test checks the verbs written into cards/*.json.
 */
export const VERBS = [
  'help.show',
  'intake.save',
  'intake.goto',
  'intake.submit',
  'case.open',
  'cases.page',
  'triage.accept',
  'triage.ask',
  'triage.decline',
  'triage.duplicate',
  'triage.answer',
  'schedule.propose',
  'schedule.status',
  'schedule.poll',
  'schedule.answer',
  'schedule.external',
  'schedule.confirm',
  'schedule.cancel',
  'panel.edit',
  'panel.save',
  'availability.save',
  'outcome.open',
  'outcome.more',
  'outcome.save',
  'decision.save',
  'case.close',
  'followup.update',
  'followup.snooze',
  'followup.delegate',
  'report.drill',
  'register.edit',
  'register.save',
  'erase.confirm',
  'signal.start',
  'signal.dismiss',
  'signal.quiet',
  'card.refresh',
] as const;

export type Verb = (typeof VERBS)[number];
