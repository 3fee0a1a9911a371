/** Dutch: Outlook (the shared mailbox's calendar and e-mail) and the page for people outside Teams. */
export const outside = {
  'outlook.eventBody':
    'Ethische toets (Uthiek-toets) van {name} ({id}). Deelnemen kan via de Teams-vergadering in deze uitnodiging. De voorbereiding volgt {days} werkdagen vooraf.',
  'outlook.cancelComment': 'De toets van {id} gaat niet door. Je krijgt bericht als er een nieuwe datum is.',
  'invite.handlerTextOutlook':
    'De uitnodiging met Teams-vergadering staat in de agenda van de gedeelde mailbox en is door Outlook naar alle deelnemers gestuurd, ook naar wie buiten Teams is. De voorbereiding volgt {days} werkdagen vooraf.',
  'invite.participantTextOutlook':
    'Je krijgt de uitnodiging met de Teams-vergadering in Outlook. De voorbereiding volgt vooraf.',
} satisfies Record<string, string>;
