/** English: a case that ends early (the lead withdraws it, Team Uthiek cancels it), and an assessment held outside the bot. */
export const ending = {
  'help.cmd.withdraw':
    'withdraw your registration while Team Uthiek has not accepted it yet, e.g. "withdraw UTH-2026-001"',

  'withdraw.button': 'Withdraw registration',
  'withdraw.title': 'Withdraw registration {id}',
  'withdraw.intro':
    'If you withdraw the registration, the case stops. Team Uthiek sees that you withdrew it. If you want the project assessed later after all, register it again.',
  'withdraw.reason': 'Why do you withdraw the registration? (optional)',
  'withdraw.confirm': 'Confirm withdrawal',
  'withdraw.done': 'Your registration {id} has been withdrawn.',
  'withdraw.already': 'Your registration {id} has already been withdrawn.',
  'withdraw.notLead': 'Only the project lead, or whoever registered the project, can withdraw the registration.',
  'withdraw.wrongState':
    '{status} A registration can only be withdrawn while Team Uthiek has not accepted the case; please contact the case handler.',
  'withdraw.usage': 'Name the case you want to withdraw, e.g. "withdraw UTH-2026-001". Type "my cases" for your cases.',

  'cancel.button': 'Cancel case',
  'cancel.reason': 'Reason for cancelling (required; the project lead will see it)',
  'cancel.confirm': 'Confirm cancellation',
  'cancel.done':
    'Case {id} has been cancelled. An assessment still to come has been called off; an assessment already held keeps counting.',
  'cancel.error': 'Give a reason for cancelling (at most {max} characters).',
  'cancel.notMember': 'Only Team Uthiek can cancel a case. Nothing was changed.',

  'held.button': 'Record an assessment held outside the bot',
  'held.title': 'Assessment of {id} held outside the bot',
  'held.intro':
    'Record an assessment that was held without invitations from the bot: the date and who took part. No invitations go out. Then record the outcome.',
  'held.date': 'Date of the assessment',
  'held.others': 'Other participants (names, separated by commas)',
  'held.save': 'Record the assessment',
  'held.saved': 'The assessment of {id} has been recorded; no invitations were sent. Now record the outcome.',
  'held.error.date': 'Fill in the date of the assessment, not in the future.',
  'held.error.beforeRegistration':
    'The assessment cannot have been held before the case was registered: fill in {date} or later.',
  'held.error.others': 'Other participants: at most {max} characters.',
  'held.error.othersLink':
    'Other participants: a name cannot contain a link or an e-mail address. Nothing has been saved yet.',
  'held.wrongState':
    '{status} An assessment held outside the bot can only be recorded for an accepted case without a planned assessment.',
} satisfies Record<string, string>;
