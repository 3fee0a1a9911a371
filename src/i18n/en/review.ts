/** English: Team Uthiek's review of a decision not to follow advice, and the escalation line. */
export const review = {
  'review.title': 'Decision not to follow advice: {id}',
  'review.intro.decision':
    '{lead} recorded a decision on the advice and does not follow (part of) it. Read the reasons and accept the decision, or escalate it along the escalation line.',
  'review.intro.item':
    '{lead} set an advice item to "not followed". Read the reason and accept the decision, or escalate it along the escalation line.',
  'review.item': 'Advice item {n}, not followed',
  'review.reason': "The project lead's reason",
  'review.overall.adopt': 'The project lead adopts the advice as a whole.',
  'review.overall.partly': 'The project lead partly adopts the advice as a whole.',
  'review.overall.not': 'The project lead does not adopt the advice as a whole.',
  'review.overallNone': 'There is no decision on the advice as a whole yet.',
  'review.accept': 'Accept the decision',
  'review.confirmAccept': 'Confirm acceptance',
  'review.escalate': 'Escalate',
  'review.confirmEscalate': 'Record the escalation',
  'review.note': 'Note (optional)',
  'review.level': 'To which level of the escalation line?',
  'review.accepted': 'Decision accepted by {who} on {date}.',
  'review.escalated': 'Escalated to {level} by {who} on {date}.',
  'review.mention': 'a decision not to follow advice ({id}) is waiting for your review.',
  'review.toHandler':
    'Because you do not follow the advice, Team Uthiek puts your decision to the case handler, who accepts it or takes it to the escalation line; you will hear which.',
  'review.notMember': 'Only Team Uthiek reviews a decision not to follow advice. Nothing was changed.',
  'review.error.level': 'Choose a level of the escalation line.',
  'review.error.note': 'The note is too long (at most {max} characters).',
  'review.lead.title': 'Your decision on the advice about {id} has been reviewed',
  'review.lead.accepted': 'Team Uthiek accepted and recorded your decision.',
  'review.lead.escalated':
    'Team Uthiek put your decision not to follow the advice to {level}. You will hear from them if anything is needed from you.',
} satisfies Record<string, string>;
