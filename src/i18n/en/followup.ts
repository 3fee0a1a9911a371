import type { followup as nl } from '../nl/followup.js';

export const followup: Record<keyof typeof nl, string> = {
  'outcome.button': 'Record outcome',
  'outcome.title': 'Outcome of the assessment of {id}',
  'outcome.intro':
    'Record the advice items, each with the values concerned, an action owner and a date, and the link to the final report.',
  'outcome.reportUrl': 'Link to the final report (https://…)',
  'outcome.heldOn': 'Date of the assessment',
  'outcome.panelPresent': 'Panel members present',
  'outcome.panelWritten': 'Panel members who gave written input (not present)',
  'outcome.noPanelReason':
    'For high impact: why did no panel member take part? (required when nobody attended or gave written input; this goes into the report)',
  'outcome.error.noPanel':
    'For high impact, at least one panel member takes part, present or in writing. Choose who took part, or write why nobody did (at most {max} characters).',
  'outcome.item': 'Advice item {n}',
  'outcome.itemText': 'Advice',
  'outcome.itemValues': 'Values',
  'outcome.itemOwner': 'Action owner (name or e-mail; empty = the project lead)',
  'outcome.itemDue': 'Due',
  'outcome.more': 'Another advice item',
  'outcome.save': 'Save outcome',
  'outcome.saved':
    'The outcome of {id} has been recorded. The project lead gets the advice and records a decision per item.',
  'outcome.error.url': 'Fill in the link to the final report (starting with https://).',
  'outcome.error.date': 'Fill in a valid date, not in the future.',
  'outcome.error.items': 'Record at least one advice item.',
  'outcome.error.item':
    'Advice item {n}: fill in the advice (at most {max} characters), at least one value and a date from today.',
  'outcome.error.ownerLink':
    'Advice item {n}: a name cannot contain a link or an e-mail address. Fill in a name or only an e-mail address as the owner. Nothing has been saved yet.',
  'outcome.notMember': 'Only Team Uthiek records the outcome. Nothing was changed.',
  'outcome.wrongState': '{status} An outcome can only be recorded after a planned assessment.',
  'outcome.notStarted': 'The assessment of {id} only starts on {when}. An outcome can be recorded once it has begun.',

  'decision.title': "Team Uthiek's advice on {id}",
  'decision.intro':
    'The advice is not binding: you decide. Do record for each item whether you adopt it, and why. That way your decision can be explained to residents.',
  'decision.overall': 'Your decision on the advice as a whole',
  'decision.overallReason': 'Why (required)',
  'decision.item': 'Item {n}: due {due} · action owner: {owner}',
  'decision.itemChoice': 'Decision on item {n}',
  'decision.itemReason': 'Explanation for item {n} (required for partly or not)',
  'decision.adopt': 'Adopt',
  'decision.partly': 'Adopt partly',
  'decision.not': 'Not adopt',
  'decision.save': 'Record decision',
  'decision.saved': 'Your decision on {id} has been recorded.',
  'decision.savedNext': 'If an advice item is not settled by its date, I will ask you on working days how it stands.',
  'decision.reminderTitle': 'Reminder: your decision on the advice about {id}',
  'decision.reminder': 'Your decision on the advice has not been recorded yet (reminder {count}).',
  'decision.report': 'Read the final report',
  'decision.error.overall': 'Choose your decision on the whole and write why.',
  'decision.error.item': 'Item {n}: choose a decision; for partly or not also an explanation.',
  'decision.notLead': 'Only the project lead records the decision.',
  'decision.done': 'The decision on {id} has already been recorded.',

  'outcome.ownerNotFound.title': 'Action owner not found for {id}',
  'outcome.ownerNotFound':
    'I did not find {owner}, the action owner of advice item {n} of {id}, in Teams; so the reminders about this item go to the project lead.',
  'nudge.title': 'How is the advice on {id} going?',
  'nudge.intro': 'These advice items are due. Update their status; you can do it right here.',
  'nudge.item': 'Item {n} · due {due} · now: {status}',
  'nudge.status': 'New status of item {n}',
  'nudge.reason': 'Reason (required for not followed or no longer relevant)',
  'nudge.save': 'Update',
  'nudge.week': 'Ask again in a week',
  'nudge.month': 'Ask again in a month',
  'nudge.delegate': 'Item {n} to its action owner',
  'nudge.saved': 'Updated. Thank you!',
  'nudge.snoozed': 'Fine, I will ask again on {date}.',
  'nudge.snoozedUncounted':
    'Fine, I will ask again on {date}. This item has been postponed several times without a change of status: this postponement does not count as an answer. If it stays unanswered, the case handler will hear of it.',
  'nudge.snoozeLimit.one':
    'Item {n} has been postponed {count} time without a change of status. You can postpone it again, but that no longer counts as an answer.',
  'nudge.snoozeLimit.other':
    'Item {n} has been postponed {count} times without a change of status. You can postpone it again, but that no longer counts as an answer.',
  'nudge.delegated': 'Item {n} is now with its action owner; I will ask them from now on.',
  'nudge.closed': 'All advice items of {id} have been settled. The case is closed. Thank you!',
  'nudge.error.status': 'Item {n}: choose a status from the list.',
  'nudge.error.noStatus': 'Choose a new status for at least one item; nothing has been updated yet.',
  'nudge.error.reason': 'Item {n}: give a reason.',
  'nudge.gone': 'You no longer need to answer this reminder.',
  'nudge.notYours': 'Only the project lead or the action owner of an item can update it.',
  'nudge.cannotDelegate': 'Item {n} has no action owner I can reach in Teams.',
  'status.open': 'open',
  'status.in-progress': 'in progress',
  'status.implemented': 'implemented',
  'status.not-followed': 'not followed',
  'status.no-longer-relevant': 'no longer relevant',

  'escalation.handler.one':
    'Advice item {n} of {id} has not been answered after {count} reminder. Could you contact the project lead?',
  'escalation.handler.other':
    'Advice item {n} of {id} has not been answered after {count} reminders. Could you contact the project lead?',
  'escalation.decision.one':
    "{lead}'s decision on the advice about {id} has still not been recorded after {count} reminder. Could you get in touch?",
  'escalation.decision.other':
    "{lead}'s decision on the advice about {id} has still not been recorded after {count} reminders. Could you get in touch?",
  'escalation.summary': 'Advice on {id} is waiting for an answer',

  'close.button': 'Close case',
  'close.reason': 'Reason for closing (required)',
  'close.confirm': 'Confirm closing',
  'close.done': 'Case {id} has been closed.',
  'close.error': 'Give a reason for closing.',
};
