import type { delivery as nl } from '../nl/delivery.js';

/** English: messages that could not be delivered, and to whom; the roster that could not be read. */
export const delivery: Record<keyof typeof nl, string> = {
  'delivery.report.case':
    'Not everything about {id} was delivered. Please contact the people concerned yourself: I will not try again.',
  'delivery.report.system':
    'Not everything was delivered. Please contact the people concerned yourself: I will not try again.',
  'delivery.report.more.one': 'And {count} other message; type "cases" and open the case for the full overview.',
  'delivery.report.more.other': 'And {count} other messages; type "cases" and open the case for the full overview.',
  'delivery.line.failed': 'I could not deliver {what} to {who}, because {why}.',
  'delivery.line.unknown':
    'I do not know whether {what} was delivered to {who}, because {why}. Please check before you send it again yourself.',
  'delivery.line.channel': "I could not post {what} in Team Uthiek's channel, because {why}.",
  'delivery.count.one': 'Not delivered: {count} message. Open the case to see what, to whom and why.',
  'delivery.count.other': 'Not delivered: {count} messages. Open the case to see what, to whom and why.',
  'delivery.detail.title': 'Messages that were not delivered',

  'delivery.what.triage-card': 'the card of {id}',
  'delivery.what.lead-notice': 'the message about the handling of {id}',
  'delivery.what.assessment-notice': 'the message about the assessment of {id}',
  'delivery.what.assessment-notice.invite': 'the invitation to the assessment of {id}',
  'delivery.what.assessment-notice.updated': 'the changed invitation to the assessment of {id}',
  'delivery.what.assessment-notice.cancelled': 'the cancellation of the assessment of {id}',
  'delivery.what.assessment-notice.prep': 'the preparation pack for the assessment of {id}',
  'delivery.what.assessment-notice.reminder': 'the reminder of the assessment of {id}',
  'delivery.what.poll': 'the availability question for the assessment of {id}',
  'delivery.what.nudge': 'the reminder about the advice on {id}',
  'delivery.what.decision-request': 'the advice on {id}, with the request for a decision',
  'delivery.what.escalation': 'a message about {id}',
  'delivery.what.signal-invite': 'an invitation to register a project',
  'delivery.what.dpia-question': 'the question to a privacy officer about the DPIA of {id}',
  'delivery.what.report': 'a message about messages that were not delivered',
  'delivery.what.monthly-report': 'the monthly report in the report channel',

  'delivery.what.lookup': 'the message about someone of {id} I did not find in Teams',
  'delivery.what.proposal': 'the proposed moments for the assessment of {id}',
  'delivery.what.calendar-event': "the event in Team Uthiek's calendar for the assessment of {id}",
  'delivery.what.calendar-event.invite': 'the Outlook invitation to the assessment of {id}',
  'delivery.what.calendar-event.updated': 'the updated Outlook invitation to the assessment of {id}',
  'delivery.what.calendar-event.cancelled': 'the Outlook cancellation of the assessment of {id}',
  'delivery.what.email': 'the e-mail about the assessment of {id}',
  'delivery.what.email.poll': 'the e-mail asking for availability for the assessment of {id}',
  'delivery.what.email.prep': 'the e-mail with the preparation pack for the assessment of {id}',
  'delivery.line.calendar': 'I could not save {what} in Microsoft 365 (Outlook or SharePoint), because {why}.',
  'delivery.why.outlook.no-route': 'I know no e-mail address for this person',
  'delivery.why.outlook.unreachable': 'Outlook does not know the shared mailbox, the event or the person',
  'delivery.why.outlook.refused':
    "Microsoft Graph refused the request (check the app's permissions and the mailbox's access policy)",
  'delivery.why.outlook.throttled': 'Microsoft Graph kept holding the request back or kept failing',
  'delivery.why.outlook.server-error': 'Microsoft Graph failed while I was sending it',
  'delivery.why.outlook.interrupted': 'I was restarted while sending it',

  'delivery.who.someone': 'a participant',
  'delivery.who.signalAuthor': 'the writer of a message (who, I keep private)',
  'delivery.who.handler': 'case handler',

  'delivery.why.no-route': 'I have no chat with this person yet and did not find them in a team I am part of',
  'delivery.why.unreachable': 'Teams refuses my messages (the app was removed or I was blocked)',
  'delivery.why.refused': 'Teams refused the message',
  'delivery.why.throttled': 'Teams kept holding it back because too many messages were being sent at once',
  'delivery.why.server-error': 'Teams had a fault while I was sending it',
  'delivery.why.interrupted': 'I was restarted while I was sending it',

  // cards opened again later (Universal Actions refresh): where things stand now
  'refresh.nudge.settled': 'Every advice item on this card is settled.',
  'refresh.poll.planned': 'Team Uthiek has chosen a moment: the assessment is on {when}.',
  'refresh.poll.heldOutside': 'Team Uthiek held the assessment outside the bot, on {when}; this question has lapsed.',
  'refresh.poll.superseded': 'Team Uthiek has proposed new moments; this question has lapsed.',
  'refresh.assessment.moved': 'This message is out of date: the assessment has been moved to {when}.',
  'refresh.assessment.heldOutside': 'This message is out of date: the assessment was held outside the bot on {when}.',
  'refresh.assessment.cancelled': 'This message is out of date: the assessment of {id} has been called off.',
  'refresh.assessment.title': 'Assessment of case {id}',
  // a card asked for by someone it was not sent to
  'refresh.notMember': 'Only Team Uthiek can see this card.',
  'refresh.notYours': 'Only the people involved in this case and Team Uthiek can see this card.',
};
