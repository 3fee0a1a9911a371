import type { common as nl } from '../nl/common.js';

export const common: Record<keyof typeof nl, string> = {
  'app.name': 'Uthiek Bot',
  'common.back': 'Back',
  'common.cancel': 'Cancel',
  'common.error': 'Something went wrong on my side. Nothing was lost; please try again in a moment.',
  'common.notAllowed': 'Only {who} may do this. Nothing was changed.',
  'common.unknownUser': 'I cannot tell who you are, so I cannot do this.',
  'common.staleCard': 'This card is out of date: the case has changed in the meantime. Here is the current state.',
  'common.staleNoCard':
    'This card is out of date: the case has changed in the meantime, so I saved nothing. Type "my cases" (Team Uthiek: "cases") to open the case as it is now.',
  'common.invalidAction': 'I do not know this action (any more). Type "help" to see what I can do.',
  // a form saved only as a whole: with a mistake, nothing of it is saved
  'common.errorsNothingSaved':
    'Not everything is right yet ({count}). Nothing has been saved yet; see the messages below.',
  'common.rosterUnavailable':
    'I cannot check right now whether you belong to Team Uthiek: Teams does not answer in time. I am checking in the background; please try again in a minute. Nothing was changed.',

  'welcome.title': 'Welcome to Uthiek Bot',
  'welcome.intro':
    "I help the City of Utrecht bring new digitization projects to Team Uthiek in time, for an ethical assessment against Utrecht's public values.",
  'welcome.what': 'What I do',
  'welcome.point.signal':
    'I notice when a conversation is about a new digitization project, and invite you to register it.',
  'welcome.point.intake': 'I help you write a complete case description, step by step.',
  'welcome.point.followup': 'I keep track of what happens with the advice.',
  'welcome.privacy':
    'Privacy: I read channel messages only to recognise projects. I do not keep the text of messages I do not act on.',
  'welcome.start': 'Type "help" to see what you can do.',
  'welcome.team':
    'Hello! I am Uthiek Bot. When you talk here about a new digitization project, I will privately invite the writer to register it with Team Uthiek. Type "@Uthiek Bot help" for more.',

  'help.title': 'What can Uthiek Bot do?',
  'help.intro': 'You can type these commands in your chat with me:',
  'help.uthiekOnly': 'For Team Uthiek only:',
  'help.viewerOnly': 'For those who read the reports:',
  'help.footer': 'You can also talk to me in Dutch: type "language nl". Back to English: type "language en".',
  'help.cmd.help': 'this overview',
  'help.cmd.language': 'choose Dutch or English',

  'fallback.text': 'Sorry, I did not understand that. Type "help" to see what I can do.',
  'fallback.suggest': 'Sorry, I did not understand that. Did you mean "{command}"? Type "help" to see what I can do.',

  'language.set': 'I will talk English with you from now on.',
  'language.usage': 'Choose "language en" or "language nl".',
  'language.name.nl': 'Dutch',
  'language.name.en': 'English',
};
