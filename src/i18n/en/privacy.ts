import type { privacy as nl } from '../nl/privacy.js';

export const privacy: Record<keyof typeof nl, string> = {
  'help.cmd.mydata': 'everything I keep about you, to download',
  'help.cmd.erase': "erase a person's data at their request (with their object id or e-mail address)",

  'mydata.title': 'What I keep about you',
  'mydata.summary':
    '{prefs} Conversations with me: {conversations}. Cases you are involved in: {cases}. Signals I noticed from you: {signals}. Your actions in the history: {events}.',
  'mydata.prefsNone': 'Preferences: none.',
  'mydata.prefs.language': 'Language: {language}.',
  'mydata.prefs.quiet': 'Invitations about recognised projects: off.',
  'mydata.download': 'Download (JSON, valid for an hour)',
  'mydata.note':
    'Want me to erase this? Ask Team Uthiek; they can erase your data. What you wrote in cases is erased as well; the facts of the cases stay as a municipal record, without your name.',

  'erase.usage':
    'Use: "erase data <object id or e-mail address>", with the Microsoft Entra object id or the e-mail address of the person.',
  'erase.unknown':
    'I do not know anyone with this object id or e-mail address, so I erased nothing. Check the Microsoft Entra object id or the e-mail address.',
  'erase.confirmTitle': "Erase this person's data?",
  'erase.nameUnknown': 'Name unknown',
  'erase.preview.records.one':
    "I remove 1 record that is this person's own (preferences, conversations with me, signals, availability, planned messages or their data as a member of the advisory panel).",
  'erase.preview.records.other':
    "I remove {records} records that are this person's own (preferences, conversations with me, signals, availability, planned messages or their data as a member of the advisory panel).",
  'erase.preview.cases.none': 'This person is in no case.',
  'erase.preview.cases.one':
    'In 1 case this person is in, I replace their id with a pseudonym and remove their name and e-mail address.',
  'erase.preview.cases.other':
    'In {cases} cases this person is in, I replace their id with a pseudonym and remove their name and e-mail address.',
  'erase.preview.events.one': 'In 1 event in the history I replace their id with a pseudonym.',
  'erase.preview.events.other': 'In {events} events in the history I replace their id with a pseudonym.',
  'erase.preview.texts.one': 'I empty 1 text this person wrote themselves.',
  'erase.preview.texts.other': 'I empty {texts} texts this person wrote themselves.',
  'erase.preview.openTexts.one': '1 of them is in a case still running.',
  'erase.preview.openTexts.other': '{openTexts} of them are in cases still running.',
  'erase.preview.mentions.one':
    "In 1 text by someone else I replace this person's full name, e-mail address or id with [gewist].",
  'erase.preview.mentions.other':
    "In {mentions} texts by others I replace this person's full name, e-mail address or id with [gewist].",
  'erase.preview.nothingElse': 'Nothing else in any case changes.',
  'erase.preview.end': 'The facts and figures stay. This cannot be undone.',
  'erase.confirm': 'Erase for good',
  'erase.done.one':
    'The data has been erased; cases and history now call this person an erased person (pseudonym {pseudonym}). I changed {count} document or event.',
  'erase.done.other':
    'The data has been erased; cases and history now call this person an erased person (pseudonym {pseudonym}). I changed {count} documents and events.',
  'erase.erasedPerson': '(erased person)',
  'erase.gone': 'I no longer know this person (already erased?), so I changed nothing.',
  'erase.notMember': 'Only Team Uthiek can erase data.',
  'privacy.personalOnly':
    "I only do that in a personal chat, because it is about someone's data. Open the chat with me and type it there.",
};
