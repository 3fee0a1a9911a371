import type { signal as nl } from '../nl/signal.js';

export const signal: Record<keyof typeof nl, string> = {
  'help.cmd.quiet': 'no more invitations about recognised projects (in a channel: stop listening there)',
  'help.cmd.signalsOn': 'turn invitations back on (also per channel)',
  'help.cmd.delivery': 'in a team: send invitations "private" or "in thread"',

  'signal.invite.title': 'Is this about a new digitization project?',
  'signal.invite.body':
    "Your message suggests a new digitization project. Team Uthiek likes to assess such projects against Utrecht's values as early as possible. This is an invitation, not an obligation: it is your call.",
  'signal.invite.thread':
    'This sounds like a new digitization project. Only the writer of the message can answer below.',
  'signal.invite.why': 'Why I think so',
  'signal.invite.link': 'View the message',
  'signal.invite.start': 'Yes, register it',
  'signal.invite.notProject': 'Not a digitization project',
  'signal.invite.already': 'Already registered with Uthiek',
  'signal.invite.quiet': 'Never ask me again',
  'signal.thanks.notProject':
    'Thank you! I will not ask you about this again. Your answer counts in the report on how often I mistook a message for a project.',
  'signal.thanks.already': 'Thank you! Then nothing needs to happen; I will not ask you about this again.',
  'signal.link.title': 'Which case is this project?',
  'signal.link.intro':
    'Good to hear the project is already registered. Choose the case, or search by case number or project name, and I will link your message to it. If it is not there, register the project.',
  'signal.link.chooseLabel': 'Cases it may belong to',
  'signal.link.noCases': 'I found no case linked to your message or your name.',
  'signal.link.query': 'Search by case number (for example UTH-2026-001) or project name',
  'signal.link.button': 'Link',
  'signal.link.start': 'Register it after all',
  'signal.link.choose': 'Choose a case or type something to search for.',
  'signal.link.several': 'More than one case matches your search. Choose the right one.',
  'signal.link.none': 'I found no case for "{query}". Try a case number or another word from the project name.',
  'signal.link.done': 'Your message is linked to {id} ({name}). {status}',
  'signal.gone': 'This invitation has expired or was already answered.',
  'signal.notYours':
    'This invitation is for the writer of the message. Want to register a project yourself? Type "register" in your chat with me.',
  'signal.quiet.on': 'I will not send you invitations any more. Type "signals on" to undo this.',
  'signal.quiet.off': 'I may invite you again when I recognise a new project.',
  'signal.channelQuiet.on':
    'I no longer look for new projects in this channel. Type "@Uthiek Bot signals on" to undo this.',
  'signal.channelQuiet.off': 'I look for new projects in this channel again.',
  'signal.delivery.private': 'From now on I send invitations in this team privately to the writer.',
  'signal.delivery.thread': 'From now on I post invitations in this team as a reply in the thread.',
  'signal.delivery.usage': 'Choose "@Uthiek Bot invitations private" or "@Uthiek Bot invitations in thread".',
  'signal.delivery.onlyTeam': 'This only works in a channel of a team.',

  'messageAction.started':
    'Your registration {id} has started, with this message as its description. You will find it in your chat with Uthiek Bot.',
  'messageAction.startedEmpty':
    'Your registration {id} has started. I could not read the text of the message, so please fill in the description yourself. You will find it in your chat with Uthiek Bot.',
  'messageAction.noRoute': 'I cannot message you yet. Open a chat with Uthiek Bot first, then try again.',
  'messageAction.unknown':
    'I do not know this action (any more). Choose "Register with Uthiek" on a message to register a project, or type "help" in your chat with Uthiek Bot.',
};
