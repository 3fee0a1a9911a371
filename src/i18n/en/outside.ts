import type { outside as nl } from '../nl/outside.js';

/** English: Outlook (the shared mailbox's calendar and e-mail) and the page for people outside Teams. */
export const outside: Record<keyof typeof nl, string> = {
  'outlook.eventBody':
    'Ethical impact assessment (Uthiek assessment) of {name} ({id}). Join through the Teams meeting in this invitation. The preparation pack follows {days} working days ahead.',
  'outlook.cancelComment': 'The assessment of {id} is called off. You will hear when there is a new date.',
  'invite.handlerTextOutlook':
    "The invitation with a Teams meeting is in the shared mailbox's calendar, and Outlook sent it to every participant, also those outside Teams. The preparation pack follows {days} working days ahead.",
  'invite.participantTextOutlook':
    'You get the invitation with the Teams meeting in Outlook. The preparation pack follows ahead.',
};
