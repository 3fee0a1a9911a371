import type { dpia as nl } from '../nl/dpia.js';

export const dpia: Record<keyof typeof nl, string> = {
  'help.cmd.dpia': 'see or update the DPIA of a case, for example "dpia UTH-2026-001"',

  'dpia.title': 'DPIA of case {id}',
  'dpia.intro':
    'A DPIA (data protection impact assessment) is required when processing personal data may bring a high risk. Record here where it stands, with the date and, if there is one, a link.',
  'dpia.current.none': 'Nothing has been recorded about the DPIA yet.',
  'dpia.current.not-needed': 'No DPIA is needed.',
  'dpia.current.not-needed.dated': 'No DPIA is needed (established on {date}).',
  'dpia.current.planned': 'The DPIA is planned; there is no date yet.',
  'dpia.current.planned.dated': 'The DPIA is planned for {date}.',
  'dpia.current.in-progress': 'The DPIA is in progress.',
  'dpia.current.in-progress.dated': 'The DPIA has been in progress since {date}.',
  'dpia.current.done': 'The DPIA is done; its date has not been recorded.',
  'dpia.current.done.dated': 'The DPIA was completed on {date}.',
  'dpia.current.unknown': 'The project lead does not know whether a DPIA is needed.',
  'dpia.current.unknown.dated': 'The project lead does not know whether a DPIA is needed.',
  'dpia.confirmedOn': 'A privacy officer confirmed this on {date}.',
  'dpia.field.status': 'Status of the DPIA',
  'dpia.field.date': 'Date: completed on (required when done), or planned or started on',
  'dpia.field.reason': 'Explanation (required when no DPIA is needed: why not?)',
  'dpia.field.link': 'Link to the DPIA (https://…)',
  'dpia.save': 'Record the DPIA',
  'dpia.confirm': 'Confirm as privacy officer',
  'dpia.button': 'Update the DPIA',
  'dpia.saved': 'The DPIA of case {id} has been recorded.',
  'dpia.unchanged': 'Nothing changed: the DPIA was already recorded like this.',
  'dpia.confirmed': 'You have confirmed the DPIA of case {id}.',
  'dpia.error.status': 'Choose a status.',
  'dpia.error.reasonRequired': 'Write why no DPIA is needed.',
  'dpia.error.dateRequired': 'Fill in the date the DPIA was completed.',
  'dpia.error.invalidDate': 'This is not a valid date.',
  'dpia.error.futureDate': 'A completed DPIA cannot have a date in the future.',
  'dpia.error.invalidUrl': 'Use a link that starts with https:// (at most 500 characters).',
  'dpia.error.tooLong': 'Too long: at most 1000 characters.',
  'dpia.usage': 'Use: "dpia UTH-2026-001", with the number of the case.',
  'dpia.notAllowed':
    'Only the project lead, Team Uthiek and the privacy officers can see and update the DPIA of a case. Nothing was changed.',
  'dpia.notYet': '{status} Until Team Uthiek accepts the case, the DPIA is part of the registration.',
  'dpia.onlyOfficer': 'Only a privacy officer can confirm a DPIA. Nothing was changed.',
  'dpia.ask.intro':
    'The project lead of this case does not know whether a DPIA is needed. Could you have a look? Record what is needed, or confirm what is there.',
  'dpia.ask.noOfficer':
    'The project lead of case {id} does not know whether a DPIA is needed, and I do not know who the privacy officer is: the bot\'s administrator can set that up. Until then, put the question to a privacy officer yourself and record the outcome with "dpia {id}".',

  'event.dpia.recorded': 'DPIA recorded',
  'event.dpia.confirmed': 'DPIA confirmed by a privacy officer',
};
