import type { privacy as nl } from '../nl/privacy.js';

export const privacy: Record<keyof typeof nl, string> = {
  'help.cmd.mydata': 'everything I keep about you, to download',
  'help.cmd.erase': "erase a person's data at their request (with their object id)",

  'mydata.title': 'What I keep about you',
  'mydata.summary':
    'Preferences: {prefs}. Conversations with me: {conversations}. Cases you are involved in: {cases}. Signals I noticed from you: {signals}. Your actions in the history: {events}.',
  'mydata.prefsNone': 'none',
  'mydata.download': 'Download (JSON, valid for an hour)',
  'mydata.note': 'Want me to erase this? Ask Team Uthiek; they can erase your data. The content of cases stays as a municipal record, without your name.',

  'erase.usage': 'Use: "erase data <object id>" with the Microsoft Entra object id of the person.',
  'erase.confirmTitle': 'Erase the data of {subject}?',
  'erase.confirmText':
    'I remove their preferences, conversations with me and signals, and replace their id in all cases and in the history with a pseudonym. This cannot be undone.',
  'erase.confirm': 'Erase for good',
  'erase.done': 'The data has been erased; cases and history now show {pseudonym}. {count} values changed.',
  'erase.notMember': 'Only Team Uthiek can erase data.',
};
